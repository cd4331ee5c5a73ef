/**
 * A Vite plugin for the builds: the CSS inside Lit's `css` tagged templates loses its comments
 * and the whitespace the browser ignores. A minifier leaves template text alone, so without
 * this every element ships its styles as written, indentation and comments included.
 *
 * TypeScript (already in the stack) finds the `css` tagged templates, so a "css`" in a comment
 * or a string is never touched; magic-string keeps the source maps right. Only the template's
 * literal text changes: expressions (`${PANEL_WIDTH}`, `${unsafeCSS(…)}`) stay as they are, and
 * so does whitespace next to them unless CSS punctuation makes it redundant. Quoted CSS strings
 * (`content`, attribute selectors) are kept to the letter.
 */
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { minifyCssText } from './minify-css-text.js';

/** The `[start, end)` ranges of literal text in every css`…` template of a module. */
function cssTemplateTexts(file: ts.SourceFile): [start: number, end: number, first: boolean, last: boolean][] {
  const ranges: [number, number, boolean, boolean][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        ranges.push([template.getStart(file) + 1, template.end - 1, true, true]);
      } else {
        // head: `…${   middle: }…${   tail: }…`
        ranges.push([template.head.getStart(file) + 1, template.head.end - 2, true, false]);
        template.templateSpans.forEach((span, i) => {
          const tail = i === template.templateSpans.length - 1;
          ranges.push([span.literal.getStart(file) + 1, span.literal.end - (tail ? 1 : 2), false, tail]);
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
}

export function minifyLitCss(): Plugin {
  return {
    name: 'crm-kit:minify-lit-css',
    apply: 'build',
    transform: {
      filter: { id: /\/src\/.*\.ts$/, code: 'css`' },
      handler(code, id) {
        const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
        const ranges = cssTemplateTexts(file);
        if (ranges.length === 0) return null;
        const output = new MagicString(code);
        for (const [start, end, first, last] of ranges) {
          const text = code.slice(start, end);
          const minified = minifyCssText(text, { first, last });
          if (minified === text) continue;
          if (minified === '') output.remove(start, end);
          else output.overwrite(start, end, minified);
        }
        return { code: output.toString(), map: output.generateMap({ hires: true, source: id }) };
      },
    },
  };
}
