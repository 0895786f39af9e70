import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AWS_REGIONS } from '../../src/model/regions';
import { assemble, type CrossCheck } from './assemble';
import { loadAwsPrice } from './aws-price';
import { loadPriceWatcher } from './aws-price-watcher';
import { loadSamples } from './recorded-samples';
import { coverageMarkdown, coveragePivot } from './coverage';
import { addDerivedRows } from './derived-rows';
import { loadEc2Shop } from './ec2-shop';
import type { LoadedFamily } from './feed-files';
import { SkippedLocations } from './locations';
import { loadOfferFiles } from './offer-files';
import type { LegacySnapshot } from './snapshot-builder';

/**
 * Builds the offline price snapshot object from the public price exports in `sources` (one loader
 * per project: aws-price-watcher, ec2-shop, aws-price), the project's recorded samples, and any AWS
 * bulk offer files given. Same inputs, same object: nothing here reads the clock.
 */
export interface BuildOptions {
  readonly sourcesDir: string;
  readonly samplesDir: string;
  readonly offerFiles?: readonly string[];
  /** Overrides the build date; by default the newest feed date among the sources used. */
  readonly builtOn?: string;
}

export interface BuildResult {
  readonly snapshot: LegacySnapshot;
  readonly checks: readonly CrossCheck[];
  readonly chosen: Readonly<Record<string, number>>;
  readonly derived: Readonly<Record<string, number>>;
  readonly skipped: SkippedLocations;
  readonly notes: Readonly<Record<string, Record<string, number>>>;
}

export const SNAPSHOT_FORMAT = 'tco-studio-price-snapshot/1';

export async function buildSnapshot(options: BuildOptions): Promise<BuildResult> {
  const skipped = new SkippedLocations();
  // Order matters only for ties on the feed date: the first family wins.
  const families: LoadedFamily[] = [
    ...(options.offerFiles?.length ? [await loadOfferFiles(options.offerFiles)] : []),
    loadSamples(options.samplesDir),
    loadAwsPrice(join(options.sourcesDir, 'aws-price'), skipped),
    loadPriceWatcher(join(options.sourcesDir, 'aws-price-watcher'), skipped),
    loadEc2Shop(join(options.sourcesDir, 'ec2-shop'), skipped),
  ];
  const { builder, checks, chosen } = assemble(families);
  const studio = builder.sources['pw-sagemaker-studio'];
  const derived = addDerivedRows(builder, studio?.asOf, families.flatMap((f) => f.metalTypes ?? []));
  const draft = builder.build({ format: SNAPSHOT_FORMAT, name: 'Embedded AWS price snapshot', builtOn: '', regions: [] });
  const regions = AWS_REGIONS.filter((r) => draft.prices.some((p) => p[0].split('/')[2] === r));
  const builtOn =
    options.builtOn ??
    Object.values(draft.sources)
      // A date the project recorded a dateless source is not a feed date.
      .filter((s) => !/recorded/.test(s.dateNote ?? ''))
      .map((s) => s.feedDate ?? s.asOf)
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort()
      .at(-1)!;
  const snapshot = { ...draft, builtOn, regions };
  return { snapshot, checks, chosen, derived, skipped, notes: Object.fromEntries(families.map((f) => [f.family, f.notes])) };
}

export function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** The build report: coverage pivot, cross-check mismatches, skipped locations, notes. */
export function report(result: BuildResult): string {
  const { snapshot } = result;
  const lines: string[] = [];
  lines.push(
    `snapshot built on ${snapshot.builtOn}: ${snapshot.prices.length} prices, ${snapshot.reserved.length} reserved, ${snapshot.tiered.length} tiered, ${snapshot.specs.length} specs, ${snapshot.regions.length} Regions`,
  );
  lines.push('', 'Coverage (rows; d = derived):', coveragePivot(snapshot, AWS_REGIONS));
  lines.push('', 'Rows per source (after newest-feed choice):');
  for (const [id, n] of Object.entries(result.chosen).sort()) lines.push(`  ${id}: ${n} (as of ${snapshot.sources[id]?.asOf ?? '?'})`);
  for (const [id, n] of Object.entries(result.derived).sort()) lines.push(`  ${id}: ${n} (${snapshot.sources[id]?.basis})`);
  lines.push('', 'Cross-checks where two sources price the same key (same / different):');
  for (const c of result.checks) {
    lines.push(`  ${c.pair}: ${c.same} same, ${c.differ} different${c.examples.length ? `; e.g. ${c.examples.slice(0, 3).join('; ')}` : ''}`);
  }
  lines.push('', 'Skipped locations (by rule):');
  for (const [reason, n] of Object.entries(result.skipped.byReason()).sort()) {
    lines.push(`  ${reason}: ${n} entries (${result.skipped.names(reason).length} locations)`);
  }
  lines.push('', 'Entries not used, by family and reason:');
  for (const [family, notes] of Object.entries(result.notes)) {
    for (const [reason, n] of Object.entries(notes).sort()) lines.push(`  ${family}: ${reason}: ${n}`);
  }
  return lines.join('\n');
}

export { coverageMarkdown };
