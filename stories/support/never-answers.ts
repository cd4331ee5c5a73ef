/**
 * A Storybook loader for the Loading stories: `fetch` of a URL that contains `marker` never
 * settles, so the element's loading state stays on screen; every other URL is fetched as usual.
 */
export function neverAnswering(marker = 'never-answers'): () => Promise<Record<string, never>> {
  return async () => {
    const real = window.fetch;
    window.fetch = (input, init) => (String(input).includes(marker) ? new Promise<Response>(() => {}) : real(input, init));
    return {};
  };
}
