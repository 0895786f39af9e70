/**
 * A request the host refuses or cannot carry out, with a message written for the user (it is
 * shown as is in the renderer). Thrown inside the host; the dispatcher turns it into
 * `{ ok: false, reason }`, so it never crosses the boundary as an exception.
 */
export class HostError extends Error {
  override readonly name = 'HostError';
}
