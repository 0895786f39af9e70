import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { AwsFailure, formatSeconds } from '../aws-failure';

export interface OfferDownload {
  /** Content-Length, when the server sends it. */
  readonly bytesTotal?: number;
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Stops the download (on a failure elsewhere). */
  abort(): void;
}

/** A stalled download fails after this long without a byte. */
export const DEFAULT_DOWNLOAD_IDLE_TIMEOUT_MS = 60_000;

/**
 * Opens the offer file at a GetPriceListFileUrl URL (a pre-signed HTTPS URL; plain HTTP only for a
 * local test server) as a byte stream. Nothing is written to disk: the stream goes straight into
 * the ingester, so a multi-GB file needs no temporary space and no more memory than one chunk.
 */
export function openOfferDownload(url: string, options: { readonly idleTimeoutMs?: number } = {}): Promise<OfferDownload> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.reject(new AwsFailure('download-failed', 'offer-file download', `GetPriceListFileUrl returned an invalid URL`));
  }
  const get = parsed.protocol === 'https:' ? httpsGet : parsed.protocol === 'http:' ? httpGet : undefined;
  if (!get) return Promise.reject(new AwsFailure('download-failed', 'offer-file download', `offer file URL has unsupported scheme ${parsed.protocol}`));
  const idle = options.idleTimeoutMs ?? DEFAULT_DOWNLOAD_IDLE_TIMEOUT_MS;
  const host = parsed.host;
  const timedOut = (what: string) =>
    new AwsFailure('timeout', 'offer-file download', `AWS did not answer for ${formatSeconds(idle)}: ${what} from ${host} timed out; check your network and try again`);
  return new Promise((resolve, reject) => {
    let current: IncomingMessage | undefined;
    const request = get(parsed, (response: IncomingMessage) => {
      current = response;
      if (response.statusCode !== 200) {
        response.resume();
        reject(new AwsFailure('download-failed', 'offer-file download', `downloading the offer file from ${host} failed: HTTP ${response.statusCode ?? '?'}`));
        return;
      }
      const length = Number(response.headers['content-length']);
      resolve({
        ...(Number.isFinite(length) && length > 0 ? { bytesTotal: length } : {}),
        chunks: streamWithFailures(response, host, () => timedOut('the offer-file download')),
        abort: () => request.destroy(),
      });
    });
    // The socket's idle timeout covers the wait for the headers and every gap in the body; a body
    // that stalls is ended with the timeout error, so the reader sees a timeout, not an abort.
    request.setTimeout(idle, () => {
      const error = Object.assign(new Error(`no data for ${idle} ms`), { code: 'ETIMEDOUT' });
      current?.destroy(error);
      request.destroy(error);
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ETIMEDOUT') reject(timedOut('downloading the offer file'));
      else reject(new AwsFailure('offline', 'offer-file download', `downloading the offer file from ${host} failed: ${error.message}`));
    });
  });
}

async function* streamWithFailures(response: IncomingMessage, host: string, timedOut: () => AwsFailure): AsyncIterable<Uint8Array> {
  try {
    for await (const chunk of response) yield chunk as Uint8Array;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ETIMEDOUT') throw timedOut();
    throw new AwsFailure('download-failed', 'offer-file download', `the offer-file download from ${host} broke off: ${e.message}`);
  }
  if (!response.complete) {
    throw new AwsFailure('download-failed', 'offer-file download', `the offer-file download from ${host} ended early`);
  }
}
