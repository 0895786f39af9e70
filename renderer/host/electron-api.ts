import type { TcoApi } from '../../src/contract/host-api';

/** The desktop app's host: the named methods the preload exposed on `window.tcoApi`, or undefined in a plain browser. */
export function electronApi(): TcoApi | undefined {
  return typeof window === 'undefined' ? undefined : window.tcoApi;
}
