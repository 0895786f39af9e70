import { realpathSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export type StaticLookup = { readonly kind: 'file'; readonly path: string; readonly contentType: string; readonly size: number } | { readonly kind: 'not-found' } | { readonly kind: 'bad-request' };

/**
 * Maps a request path to a file inside `root`, or refuses. The decoded, normalised path must stay
 * inside the root, and so must the real path after symbolic links: "..", encoded "%2e%2e",
 * backslashes, NUL bytes and links pointing out all end here. Only regular files are served.
 */
export function resolveStaticFile(root: string, requestPath: string): StaticLookup {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return { kind: 'bad-request' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'bad-request' };
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (relative.split('/').some((part) => part === '..')) return { kind: 'bad-request' };
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return { kind: 'not-found' };
  }
  const candidate = normalize(join(realRoot, relative));
  if (!candidate.startsWith(realRoot + sep)) return { kind: 'bad-request' };
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    return { kind: 'not-found' };
  }
  if (!real.startsWith(realRoot + sep)) return { kind: 'not-found' };
  const stat = statSync(real);
  if (!stat.isFile()) return { kind: 'not-found' };
  return { kind: 'file', path: real, contentType: CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream', size: stat.size };
}
