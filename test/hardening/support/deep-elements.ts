/**
 * Every element under `root`, shadow roots included (depth first, root first). Its own module,
 * free of kit imports, so that the strict-CSP page can use it without loading the kit.
 */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    if (node instanceof Element) {
      out.push(node);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}
