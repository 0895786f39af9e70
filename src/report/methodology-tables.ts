import type { PriceCatalogue } from '../pricing/catalogue';
import { INCIDENT_DEFAULTS } from '../model/incidents';
import { ROLE_DEFAULTS, ROLE_IDS } from '../model/labour';
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
  out.push('| role | median wage | loaded $/h | derivation | sources |', '|---|---|---|---|---|');
  for (const id of ROLE_IDS) {
    const r = ROLE_DEFAULTS[id];
    out.push(
      `| ${id} | $${r.medianAnnualWageUsd.toLocaleString('en-US')} | ${formatUsd(r.hourlyUsd)} | ${cell(r.provenance.rationale)} | ${r.provenance.citations
        .map((c) => `[${cell(c.title)}](${c.url}) (${c.date}, ${c.grade})`)
        .join('; ')} |`,
    );
  }
  for (const d of DEPLOYMENT_IDS) {
    out.push('', `### ${DEPLOYMENT_LABELS[d]} (\`${d}\`)`, '');
    out.push('| task id | category | role | unit | setup h (fixed + per unit) | monthly h (fixed + per unit) | AWS table row | rationale |', '|---|---|---|---|---|---|---|---|');
    for (const t of tasksFor(d)) {
      out.push(
        `| \`${t.id}\` | ${t.category} | ${t.role} | ${t.unit} | ${t.setupFixedHours} + ${t.setupPerUnitHours} | ${t.monthlyFixedHours} + ${t.monthlyPerUnitHours} | ${t.responsibilityRow ?? 'not listed'} | ${cell(t.provenance.rationale)} |`,
      );
    }
    const inc = INCIDENT_DEFAULTS[d];
    out.push('', `Incidents: ${inc.incidentsPerMonth} per workload per month × ${inc.hoursPerIncident} h (${inc.role}). ${cell(inc.provenance.rationale)}`);
  }
  out.push('', END);
  return out.join('\n');
}

/** Replaces the generated blocks of a methodology document (defaults tables, calibration table) with the current ones. */
export function withMethodologyTables(doc: string, catalogue: PriceCatalogue): string {
  return withCalibrationTable(replaceGeneratedBlock(doc, BEGIN, END, methodologyTables()), catalogue);
}
