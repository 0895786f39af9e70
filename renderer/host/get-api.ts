import type { TcoApi } from '../../src/contract/host-api';
import { electronApi } from './electron-api';
import { createHttpApi } from './http-api';

let http: TcoApi | undefined;

/**
 * The host the renderer talks to: the desktop app's preload bridge when there is one, else the
 * local web host over HTTP (`npm run web`, and the end-to-end tests). The rest of the renderer
 * sees only TcoApi and never knows which.
 */
export function getApi(): TcoApi {
  const desktop = electronApi();
  if (desktop) return desktop;
  http ??= createHttpApi();
  return http;
}
