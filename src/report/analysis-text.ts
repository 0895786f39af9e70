import type { BreakEvenResult } from '../analysis/breakeven';
import type { CommitmentAnalysis } from '../analysis/commitments';
import type { OptionComparison, VariantComparison } from '../analysis/compare';
import type { SimulationResult } from '../analysis/monte-carlo';
import type { TornadoResult } from '../analysis/sensitivity';
import type { NumericInput } from '../model/scenario-inputs';
import { toCsv } from './csv';
import { formatMachineNumber, formatNumber, formatPct, formatSignedUsd as signed, formatUsd } from '../format/format';
import { textTable } from './text-table';

export function inputsToText(inputs: readonly NumericInput[]): string {
  return textTable(
    ['Path', 'Input', 'Value', 'Unit', 'Allowed range', 'Default'],
    inputs.map((i) => [i.path, i.label, formatNumber(i.value), i.unit, `${formatNumber(i.min)} to ${formatNumber(i.max)}`, i.isDefault ? 'yes' : '']),
    ['left', 'left', 'right', 'left', 'left', 'left'],
  );
}

export function inputsToCsv(inputs: readonly NumericInput[]): string {
  return toCsv(
    ['path', 'label', 'group', 'value', 'unit', 'min', 'max', 'integer', 'is_default'],
    inputs.map((i) => [i.path, i.label, i.group, formatMachineNumber(i.value), i.unit, formatMachineNumber(i.min), formatMachineNumber(i.max), String(i.integer), String(i.isDefault)]),
  );
}

export function breakEvenToText(r: BreakEvenResult): string {
  const [a, b] = r.between;
  const lines = [
    `Break-even of ${r.input.label} (${r.input.path}) between ${a} and ${b}, ${r.metric === 'npv' ? 'NPV' : 'total over the horizon'}`,
    `Current value ${formatNumber(r.input.value)} ${r.input.unit}; searched ${formatNumber(r.input.min)} to ${formatNumber(r.input.max)} (${r.evaluations} evaluations).`,
    '',
    r.widerRangeUnsearched ? `${r.message} Search a wider range with --min and --max.` : r.message,
    '',
    textTable(
      [r.input.unit ? `${r.input.label} (${r.input.unit})` : r.input.label, ...Object.keys(r.curve[0]?.totals ?? {}), `${a} − ${b}`],
      r.curve.map((p) => [formatNumber(p.value), ...Object.values(p.totals).map(formatUsd), signed(p.totals[a]! - p.totals[b]!)]),
      ['right', ...Object.keys(r.curve[0]?.totals ?? {}).map(() => 'right' as const), 'right'],
    ),
  ];
  return lines.join('\n');
}

export function breakEvenToCsv(r: BreakEvenResult): string {
  const options = Object.keys(r.curve[0]?.totals ?? {});
  return toCsv(
    ['input_value', ...options.map((o) => `${o}_usd`), 'difference_usd'],
    r.curve.map((p) => [formatMachineNumber(p.value), ...options.map((o) => formatMachineNumber(p.totals[o]!)), formatMachineNumber(p.totals[r.between[0]]! - p.totals[r.between[1]]!)]),
  );
}

export function tornadoToText(r: TornadoResult): string {
  const [a, b] = r.between;
  const rows = r.bars.map((bar) => [
    bar.label,
    `${formatNumber(bar.low)} … ${formatNumber(bar.high)} ${bar.unit}`,
    signed(bar.atLow),
    signed(bar.atHigh),
    formatUsd(bar.swing),
  ]);
  return [
    `Sensitivity of ${a} − ${b} (${r.metric === 'npv' ? 'NPV' : 'total over the horizon'}); each input alone over its range (default ±${formatPct(r.rangePct)})`,
    `At the scenario's values: ${signed(r.base)} (${r.base > 0 ? `${b} cheaper` : r.base < 0 ? `${a} cheaper` : 'equal'}). ${r.evaluations} evaluations.`,
    '',
    textTable(['Input', 'Range', `${a} − ${b} at low`, 'at high', 'Swing'], rows, ['left', 'left', 'right', 'right', 'right']),
  ].join('\n');
}

export function tornadoToCsv(r: TornadoResult): string {
  return toCsv(
    ['path', 'label', 'unit', 'value', 'low', 'high', 'difference_at_low_usd', 'difference_at_high_usd', 'swing_usd', 'range_source'],
    r.bars.map((b) => [b.path, b.label, b.unit, formatMachineNumber(b.value), formatMachineNumber(b.low), formatMachineNumber(b.high), formatMachineNumber(b.atLow), formatMachineNumber(b.atHigh), formatMachineNumber(b.swing), b.rangeSource]),
  );
}

/** The inputs that varied, the scenario's own first, each with where its distribution comes from. */
function uncertainInputsText(r: SimulationResult): string[] {
  if (r.inputs.length === 0) return ['Uncertain inputs: none (default ranges off and no distributions in analysis.uncertainty).'];
  const own = r.inputs.filter((i) => i.source === 'scenario').length;
  const defaults = r.inputs.length - own;
  return [
    `Uncertain inputs: ${own} from the scenario (analysis.uncertainty), ${defaults} from default ranges${defaults > 0 ? ' (triangular low / likely / high; analysis.defaultRanges: false turns them off)' : ''}`,
    textTable(
      ['Input', 'Distribution', 'Source'],
      r.inputs.map((i) => [i.label, i.distribution, i.source === 'scenario' ? 'scenario' : 'default range']),
      ['left', 'left', 'left'],
    ),
  ];
}

export function simulationToText(r: SimulationResult): string {
  const [a, b] = r.between;
  const rows = [
    ...r.options.map((o) => [o.option, formatUsd(o.p10), formatUsd(o.p50), formatUsd(o.p90), formatUsd(o.mean), formatPct(Math.round((r.probabilityCheapest[o.option] ?? 0) * 1000) / 10)]),
    [`${a} − ${b}`, signed(r.difference.p10), signed(r.difference.p50), signed(r.difference.p90), signed(r.difference.mean), ''],
  ];
  return [
    `Monte Carlo: ${r.runs.toLocaleString('en-US')} runs, seed ${r.seed}, ${r.metric === 'npv' ? 'NPV' : 'total over the horizon'}`,
    ...uncertainInputsText(r),
    '',
    textTable(['Option', 'P10', 'P50', 'P90', 'Mean', 'Cheapest in'], rows, ['left', 'right', 'right', 'right', 'right', 'right']),
    '',
    `Probability that ${b} costs less than ${a}: ${formatPct(Math.round(r.probabilitySecondCheaper * 1000) / 10)}.`,
    '',
    'Assumptions:',
    ...r.assumptions.map((x) => `  - ${x}`),
  ].join('\n');
}

export function simulationToCsv(r: SimulationResult): string {
  return toCsv(
    ['series', 'p10_usd', 'p50_usd', 'p90_usd', 'mean_usd', 'min_usd', 'max_usd', 'probability_cheapest'],
    [
      ...r.options.map((o) => [o.option, ...[o.p10, o.p50, o.p90, o.mean, o.min, o.max].map(formatMachineNumber), formatMachineNumber(r.probabilityCheapest[o.option] ?? 0)]),
      [`${r.between[0]}-minus-${r.between[1]}`, ...[r.difference.p10, r.difference.p50, r.difference.p90, r.difference.mean, r.difference.min, r.difference.max].map(formatMachineNumber), ''],
    ],
  );
}

export function commitmentsToText(c: CommitmentAnalysis): string {
  const out: string[] = [];
  for (const row of c.rows) {
    out.push(`${row.optionLabel}: ${row.usage}`);
    out.push(`  ${row.price}; ${formatNumber(row.instances)} instance${row.instances === 1 ? '' : 's'} at ${formatPct(row.utilisationPct)} utilisation; now ${row.current}`);
    out.push(
      textTable(
        ['  Choice', 'Per instance-month', 'Saving', 'Break-even utilisation', 'Note'],
        row.candidates.map((k) => [
          `  ${k.label}`,
          k.monthlyPerInstance === null ? 'no rate' : formatUsd(k.monthlyPerInstance),
          k.savingPerInstance === null ? '' : signed(k.savingPerInstance),
          k.breakEvenUtilisationPct === null ? '' : formatPct(Math.round(k.breakEvenUtilisationPct * 10) / 10),
          k.note ?? '',
        ]),
        ['left', 'right', 'right', 'right', 'left'],
      ),
    );
    out.push(`  Recommended: ${row.recommended}: ${row.reason}.`, '');
  }
  out.push('Notes:', ...c.notes.map((n) => `  - ${n}`));
  return out.join('\n');
}

export function commitmentsToCsv(c: CommitmentAnalysis): string {
  const rows: string[][] = [];
  for (const r of c.rows) {
    for (const k of r.candidates) {
      rows.push([
        r.option,
        r.workloadId,
        r.usage,
        String(r.instances),
        formatMachineNumber(r.utilisationPct),
        k.label,
        k.monthlyPerInstance === null ? '' : formatMachineNumber(k.monthlyPerInstance),
        k.breakEvenUtilisationPct === null ? '' : formatMachineNumber(k.breakEvenUtilisationPct),
        String(k.label === r.recommended),
      ]);
    }
  }
  return toCsv(['option', 'workload', 'usage', 'instances', 'utilisation_pct', 'choice', 'usd_per_instance_month', 'break_even_utilisation_pct', 'recommended'], rows);
}

export function variantComparisonToText(c: VariantComparison): string {
  const out = [`Variant "${c.b}" against "${c.a}"`, ''];
  if (c.overrides.length > 0) {
    out.push('Overrides:', ...c.overrides.map((o) => `  ${o.path}: ${JSON.stringify(o.from)} → ${JSON.stringify(o.to)}`), '');
  }
  out.push(
    textTable(
      ['Option', `"${c.a}"`, `"${c.b}"`, 'Change'],
      c.options.map((o) => [o.option, formatUsd(o.a), formatUsd(o.b), signed(o.delta)]),
      ['left', 'right', 'right', 'right'],
    ),
    '',
  );
  if (c.lines.length === 0) out.push('No cost line changed.');
  else {
    out.push(
      textTable(
        ['Line', 'Option', 'Change over horizon', 'Why'],
        c.lines.map((l) => [(l.b ?? l.a)!.label, l.option, signed(l.delta), l.explanation]),
        ['left', 'left', 'right', 'left'],
      ),
    );
  }
  return out.join('\n');
}

export function variantComparisonToCsv(c: VariantComparison): string {
  return toCsv(
    ['line_id', 'option', 'label', 'a_quantity', 'b_quantity', 'a_unit_price_usd', 'b_unit_price_usd', 'a_horizon_usd', 'b_horizon_usd', 'delta_usd', 'explanation'],
    c.lines.map((l) => [
      l.key,
      l.option,
      (l.b ?? l.a)!.label,
      l.a ? formatMachineNumber(l.a.quantity) : '',
      l.b ? formatMachineNumber(l.b.quantity) : '',
      l.a?.unitPrice != null ? formatMachineNumber(l.a.unitPrice) : '',
      l.b?.unitPrice != null ? formatMachineNumber(l.b.unitPrice) : '',
      l.a ? formatMachineNumber(l.a.horizonTotal) : '',
      l.b ? formatMachineNumber(l.b.horizonTotal) : '',
      formatMachineNumber(l.delta),
      l.explanation,
    ]),
  );
}

export function optionComparisonToText(c: OptionComparison): string {
  return [
    c.summary,
    '',
    textTable(
      ['Category', 'Service', c.a, c.b, `${c.b} − ${c.a}`],
      c.rows.map((r) => [r.category, r.service, formatUsd(r.a), formatUsd(r.b), signed(r.delta)]),
      ['left', 'left', 'right', 'right', 'right'],
    ),
  ].join('\n');
}

export function optionComparisonToCsv(c: OptionComparison): string {
  return toCsv(
    ['category', 'service', `${c.a}_usd`, `${c.b}_usd`, 'delta_usd'],
    c.rows.map((r) => [r.category, r.service, formatMachineNumber(r.a), formatMachineNumber(r.b), formatMachineNumber(r.delta)]),
  );
}
