/**
 * The literal text of Lit templates without what the browser ignores (scripts/minify-lit-templates.ts
 * applies it in the builds): comments and whitespace in `css`, indentation in `html` and `svg`.
 * Pure and DOM-free, so the browser tests can hold it to parsing into the same rules and nodes.
 */
const QUOTED = /('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/;

/**
 * Comments out, whitespace collapsed, and dropped where `{ } ; , :` make it redundant; quoted
 * strings kept to the letter. `first` and `last`: the piece starts or ends the template (else an
 * expression stands there, and a space next to it is kept unless punctuation makes it redundant).
 */
export function minifyCssText(text: string, { first, last }: { first: boolean; last: boolean }): string {
  const parts = text.replace(/\/\*[\s\S]*?\*\//g, ' ').split(QUOTED);
  let out = parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':'),
    )
    .join('')
    .replace(/;}/g, '}');
  if (first) out = out.trimStart();
  if (last) out = out.trimEnd();
  return out;
}


/**
 * Markup (`html`, `svg`): a run of whitespace that holds a line break becomes one space, which
 * HTML and SVG text render the same way (no template of the kit has `pre` text or a textarea).
 * Whitespace within a line is left as written, and no run disappears.
 */
export function collapseMarkupText(text: string): string {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}
