import type { TcoApi, TcoApiCall } from '../contract/host-api';
import type { RequestOf } from './request-schemas';

/**
 * The request/response half of the contract as the host implements it: each call takes its
 * already-validated argument. Electron's IPC handlers and the web host both dispatch into this.
 */
export type HostCalls = { readonly [K in TcoApiCall]: (request: RequestOf<K>) => ReturnType<TcoApi[K]> };
