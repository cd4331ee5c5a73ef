/**
 * The error a RemoteTable (remote-table.ts) rejects with when the worker cannot run a
 * computation: closed, failed, or the options do not clone. Its own module, so that an element
 * can tell it apart without carrying the worker's page side, which loads only with large data.
 */
export class RemoteUnavailableError extends Error {
  override name = 'RemoteUnavailableError';
}
