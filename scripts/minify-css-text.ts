/**
 * The CSS of one piece of a Lit `css` template without comments and without the whitespace the
 * browser ignores (scripts/minify-lit-css.ts applies it in the builds). Pure and DOM-free, so the
 * browser tests can hold it to parsing into the same rules as the text it came from.
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

