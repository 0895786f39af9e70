/**
 * The offline price snapshot as per-Region assets (DESIGN.md): bytes per Region file (min, median,
 * max) and in all, the index's bytes, the cold time to read + decompress + validate one Region and
 * build its catalogue (median of fresh readers, so nothing is memoised), the renderer's initial JS
 * (dist/renderer main-*.js, when built) and the install size of what ships (dist + the snapshot).
 * Compare with the one-file snapshot this replaced (378,421 bytes of JSON imported into each of four
 * bundles). Prints one JSON object.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegionPrices } from '../src/contract/host-api';
import { regionPrices } from '../src/host/price-status';
import { regionCatalogue } from '../renderer/state/catalogue';
import { PriceSnapshot } from '../src/aws/snapshot/price-snapshot';
import { findSnapshotDir } from '../src/aws/snapshot/snapshot-dir';

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? folderBytes(path) : stat.size;
  }
  return total;
}
const bytesIfThere = (dir: string) => {
  try {
    return folderBytes(dir);
  } catch {
    return undefined;
  }
};

const dir = findSnapshotDir();
const index = new PriceSnapshot({ dir }).index();
if (!index) throw new Error(`no snapshot index in ${dir}`);
const sizes = index.regions.map((r) => r.bytes);
const largest = index.regions.reduce((a, b) => (b.bytes > a.bytes ? b : a));

const coldMs: number[] = [];
for (let i = 0; i < 15; i++) {
  const start = performance.now();
  const snapshot = new PriceSnapshot({ dir });
  const catalogue = snapshot.catalogue();
  catalogue.lookup({ service: 'ec2', kind: 'instance', region: largest.region, instanceType: 'm5.large' });
  coldMs.push(performance.now() - start);
}

// A Region switch in the app, end to end but the HTTP hop: the host reads the Region (cold),
// answers regionPrices as JSON; the renderer parses it and builds the Region's catalogue.
const cacheDir = mkdtempSync(join(tmpdir(), 'tco-bench-cache-'));
const switchMs: number[] = [];
const parts = { hostMs: [] as number[], jsonMs: [] as number[], parseMs: [] as number[], catalogueMs: [] as number[] };
let responseBytes = 0;
for (let i = 0; i < 9; i++) {
  const t0 = performance.now();
  const answer = regionPrices(cacheDir, new PriceSnapshot({ dir }), largest.region, new Date());
  const t1 = performance.now();
  const json = JSON.stringify({ ok: true, value: answer });
  const t2 = performance.now();
  const parsed = (JSON.parse(json) as { value: RegionPrices }).value;
  const t3 = performance.now();
  regionCatalogue(parsed).lookup({ service: 'ec2', kind: 'instance', region: largest.region, instanceType: 'm5.large' });
  const t4 = performance.now();
  responseBytes = Buffer.byteLength(json);
  parts.hostMs.push(t1 - t0);
  parts.jsonMs.push(t2 - t1);
  parts.parseMs.push(t3 - t2);
  parts.catalogueMs.push(t4 - t3);
  switchMs.push(t4 - t0);
}
rmSync(cacheDir, { recursive: true, force: true });

const assets = join(process.cwd(), 'dist', 'renderer', 'assets');
let mainJsBytes: number | undefined;
try {
  mainJsBytes = readdirSync(assets)
    .filter((n) => /^main-.*\.js$/.test(n))
    .reduce((sum, n) => sum + statSync(join(assets, n)).size, 0);
} catch {
  mainJsBytes = undefined;
}
const snapshotBytes = folderBytes(dir);
const dist = bytesIfThere(join(process.cwd(), 'dist'));

console.log(
  JSON.stringify({
    regions: index.regions.length,
    prices: index.regions.reduce((n, r) => n + r.prices, 0),
    regionFileBytes: { min: Math.min(...sizes), median: median(sizes), max: Math.max(...sizes), total: sizes.reduce((a, b) => a + b, 0) },
    indexBytes: statSync(join(dir, 'index.json')).size,
    coldLoadOneRegionMs: { region: largest.region, prices: largest.prices, median: round(median(coldMs)), min: round(Math.min(...coldMs)), runs: coldMs.length },
    regionSwitchMs: {
      region: largest.region,
      median: round(median(switchMs)),
      min: round(Math.min(...switchMs)),
      runs: switchMs.length,
      responseBytes,
      medianParts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, round(median(v))])),
    },
    rendererMainJsBytes: mainJsBytes ?? 'not built (npm run build:renderer)',
    installBytes: { dist: dist ?? 'not built', snapshot: snapshotBytes, total: dist === undefined ? undefined : dist + snapshotBytes },
  }),
);
