import type { Candidate, LoadedFamily, ReservedCandidate, TieredCandidate } from './feed-files';
import { DuplicatePriceError, SnapshotBuilder, type SourceInfo } from './snapshot-builder';

/**
 * Puts the families' rows into one builder. Where two sources price the same key, the source with
 * the newest feed date wins (ties: the family listed first), the row names the source it came
 * from, and the other prices are compared with it for the cross-check report. One source pricing a
 * key twice is an error.
 */

export interface CrossCheck {
  /** "ec2/instance: awsprice-ec2-ondemand vs pw-ec2-ondemand" */
  readonly pair: string;
  same: number;
  differ: number;
  readonly examples: string[];
}

export interface Assembled {
  readonly builder: SnapshotBuilder;
  readonly checks: CrossCheck[];
  /** Rows taken from each source after the newest-wins choice. */
  readonly chosen: Record<string, number>;
}

type Any = Candidate | ReservedCandidate | TieredCandidate;

function valueOf(c: Any): string {
  if ('hourly' in c) return `${Number(c.hourly)}+${Number(c.upfront)}`;
  if ('tiers' in c) return c.tiers.map(([f, t, u]) => `${f}-${t}:${Number(u)}`).join(',');
  return String(Number(c.usd));
}

const kindOf = (key: string) => key.split('/').slice(0, 2).join('/');

export function assemble(families: readonly LoadedFamily[]): Assembled {
  const builder = new SnapshotBuilder();
  const sources: Record<string, SourceInfo> = {};
  for (const f of families) {
    for (const [id, info] of Object.entries(f.sources)) {
      builder.addSource(id, info);
      sources[id] = info;
    }
  }
  const checks = new Map<string, CrossCheck>();
  const compare = (key: string, winner: Any, other: Any, label: string) => {
    const pair = `${kindOf(key)}: ${winner.sourceId} vs ${other.sourceId}${label}`;
    const check = checks.get(pair) ?? { pair, same: 0, differ: 0, examples: [] };
    checks.set(pair, check);
    if (valueOf(winner) === valueOf(other)) check.same++;
    else {
      check.differ++;
      if (check.examples.length < 5) check.examples.push(`${key}: ${valueOf(winner)} vs ${valueOf(other)}`);
    }
  };
  const chosen: Record<string, number> = {};

  const pick = <T extends Any>(list: readonly T[]) => {
    const byKey = new Map<string, T[]>();
    for (const c of list) {
      if (!sources[c.sourceId]) throw new Error(`${c.key}: unknown source ${c.sourceId}`);
      const group = byKey.get(c.key) ?? [];
      if (group.some((g) => g.sourceId === c.sourceId)) throw new DuplicatePriceError(`duplicate price ${c.key} in source ${c.sourceId}`);
      group.push(c);
      byKey.set(c.key, group);
    }
    const out = new Map<string, T>();
    for (const [key, group] of byKey) {
      let winner = group[0]!;
      for (const c of group.slice(1)) if (sources[c.sourceId]!.asOf > sources[winner.sourceId]!.asOf) winner = c;
      for (const c of group) if (c !== winner) compare(key, winner, c, '');
      out.set(key, winner);
    }
    return out;
  };

  const prices = pick(families.flatMap((f) => f.prices));
  // Second opinions (e.g. the on-demand rate printed beside a reserved rate) are compared, never used
  // as prices; a row without a SKU takes the reference's rate code only when the two prices agree.
  for (const ref of families.flatMap((f) => f.references)) {
    const row = prices.get(ref.key);
    if (!row) continue;
    compare(ref.key, row, ref, ' (reference)');
    if (!row.sku && ref.sku && valueOf(row) === valueOf(ref)) prices.set(ref.key, { ...row, sku: ref.sku });
  }
  for (const c of prices.values()) {
    builder.put(c.key, c.unit, c.usd, c.sourceId, c.sku);
    chosen[c.sourceId] = (chosen[c.sourceId] ?? 0) + 1;
  }
  for (const c of pick(families.flatMap((f) => f.reserved)).values()) {
    builder.putReserved(c.key, c.hourly, c.upfront, c.sourceId, c.sku);
    chosen[c.sourceId] = (chosen[c.sourceId] ?? 0) + 1;
  }
  for (const c of pick(families.flatMap((f) => f.tiered)).values()) {
    builder.putTiered(c.key, c.unit, c.tiers, c.sourceId, c.sku);
    chosen[c.sourceId] = (chosen[c.sourceId] ?? 0) + 1;
  }
  for (const f of families) for (const [type, vcpu, mem] of f.specs) builder.addSpec(type, vcpu, mem);
  return { builder, checks: [...checks.values()].sort((a, b) => (a.pair < b.pair ? -1 : 1)), chosen };
}
