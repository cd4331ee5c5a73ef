export { fetchJson, DEFAULT_TIMEOUT_MS, type FetchJsonOptions } from './fetch-json.js';
export { fetchText, type FetchedText, type FetchTextOptions } from './fetch-text.js';
export { inlineJsonScript, readInlineJson, INLINE_SOURCE } from './inline-json.js';
export { parseJsonText } from './parse-json.js';
export { SourceError, type SourceErrorKind } from './source-error.js';
