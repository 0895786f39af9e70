import ExcelJS from 'exceljs';
import type { EstimatedLine } from '../model/estimate';
import type { LineSchedule } from '../model/cost-line';
import { describeLineSource } from '../report/provenance-text';
import { lineFlag } from '../report/provenance-rows';
import type { ReportData } from '../report/report-data';

/**
 * The analyst's workbook (`report --format xlsx`, the app's Export → Excel workbook), written with
 * exceljs (Node only, like the other exporters). Six sheets, each with a frozen header row:
 * Summary, Lines, Months, Ops tasks, Assumptions, Sources (docs/reports.md, "The workbook").
 *
 * Every amount the workbook shows is the report's (so `estimate --format json`'s) to the cent. A
 * line's amount is a live formula, quantity × unit price, with its result cached beside it, so a
 * viewer that does not recalculate still shows the number; the Summary's totals are SUMIFS over
 * the Lines sheet where that sum is exact, and values with a note where it is not (NPV discounts
 * month by month). A line without a price shows "not priced" and its flag, never a silent $0.
 */

export const WORKBOOK_SHEETS = ['Summary', 'Lines', 'Months', 'Ops tasks', 'Assumptions', 'Sources'] as const;

/** Number formats: dollars with cents; unit prices keep up to six more decimals (e.g. $0.000004 per request); hours to a tenth. */
export const XLSX_FORMATS = {
  money: '$#,##0.00',
  unitPrice: '$#,##0.00######',
  hours: '#,##0.0',
  quantity: '#,##0.####',
  count: '0',
} as const;

/** What the Lines sheet's amount cell holds for a line without a price: text, so no sum counts it and nobody reads it as $0. */
export const NOT_PRICED = 'not priced (!)';

/** Lines sheet headers, in order; the amount formula and the Summary's SUMIFS refer to them by letter. */
const LINE_COLUMNS = [
  'Option', 'Option id', 'Workload', 'Deployment', 'Service', 'Category', 'Line id', 'Line', 'Quantity', 'Unit',
  'Unit price (USD)', 'Amount (USD)', 'Amount per', 'Schedule', 'In month-1 run-rate', 'Horizon total (USD)',
  'Engineer hours', 'Hours count as', 'Price basis', 'Source', 'As of', 'Refs', 'Flag',
] as const;

type LineKey = (typeof LINE_COLUMNS)[number];

/** Number formats by header, for every sheet (a header means the same thing wherever it stands). */
const FORMAT_OF: Readonly<Record<string, string>> = {
  Quantity: XLSX_FORMATS.quantity,
  'Unit price (USD)': XLSX_FORMATS.unitPrice,
  'Engineer hours': XLSX_FORMATS.hours,
  Hours: XLSX_FORMATS.hours,
  'Ops hours per month': XLSX_FORMATS.hours,
  'Setup hours': XLSX_FORMATS.hours,
  Rank: XLSX_FORMATS.count,
  Month: XLSX_FORMATS.count,
  Ref: XLSX_FORMATS.count,
  'Lines not priced': XLSX_FORMATS.count,
  'Lines using it': XLSX_FORMATS.count,
  'Age (days)': XLSX_FORMATS.count,
};

/** Every "… (USD)" column is money unless FORMAT_OF says otherwise (unit prices). */
function formatOf(header: string): string | undefined {
  return FORMAT_OF[header] ?? (/\(USD(\/hour)?\)$/.test(header) ? XLSX_FORMATS.money : undefined);
}

/** The Lines sheet's column letter of a field. */
export function linesColumn(header: LineKey): string {
  return columnLetter(LINE_COLUMNS.indexOf(header) + 1);
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A product is written as a formula only when it is the line's amount (to a billionth, relative): tiered or adjusted amounts stay values. */
function isProduct(line: EstimatedLine, amount: number): boolean {
  return line.unitPrice !== null && Math.abs(line.quantity * line.unitPrice - amount) <= 1e-9 * Math.max(1, Math.abs(amount));
}

function recurring(s: LineSchedule): boolean {
  return s.kind === 'monthly' || s.kind === 'window';
}

/** Counts in the option's month-1 run-rate: the rule of OptionProjection.add (src/model/projection.ts). */
function inRunRate(s: LineSchedule): boolean {
  if (s.kind === 'monthly') return s.growth !== 'above-base';
  return s.kind === 'window' && s.firstMonth <= 1 && s.lastMonth >= 1;
}

/** Which of the Summary's hour totals a line's hours count in (OptionProjection.add): per month, setup, or neither. */
function hoursCountAs(s: LineSchedule): 'per month' | 'setup' | 'later months' {
  if (s.kind === 'monthly') return 'per month';
  if (s.kind === 'window') return s.firstMonth <= 1 && s.lastMonth >= 1 ? 'per month' : 'later months';
  return 'setup';
}

function scheduleText(s: LineSchedule): string {
  switch (s.kind) {
    case 'monthly':
      return s.growth === 'none' ? 'every month' : s.growth === 'usage' ? 'every month, grows with usage' : 'every month, usage above month 1';
    case 'once':
      return `once, month ${s.month}`;
    case 'every':
      return `every ${s.everyMonths} months from month ${s.firstMonth}`;
    case 'window':
      return `every month, months ${s.firstMonth}–${s.lastMonth}`;
  }
}

function priceBasis(l: EstimatedLine): string {
  const p = l.provenance;
  switch (p.kind) {
    case 'price':
      return p.source.basis === 'derived' ? 'derived from AWS prices' : `AWS price (${p.source.kind})`;
    case 'published-rate':
      return 'published rate (cited, not fetched)';
    case 'scenario-price':
      return 'scenario rate';
    case 'labour':
      return 'loaded labour rate';
    case 'input':
      return 'scenario input';
    case 'missing':
      return 'PRICE NOT FOUND';
  }
}

function flagText(l: EstimatedLine, amountIsValue: boolean): string {
  const parts: string[] = [];
  const flag = lineFlag(l);
  if (flag) parts.push(`${flag === 'missing' ? '!' : flag === 'derived' ? '~' : '*'} ${l.flag?.message ?? (flag === 'missing' ? 'price not found' : `${flag} price`)}`);
  if (amountIsValue) parts.push('amount is a value: not quantity × unit price');
  return parts.join('; ');
}

/** A sheet whose rows are objects keyed by header. */
function addSheet(wb: ExcelJS.Workbook, name: string, headers: readonly string[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = headers.map((h) => {
    const numFmt = formatOf(h);
    return { header: h, key: h, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  ws.getRow(1).font = { bold: true };
  return ws;
}

/** Column widths that fit the widest cell (its text or its formatted number), between 8 and 60 characters. */
function fitColumns(ws: ExcelJS.Worksheet): void {
  ws.columns.forEach((col) => {
    let width = 8;
    col.eachCell?.({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      const n = typeof v === 'number' ? v : v && typeof v === 'object' && 'result' in v && typeof v.result === 'number' ? v.result : null;
      const text = n !== null ? n.toLocaleString('en-US', { maximumFractionDigits: 2 }) + '$.' : String(v ?? '');
      width = Math.max(width, text.length + 2);
    });
    col.width = Math.min(60, width);
  });
}

interface LinePlace {
  readonly row: number;
  readonly line: EstimatedLine;
}

const refsText = (refs: readonly number[]) => refs.map((n) => `[${n}]`).join(' ');

/** The amount a recalculating viewer sees in a line's Amount cell: null for a line without a price (text). */
function cellAmount(l: EstimatedLine): number | null {
  if (l.unitPrice === null || lineFlag(l) === 'missing') return null;
  const amount = recurring(l.schedule) ? l.monthly : l.oneTime;
  return isProduct(l, amount) ? l.quantity * l.unitPrice : amount;
}

function writeLines(wb: ExcelJS.Workbook, report: ReportData): LinePlace[] {
  const ws = addSheet(wb, 'Lines', LINE_COLUMNS);
  const labels = new Map(report.estimate.options.map((o) => [o.option, o.label]));
  const q = linesColumn('Quantity');
  const p = linesColumn('Unit price (USD)');
  const places: LinePlace[] = [];
  report.estimate.lines.forEach((l, i) => {
    const row = i + 2;
    const amount = cellAmount(l);
    const formula = amount !== null && isProduct(l, recurring(l.schedule) ? l.monthly : l.oneTime);
    const source = l.provenance.kind === 'price' ? l.provenance.source : undefined;
    const citation = l.provenance.kind === 'published-rate' ? l.provenance.provenance.citations[0] : undefined;
    const cells: Record<LineKey, ExcelJS.CellValue> = {
      Option: labels.get(l.option) ?? l.option,
      'Option id': l.option,
      Workload: l.workloadId,
      Deployment: l.deployment,
      Service: l.service,
      Category: l.category,
      'Line id': l.id,
      Line: l.label,
      Quantity: l.quantity,
      Unit: l.unit,
      'Unit price (USD)': l.unitPrice ?? 'not found',
      'Amount (USD)': amount === null ? NOT_PRICED : formula ? { formula: `${q}${row}*${p}${row}`, result: amount } : amount,
      'Amount per': recurring(l.schedule) ? 'month' : 'occurrence',
      Schedule: scheduleText(l.schedule),
      'In month-1 run-rate': inRunRate(l.schedule) ? 'yes' : 'no',
      'Horizon total (USD)': l.horizonTotal,
      'Engineer hours': l.hours ?? null,
      'Hours count as': l.hours === undefined ? '' : hoursCountAs(l.schedule),
      'Price basis': priceBasis(l),
      Source: describeLineSource(l),
      'As of': source?.asOf ?? citation?.date ?? '',
      Refs: refsText(report.lineSources[l.id]?.refs ?? []),
      Flag: flagText(l, amount !== null && !formula),
    };
    ws.addRow(cells);
    places.push({ row, line: l });
  });
  ws.autoFilter = { from: 'A1', to: `${columnLetter(LINE_COLUMNS.length)}1` };
  fitColumns(ws);
  return places;
}

/**
 * SUMIFS over the Lines sheet rows of one option, with more criteria (column, value); its cached
 * result is the same sum of the same cells, taken here in the same order.
 */
function sumLines(places: readonly LinePlace[], option: string, sumOf: LineKey, criteria: readonly (readonly [LineKey, string])[], valueOf: (l: EstimatedLine) => number | null, match: (l: EstimatedLine) => boolean): ExcelJS.CellFormulaValue {
  const last = places.length + 1;
  const range = (k: LineKey) => `Lines!$${linesColumn(k)}$2:$${linesColumn(k)}$${last}`;
  const args = [range(sumOf), range('Option id'), `"${option}"`, ...criteria.flatMap(([k, v]) => [range(k), `"${v}"`])];
  let result = 0;
  for (const { line } of places) if (line.option === option && match(line)) result += valueOf(line) ?? 0;
  return { formula: `SUMIFS(${args.join(',')})`, result };
}

const RUN_RATE_CATEGORIES = ['infrastructure', 'operations', 'security', 'downtime'] as const;
const capitalised = (c: string) => c.charAt(0).toUpperCase() + c.slice(1);

const SUMMARY_COLUMNS = [
  'Option', 'Option id', 'Rank', 'Horizon total (USD)', 'NPV (USD)', 'Monthly run-rate (USD)',
  ...RUN_RATE_CATEGORIES.map((c) => `${capitalised(c)} run-rate (USD)`),
  'One-time total (USD)', 'Ops hours per month', 'Setup hours', 'Lines not priced',
];

function writeSummary(ws: ExcelJS.Worksheet, report: ReportData, places: readonly LinePlace[]): void {
  const est = report.estimate;
  const runRate = (l: EstimatedLine) => inRunRate(l.schedule);
  const hoursAs = (as: 'per month' | 'setup') => (l: EstimatedLine) => l.hours !== undefined && hoursCountAs(l.schedule) === as;
  for (const o of est.options) {
    const id = o.option;
    const cells: Record<string, ExcelJS.CellValue> = {
      Option: o.label,
      'Option id': id,
      Rank: est.ranking.indexOf(id) + 1,
      'Horizon total (USD)': sumLines(places, id, 'Horizon total (USD)', [], (l) => l.horizonTotal, () => true),
      'NPV (USD)': o.npv,
      'Monthly run-rate (USD)': sumLines(places, id, 'Amount (USD)', [['In month-1 run-rate', 'yes']], cellAmount, runRate),
      'One-time total (USD)': sumLines(places, id, 'Horizon total (USD)', [['Amount per', 'occurrence']], (l) => l.horizonTotal, (l) => !recurring(l.schedule)),
      'Ops hours per month': sumLines(places, id, 'Engineer hours', [['Hours count as', 'per month']], (l) => l.hours ?? 0, hoursAs('per month')),
      'Setup hours': sumLines(places, id, 'Engineer hours', [['Hours count as', 'setup']], (l) => l.hours ?? 0, hoursAs('setup')),
      'Lines not priced': est.lines.filter((l) => l.option === id && lineFlag(l) === 'missing').length,
    };
    for (const c of RUN_RATE_CATEGORIES) {
      cells[`${capitalised(c)} run-rate (USD)`] = sumLines(places, id, 'Amount (USD)', [['In month-1 run-rate', 'yes'], ['Category', c]], cellAmount, (l) => runRate(l) && l.category === c);
    }
    ws.addRow(cells);
  }
  // Widths fit the table; the notes below it are long sentences that may run on into empty cells.
  fitColumns(ws);
  const range = report.provenance.asOfRange;
  const notes: [string, string][] = [
    ['Scenario', report.source.variant ? `${est.scenario.name} (variant ${report.source.variant})` : est.scenario.name],
    ['Question', est.scenario.question],
    ['Region', est.scenario.region],
    ['Horizon', `${est.scenario.horizonMonths} months`],
    ['Recommendation', report.recommendation?.headline ?? report.refusal?.headline ?? 'none'],
    ['Prices', `${est.catalogue.name}${range ? `; as of ${range.oldest} to ${range.newest}` : ''}`],
    ['Generated', `${report.generatedAt} by ${report.generator}`],
    ['Scenario file SHA-256', report.source.sha256],
    [
      'How the totals are made',
      'Horizon, run-rate, one-time and hours are SUMIFS over the Lines sheet, so they follow edits there; NPV is a value (each month discounted at the scenario rate; see the Months sheet), not a sum of lines.',
    ],
  ];
  const missing = report.provenance.missingLines;
  if (missing > 0) notes.push(['Prices not found', `${missing} line${missing > 1 ? 's have' : ' has'} no price (marked "${NOT_PRICED}" on the Lines sheet): the totals count them as $0 and are too low.`]);
  ws.addRow({});
  for (const [k, v] of notes) ws.addRow({ Option: k, 'Option id': v }).getCell(1).font = { bold: true };
}

const MONTH_FIELDS = ['infrastructure', 'operations', 'security', 'downtime', 'oneTime', 'total', 'cumulative', 'discounted', 'cumulativeDiscounted'] as const;
const MONTH_HEADERS: Readonly<Record<(typeof MONTH_FIELDS)[number], string>> = {
  infrastructure: 'Infrastructure (USD)',
  operations: 'Operations (USD)',
  security: 'Security (USD)',
  downtime: 'Downtime (USD)',
  oneTime: 'One-time (USD)',
  total: 'Total (USD)',
  cumulative: 'Cumulative (USD)',
  discounted: 'Discounted (USD)',
  cumulativeDiscounted: 'Cumulative discounted (USD)',
};

function writeMonths(wb: ExcelJS.Workbook, report: ReportData): void {
  const ws = addSheet(wb, 'Months', ['Option', 'Option id', 'Month', ...MONTH_FIELDS.map((f) => MONTH_HEADERS[f])]);
  for (const o of report.estimate.options) {
    for (const r of o.projection) {
      const cells: Record<string, ExcelJS.CellValue> = { Option: o.label, 'Option id': o.option, Month: r.month };
      for (const f of MONTH_FIELDS) cells[MONTH_HEADERS[f]] = r[f];
      ws.addRow(cells);
    }
  }
  fitColumns(ws);
}

function writeOpsTasks(wb: ExcelJS.Workbook, report: ReportData): void {
  const ws = addSheet(wb, 'Ops tasks', [
    'Option', 'Line id', 'Task', 'Task id', 'Kind', 'Hours', 'Role', 'Loaded rate (USD/hour)', 'Rate source',
    'Amount (USD)', 'Horizon total (USD)', 'Category', 'Overridden', 'Refs', 'Rationale',
  ]);
  for (const d of report.optionDetails) {
    for (const r of d.opsEffort) {
      ws.addRow({
        Option: d.label,
        'Line id': r.lineId,
        Task: r.task,
        'Task id': r.taskId ?? '',
        Kind: r.kind === 'monthly' ? 'per month' : 'one-time',
        Hours: r.hours,
        Role: r.roleLabel,
        'Loaded rate (USD/hour)': r.hourlyUsd ?? 'not found',
        'Rate source': r.rateSource === 'default' ? 'default (cited)' : 'scenario',
        'Amount (USD)': r.amountUsd,
        'Horizon total (USD)': r.horizonUsd,
        Category: r.category,
        Overridden: r.overridden ? 'yes' : '',
        Refs: refsText(r.refs),
        Rationale: r.rationale,
      });
    }
  }
  fitColumns(ws);
}

function writeAssumptions(wb: ExcelJS.Workbook, report: ReportData): void {
  const ws = addSheet(wb, 'Assumptions', ['Group', 'Item', 'Value', 'Unit', 'Source']);
  const a = report.assumptions;
  const add = (Group: string, Item: string, Value: ExcelJS.CellValue, Source: string, Unit = '') => ws.addRow({ Group, Item, Value, Unit, Source });
  for (const s of a.settings) add('Setting', s.label, s.value, s.source);
  for (const l of a.labour) {
    const source = `${l.source === 'default' ? 'default' : 'scenario'} ${refsText(l.refs)}: ${l.rationale}`;
    add('Loaded labour rate', l.label, l.hourlyUsd, source, 'USD/hour').getCell('Value').numFmt = XLSX_FORMATS.money;
  }
  for (const i of a.inputs) add(`Input: ${i.group}`, `${i.label} (${i.path})`, i.value, i.isDefault ? 'default' : 'scenario', i.unit);
  for (const w of a.workloads) for (const s of w.settings) add(`Workload: ${w.name}`, s.path, s.value, 'scenario (defaults filled in)');
  for (const u of a.uncertainty) add('Uncertainty', `${u.label} (${u.path})`, u.distribution, 'scenario');
  for (const r of a.sensitivityRanges) add('Sensitivity range', r.path, `${r.low} to ${r.high}`, 'scenario (analysis.sensitivity.ranges)');
  if (a.notes) add('Notes', 'Scenario notes', a.notes, 'scenario');
  fitColumns(ws);
}

function writeSources(wb: ExcelJS.Workbook, report: ReportData): void {
  const ws = addSheet(wb, 'Sources', ['Ref', 'Kind', 'Title', 'As of / date', 'From', 'Basis', 'Grade', 'Lines using it', 'Age (days)', 'Stale', 'URL', 'Note']);
  for (const r of report.provenance.references) {
    ws.addRow({
      Ref: r.n,
      Kind: r.kind,
      Title: r.title,
      'As of / date': r.date,
      From: r.sourceKind ?? '',
      Basis: r.basis ?? '',
      Grade: r.grade ?? '',
      'Lines using it': r.lineCount ?? null,
      'Age (days)': r.ageDays ?? null,
      Stale: r.stale ? 'STALE' : '',
      URL: r.url ?? '',
      Note: [r.note, r.dateNote].filter(Boolean).join('; '),
    });
  }
  fitColumns(ws);
}

/** The workbook of a report: sheets in WORKBOOK_SHEETS order (the Summary first, as a reader opens it). */
export function buildWorkbook(report: ReportData): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = report.generator;
  wb.created = new Date(report.generatedAt);
  wb.modified = wb.created;
  // Excel recalculates on open; viewers that do not still show the cached results.
  wb.calcProperties.fullCalcOnLoad = true;
  const summary = addSheet(wb, 'Summary', SUMMARY_COLUMNS);
  const places = writeLines(wb, report);
  writeSummary(summary, report, places);
  writeMonths(wb, report);
  writeOpsTasks(wb, report);
  writeAssumptions(wb, report);
  writeSources(wb, report);
  return wb;
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(report: ReportData): Promise<Uint8Array> {
  const buffer = await buildWorkbook(report).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
