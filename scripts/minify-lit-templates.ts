/**
 * A Vite plugin for the builds: the literal text of Lit's tagged templates loses what the
 * browser ignores. The CSS of `css` templates loses its comments and ignorable whitespace;
 * `html` and `svg` templates lose their indentation (a line break and the spaces around it
 * become one space). A minifier leaves template text alone, so without this every element
 * ships its styles and markup as written, indentation and comments included.
 *
 * TypeScript (already in the stack) finds the tagged templates, so a "css`" in a comment or a
 * string is never touched; magic-string keeps the source maps right. Only the template's
 * literal text changes: expressions (`${PANEL_WIDTH}`, `${unsafeCSS(…)}`) stay as they are, and
 * so does whitespace next to them unless CSS punctuation makes it redundant. Quoted CSS strings
 * (`content`, attribute selectors) are kept to the letter.
 */
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { collapseMarkupText, minifyCssText } from './minify-template-text.js';

type Piece = [start: number, end: number, minify: (text: string) => string];

/** How the literal text of each tag is minified; `first`/`last`: the piece starts or ends the template. */
const MINIFIERS: Readonly<Record<string, (text: string, first: boolean, last: boolean) => string>> = {
  css: (text, first, last) => minifyCssText(text, { first, last }),
  html: collapseMarkupText,
  svg: collapseMarkupText,
};

/** The `[start, end)` ranges of literal text in every css`…`, html`…` and svg`…` template of a module. */
function templateTexts(file: ts.SourceFile): Piece[] {
  const ranges: Piece[] = [];
  const visit = (node: ts.Node): void => {
    const minifier = ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && Object.hasOwn(MINIFIERS, node.tag.text) ? MINIFIERS[node.tag.text] : undefined;
    if (minifier && ts.isTaggedTemplateExpression(node)) {
      const piece = (start: number, end: number, first: boolean, last: boolean) => ranges.push([start, end, (text) => minifier(text, first, last)]);
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        piece(template.getStart(file) + 1, template.end - 1, true, true);
      } else {
        // head: `…${   middle: }…${   tail: }…`
        piece(template.head.getStart(file) + 1, template.head.end - 2, true, false);
        template.templateSpans.forEach((span, i) => {
          const tail = i === template.templateSpans.length - 1;
          piece(span.literal.getStart(file) + 1, span.literal.end - (tail ? 1 : 2), false, tail);
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
}

export function minifyLitTemplates(): Plugin {
  return {
    name: 'crm-kit:minify-lit-templates',
    apply: 'build',
    transform: {
      filter: { id: /\/src\/.*\.ts$/, code: /\b(css|html|svg)`/ },
      handler(code, id) {
        const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
        const ranges = templateTexts(file);
        if (ranges.length === 0) return null;
        const output = new MagicString(code);
        for (const [start, end, minify] of ranges) {
          const text = code.slice(start, end);
          const minified = minify(text);
          if (minified === text) continue;
          if (minified === '') output.remove(start, end);
          else output.overwrite(start, end, minified);
        }
        return { code: output.toString(), map: output.generateMap({ hires: true, source: id }) };
      },
    },
  };
}
