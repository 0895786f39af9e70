import type { PriceCatalogue } from '../pricing/catalogue';
import { INCIDENT_DEFAULTS } from '../model/incidents';
import { ROLE_DEFAULTS, ROLE_IDS } from '../model/labour';
import { LABOUR_RANGE, TASK_RANGES, describeRelativeRange } from '../model/ops-ranges';
import { DEPLOYMENT_IDS, tasksFor } from '../model/ops-tasks';
import { DEPLOYMENT_LABELS } from '../model/options';
import { formatUsd } from '../format/format';
import { withCalibrationTable } from './evidence-calibration-rows';
import { replaceGeneratedBlock } from './generated-block';

const BEGIN = '<!-- BEGIN GENERATED DEFAULTS (npm run docs:tables) -->';
const END = '<!-- END GENERATED DEFAULTS -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * The defaults tables of docs/methodology.md, generated from the code so the document and the
 * model can never disagree (a test checks the document holds exactly this block).
 */
export function methodologyTables(): string {
  const out: string[] = [BEGIN, ''];
  out.push('### Loaded labour rates', '');
  out.push('| role | median wage | loaded $/h | range (low – high) | derivation | sources |', '|---|---|---|---|---|---|');
  for (const id of ROLE_IDS) {
    const r = ROLE_DEFAULTS[id];
    const low = (r.hourlyUsd * LABOUR_RANGE.lowPct) / 100;
    const high = (r.hourlyUsd * LABOUR_RANGE.highPct) / 100;
    out.push(
      `| ${id} | $${r.medianAnnualWageUsd.toLocaleString('en-US')} | ${formatUsd(r.hourlyUsd)} | ${formatUsd(low)} – ${formatUsd(high)} | ${cell(r.provenance.rationale)} | ${r.provenance.citations
        .map((c) => `[${cell(c.title)}](${c.url}) (${c.date}, ${c.grade})`)
        .join('; ')} |`,
    );
  }
  out.push('', `Range of every loaded rate: ${describeRelativeRange(LABOUR_RANGE)}. ${cell(LABOUR_RANGE.reasoning)}`);
  out.push('', '### Ranges of the task hours', '');
  out.push('Each task\'s hours vary in Monte Carlo over a triangular distribution from low to high with the listed hours as the most likely value (`analysis.defaultRanges`). The reasons, one per kind of evidence:', '');
  const reasons = new Set<string>();
  for (const t of DEPLOYMENT_IDS.flatMap((d) => tasksFor(d))) {
    const r = TASK_RANGES[t.id];
    if (r) reasons.add(`${describeRelativeRange(r)}: ${r.reasoning}`);
  }
  for (const reason of reasons) out.push(`- ${cell(reason)}`);
  for (const d of DEPLOYMENT_IDS) {
    out.push('', `### ${DEPLOYMENT_LABELS[d]} (\`${d}\`)`, '');
    out.push('| task id | category | role | unit | setup h (fixed + per unit) | monthly h (fixed + per unit) | range | AWS table row | rationale |', '|---|---|---|---|---|---|---|---|---|');
    for (const t of tasksFor(d)) {
      const range = TASK_RANGES[t.id];
      out.push(
        `| \`${t.id}\` | ${t.category} | ${t.role} | ${t.unit} | ${t.setupFixedHours} + ${t.setupPerUnitHours} | ${t.monthlyFixedHours} + ${t.monthlyPerUnitHours} | ${range ? `${range.lowPct}–${range.highPct}%${range.sharedDraw ? ' (one draw on every platform)' : ''}` : 'none'} | ${t.responsibilityRow ?? 'not listed'} | ${cell(t.provenance.rationale)} |`,
      );
    }
    const inc = INCIDENT_DEFAULTS[d];
    const n = inc.ranges.incidentsPerMonth;
    const h = inc.ranges.hoursPerIncident;
    out.push('', `Incidents: ${inc.incidentsPerMonth} per workload per month × ${inc.hoursPerIncident} h (${inc.role}). ${cell(inc.provenance.rationale)}`);
    out.push('', `Incident ranges: ${n.low}–${n.high} per workload per month, ${h.low}–${h.high} h each. ${cell(inc.ranges.reasoning)}`);
  }
  out.push('', END);
  return out.join('\n');
}

/** Replaces the generated blocks of a methodology document (defaults tables, calibration table) with the current ones. */
export function withMethodologyTables(doc: string, catalogue: PriceCatalogue): string {
  return withCalibrationTable(replaceGeneratedBlock(doc, BEGIN, END, methodologyTables()), catalogue);
}
