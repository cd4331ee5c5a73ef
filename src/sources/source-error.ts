/** Why a data source could not give a dataset; the message names the source in words a person understands. */
/** `too-large`: a body longer than the browser's longest string (about 512 MB). */
export type SourceErrorKind = 'http' | 'network' | 'timeout' | 'syntax' | 'too-large';

export class SourceError extends Error {
  override name = 'SourceError';
  constructor(
    readonly kind: SourceErrorKind,
    message: string,
    /** The URL, or `inline JSON` for a `<script type="application/json">` child. */
    readonly source: string,
    /** The HTTP status, for `http` errors. */
    readonly status?: number,
  ) {
    super(message);
  }
}
