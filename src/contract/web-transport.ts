/**
 * How the renderer reaches the local web host (src/host/web-host.ts ↔ renderer/host/http-api.ts):
 * `POST /api/<call>` with a JSON body, and one event stream. Both sides import these names.
 */

/** The header that carries the session token on API calls (EventSource cannot send headers; it uses ?token=). */
export const TOKEN_HEADER = 'x-tco-token';
