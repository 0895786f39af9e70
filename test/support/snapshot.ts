import { join } from 'node:path';
import { PriceSnapshot } from '../../src/aws/snapshot/price-snapshot';
import type { RegionPrices } from '../../src/contract/host-api';
import type { PriceCatalogue } from '../../src/index';
import { PROJECT_ROOT } from './paths';

/** The committed offline snapshot (index.json + one <region>.json.br per Region). */
export const SNAPSHOT_DIR = join(PROJECT_ROOT, 'src', 'pricing', 'snapshot');

let snapshot: PriceSnapshot | undefined;
let catalogue: PriceCatalogue | undefined;

/** The committed snapshot, read once per test file (Region files load on first use). */
export function testSnapshot(): PriceSnapshot {
  snapshot ??= new PriceSnapshot({ dir: SNAPSHOT_DIR });
  return snapshot;
}

/**
 * The committed snapshot as a catalogue: what the CLI prices with when nothing is cached. A
 * problem reading it fails the test that uses it.
 */
export function snapshotCatalogue(): PriceCatalogue {
  catalogue ??= testSnapshot().catalogue((problem) => {
    throw new Error(problem);
  });
  return catalogue;
}

/** One Region's prices as the host serves them to the renderer (snapshot only, nothing cached). */
export function snapshotRegionPrices(region: string): RegionPrices {
  const loaded = testSnapshot().region(region);
  const index = testSnapshot().index()!;
  return {
    region,
    snapshot: { name: index.name, builtOn: index.builtOn, quotes: loaded ? [...loaded.quotes] : [], instanceTypes: loaded?.instanceTypes ?? [] },
    cache: { name: 'Cached AWS prices', quotes: [], instanceTypes: [] },
  };
}
