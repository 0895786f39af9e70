import type { PriceCatalogue } from '../../src/index';

/**
 * snapshotCatalogue() (test/support/snapshot.ts) for tests type-checked without Node types (the
 * renderer's tests, tsconfig.web.json): the Node-side module is imported by a path the type
 * checker does not follow; vitest runs it in Node all the same.
 */
export async function snapshotCatalogueAnyEnv(): Promise<PriceCatalogue> {
  const path = './snapshot';
  const mod = (await import(/* @vite-ignore */ path)) as { snapshotCatalogue(): PriceCatalogue };
  return mod.snapshotCatalogue();
}
