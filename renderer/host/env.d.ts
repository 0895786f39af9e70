import type { TcoApi } from '../../src/contract/host-api';

declare global {
  interface Window {
    /** Set by the Electron preload (electron/preload.ts); absent in a browser on the web host. */
    tcoApi?: TcoApi;
  }
}

export {};
