import type { LegacySnapshot } from './snapshot-builder';

/** Rows per Region and service/kind, published vs derived, with the feed dates they carry. */
export interface CoverageCell {
  rows: number;
  published: number;
  derived: number;
  readonly asOf: Set<string>;
}

export type Coverage = Map<string, Map<string, CoverageCell>>;

/** ec2/instance, ec2/reserved, rds/instance … (first two segments of the key; RDS engines split out). */
export function coverageKind(key: string): string {
  const parts = key.split('/');
  if (parts[0] === 'rds' && parts[1] === 'instance') {
    const engine = parts[3]!;
    const family = engine.startsWith('sqlserver') ? 'sqlserver' : engine.startsWith('oracle') ? 'oracle' : engine;
    return `rds/instance:${family}`;
  }
  if (parts[0] === 'rds' && parts[1] === 'reserved') return `rds/reserved:${parts[3]}`;
  if (parts[0] === 'sagemaker' && parts[1] === 'instance') return `sagemaker/${parts[3]}`;
  return `${parts[0]}/${parts[1]}`;
}

export function coverageOf(snapshot: LegacySnapshot): Coverage {
  const coverage: Coverage = new Map();
  const add = (key: string, sourceId: string) => {
    const region = key.split('/')[2]!;
    const kind = coverageKind(key);
    const source = snapshot.sources[sourceId]!;
    const byKind = coverage.get(region) ?? new Map<string, CoverageCell>();
    coverage.set(region, byKind);
    const cell = byKind.get(kind) ?? { rows: 0, published: 0, derived: 0, asOf: new Set<string>() };
    byKind.set(kind, cell);
    cell.rows++;
    if (source.basis === 'derived') cell.derived++;
    else cell.published++;
    cell.asOf.add(source.asOf);
  };
  for (const r of snapshot.prices) add(r[0], r[3]);
  for (const r of snapshot.reserved) add(r[0], r[3]);
  for (const r of snapshot.tiered) add(r[0], r[3]);
  return coverage;
}

const dates = (s: Set<string>) => {
  const sorted = [...s].sort();
  return sorted.length <= 2 ? sorted.join(', ') : `${sorted[0]} … ${sorted[sorted.length - 1]} (${sorted.length} dates)`;
};

/** The full table as Markdown: one line per Region and kind. */
export function coverageMarkdown(snapshot: LegacySnapshot, regions: readonly string[]): string {
  const coverage = coverageOf(snapshot);
  const lines = [
    `# Price snapshot coverage (built ${snapshot.builtOn})`,
    '',
    'Rows per Region and service/kind; published rows come from a dated AWS feed, derived rows are flagged in the app with the rule they follow.',
    '',
    '| Region | service/kind | rows | published | derived | as of |',
    '|---|---|---:|---:|---:|---|',
  ];
  for (const region of regions) {
    const byKind = coverage.get(region);
    if (!byKind) {
      lines.push(`| ${region} | (none) | 0 | 0 | 0 | |`);
      continue;
    }
    for (const kind of [...byKind.keys()].sort()) {
      const c = byKind.get(kind)!;
      lines.push(`| ${region} | ${kind} | ${c.rows} | ${c.published} | ${c.derived} | ${dates(c.asOf)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A compact pivot for the console: Regions down, kind groups across, rows (d = of which derived). */
export const PIVOT_COLUMNS: readonly [title: string, match: (kind: string) => boolean][] = [
  ['ec2', (k) => k === 'ec2/instance'],
  ['ec2 RI', (k) => k === 'ec2/reserved'],
  ['rds my/pg/maria', (k) => /^rds\/instance:(mysql|postgresql|mariadb)$/.test(k)],
  ['rds sqlsrv/ora', (k) => /^rds\/instance:(sqlserver|oracle)$/.test(k)],
  ['rds RI', (k) => k.startsWith('rds/reserved')],
  ['rds stor', (k) => /^rds\/(storage|iops|throughput|backup)$/.test(k)],
  ['aurora', (k) => k.startsWith('rds/aurora')],
  ['sagemaker', (k) => k.startsWith('sagemaker/')],
  ['ebs', (k) => k.startsWith('ebs/')],
  ['s3', (k) => k.startsWith('s3/')],
  ['elb', (k) => k.startsWith('elb/')],
  ['nat', (k) => k.startsWith('vpc/')],
  ['eks', (k) => k.startsWith('eks/')],
  ['transfer', (k) => k === 'ec2/inter-az-transfer' || k === 'ec2/internet-egress'],
];

export function coveragePivot(snapshot: LegacySnapshot, regions: readonly string[]): string {
  const coverage = coverageOf(snapshot);
  const header = ['region', ...PIVOT_COLUMNS.map(([t]) => t), 'as of'];
  const rows = regions.map((region) => {
    const byKind = coverage.get(region) ?? new Map<string, CoverageCell>();
    const asOf = new Set<string>();
    const cells = PIVOT_COLUMNS.map(([, match]) => {
      let rows = 0;
      let derived = 0;
      for (const [kind, c] of byKind) {
        if (!match(kind)) continue;
        rows += c.rows;
        derived += c.derived;
        for (const d of c.asOf) asOf.add(d);
      }
      return rows === 0 ? '-' : derived ? `${rows} (${derived}d)` : String(rows);
    });
    return [region, ...cells, dates(asOf)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(fmt)].join('\n');
}
