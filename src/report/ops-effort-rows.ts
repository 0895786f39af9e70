import type { Estimate } from '../model/estimate';
import { ROLE_DEFAULTS } from '../model/labour';
import type { OptionId } from '../model/scenario-schema';
import type { LineSource, OpsEffortRow } from './report-document';

/** The ops-effort table of one option: every labour line as task, hours, role, rate and amount. */
export function opsEffortRows(est: Estimate, option: OptionId, sources: Readonly<Record<string, LineSource>>): OpsEffortRow[] {
  const rows: OpsEffortRow[] = [];
  for (const l of est.lines) {
    if (l.option !== option || l.provenance.kind !== 'labour') continue;
    const p = l.provenance;
    const oneTime = l.schedule.kind !== 'monthly';
    rows.push({
      lineId: l.id,
      task: l.label,
      taskId: p.taskId ?? null,
      kind: oneTime ? 'one-time' : 'monthly',
      hours: l.hours ?? l.quantity,
      role: p.role,
      roleLabel: ROLE_DEFAULTS[p.role]?.label ?? p.role,
      hourlyUsd: l.unitPrice,
      rateSource: p.rateSource,
      amountUsd: oneTime ? l.oneTime : l.monthly,
      horizonUsd: l.horizonTotal,
      overridden: p.overridden,
      category: l.category,
      refs: sources[l.id]?.refs ?? [],
      rationale: p.taskProvenance.rationale,
    });
  }
  return rows;
}
