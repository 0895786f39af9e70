import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/aws/load-catalogue';
import { estimate, parseScenario, parseScenarioJson, variantScenario, type Estimate } from '../../src/index';
import { buildWorkbook, exportXlsx, NOT_PRICED, reportData, WORKBOOK_SHEETS, XLSX_FORMATS } from '../../src/export';
import { roundCents } from '../../src/format/format';
import type { EstimatedLine } from '../../src/model/estimate';
import { EXAMPLES_DIR } from '../support/paths';
import { runCli } from '../support/run-cli';
import { tempDir } from './support/report-test-kit';

/**
 * The analyst's workbook read back with exceljs: every line's amount and every formula's result
 * (recomputed here from the cells the formula names) equal `estimate --format json` to the cent,
 * for every example; the Summary's SUMIFS over the Lines sheet give the options' totals; sheet
 * names, frozen header rows and number formats are as documented; a line without a price says so.
 */

const cacheDir = tempDir('tco-empty-cache-');
const catalogue = loadCatalogue({ cacheDir }).catalogue;
const EXAMPLES = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.tco.json'));

function cliEstimate(file: string): Estimate {
  const run = runCli(['estimate', file, '--format', 'json'], { env: { TCO_STUDIO_CACHE_DIR: cacheDir } });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Estimate;
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Header name → 1-based column number of a sheet's first row. */
function headerColumns(ws: ExcelJS.Worksheet): Map<string, number> {
  const map = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => map.set(String(cell.value), col));
  return map;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function isFormula(v: ExcelJS.CellValue): v is ExcelJS.CellFormulaValue {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

/** The value of a cell as a recalculating viewer sees it: a number, or for `Q*P` the product of the cells it names on the same sheet. */
function evaluate(ws: ExcelJS.Worksheet, row: number, col: number): number | string | null {
  const v = ws.getRow(row).getCell(col).value;
  if (!isFormula(v)) return v as number | string | null;
  const m = /^([A-Z]+)(\d+)\*([A-Z]+)(\d+)$/.exec(v.formula);
  if (!m) throw new Error(`unexpected formula ${v.formula}`);
  const a = ws.getRow(Number(m[2])).getCell(columnNumber(m[1]!)).value;
  const b = ws.getRow(Number(m[4])).getCell(columnNumber(m[3]!)).value;
  expect(typeof a).toBe('number');
  expect(typeof b).toBe('number');
  return (a as number) * (b as number);
}

/** SUMIFS(sum range, criteria range, "value", …) over the Lines sheet, evaluated as a spreadsheet would (text cells count as nothing). */
function evaluateSumifs(lines: ExcelJS.Worksheet, formula: string): number {
  const m = /^SUMIFS\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a SUMIFS: ${formula}`);
  const args = m[1]!.split(',');
  const range = (ref: string) => {
    const r = /^Lines!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
    if (!r || r[1] !== r[3]) throw new Error(`unexpected range ${ref}`);
    return { col: columnNumber(r[1]!), first: Number(r[2]), last: Number(r[4]) };
  };
  const sum = range(args[0]!);
  expect(sum.first).toBe(2);
  expect(sum.last).toBe(lines.rowCount);
  const criteria: { col: number; value: string }[] = [];
  for (let i = 1; i < args.length; i += 2) criteria.push({ col: range(args[i]!).col, value: JSON.parse(args[i + 1]!) as string });
  let total = 0;
  for (let row = sum.first; row <= sum.last; row++) {
    if (!criteria.every((c) => lines.getRow(row).getCell(c.col).value === c.value)) continue;
    const v = evaluate(lines, row, sum.col);
    if (typeof v === 'number') total += v;
  }
  return total;
}

const amountOf = (l: EstimatedLine) => (l.schedule.kind === 'monthly' || l.schedule.kind === 'window' ? l.monthly : l.oneTime);

describe.each(EXAMPLES)('the workbook of %s', (name) => {
  const file = join(EXAMPLES_DIR, name);
  const scenarioText = readFileSync(file, 'utf8');

  it('equals estimate --format json to the cent: every line, every formula, the summary and the months', async () => {
    const dir = tempDir();
    const out = join(dir, 'costs.xlsx');
    const result = await exportXlsx({ scenarioText, catalogue, generatedAt: '2026-11-26T09:30:00.000Z' }, { outPath: out });
    expect(result.files).toEqual([out]);
    expect(readdirSync(dir)).toEqual(['costs.xlsx']);
    const cli = cliEstimate(file);
    const wb = await readWorkbook(out);

    expect(wb.worksheets.map((w) => w.name)).toEqual([...WORKBOOK_SHEETS]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font?.bold, ws.name).toBe(true);
      for (const col of ws.columns) expect(col.width, `${ws.name} column ${col.letter}`).toBeGreaterThanOrEqual(8);
    }

    // Lines: one row per line, in the estimate's order.
    const lines = sheet(wb, 'Lines');
    const c = headerColumns(lines);
    const col = (h: string) => {
      const n = c.get(h);
      if (n === undefined) throw new Error(`Lines has no column ${h}`);
      return n;
    };
    expect(lines.rowCount).toBe(cli.lines.length + 1);
    let formulas = 0;
    cli.lines.forEach((l, i) => {
      const row = i + 2;
      const cell = (h: string) => lines.getRow(row).getCell(col(h));
      expect(cell('Line id').value).toBe(l.id);
      expect(cell('Option id').value).toBe(l.option);
      expect(cell('Quantity').value).toBe(l.quantity);
      expect(cell('Unit').value).toBe(l.unit);
      expect(cell('Category').value).toBe(l.category);
      const amount = cell('Amount (USD)');
      if (l.unitPrice === null) {
        expect(amount.value).toBe(NOT_PRICED);
        expect(String(cell('Flag').value)).toMatch(/^! /);
      } else {
        expect(cell('Unit price (USD)').value).toBe(l.unitPrice);
        const v = amount.value;
        if (isFormula(v)) {
          formulas++;
          // The formula multiplies this row's quantity by this row's unit price.
          const m = /^([A-Z]+)(\d+)\*([A-Z]+)(\d+)$/.exec(v.formula);
          expect(m, v.formula).not.toBeNull();
          expect([columnNumber(m![1]!), Number(m![2])]).toEqual([col('Quantity'), row]);
          expect([columnNumber(m![3]!), Number(m![4])]).toEqual([col('Unit price (USD)'), row]);
          expect(roundCents(v.result as number)).toBe(roundCents(amountOf(l)));
        }
        expect(roundCents(evaluate(lines, row, col('Amount (USD)')) as number), l.id).toBe(roundCents(amountOf(l)));
      }
      expect(amount.numFmt).toBe(XLSX_FORMATS.money);
      expect(cell('Unit price (USD)').numFmt).toBe(XLSX_FORMATS.unitPrice);
      expect(cell('Horizon total (USD)').numFmt).toBe(XLSX_FORMATS.money);
      expect(cell('Engineer hours').numFmt).toBe(XLSX_FORMATS.hours);
      expect(roundCents(cell('Horizon total (USD)').value as number)).toBe(roundCents(l.horizonTotal));
      expect(cell('Engineer hours').value ?? undefined).toBe(l.hours);
      const src = l.provenance.kind === 'price' ? l.provenance.source : undefined;
      if (src) expect(cell('As of').value).toBe(src.asOf);
      if (src?.basis === 'derived') expect(String(cell('Flag').value)).toMatch(/^~ /);
      expect(String(cell('Source').value).length).toBeGreaterThan(0);
    });
    expect(formulas).toBeGreaterThan(0);

    // Summary: SUMIFS over the Lines sheet, recomputed here, and their cached results, equal the options' totals.
    const summary = sheet(wb, 'Summary');
    const s = headerColumns(summary);
    const expectations: [string, (o: Estimate['options'][number]) => number, boolean][] = [
      ['Horizon total (USD)', (o) => o.horizonTotal, true],
      ['Monthly run-rate (USD)', (o) => o.monthlyRunRate, true],
      ['Infrastructure run-rate (USD)', (o) => o.runRateByCategory.infrastructure, true],
      ['Operations run-rate (USD)', (o) => o.runRateByCategory.operations, true],
      ['Security run-rate (USD)', (o) => o.runRateByCategory.security, true],
      ['Downtime run-rate (USD)', (o) => o.runRateByCategory.downtime, true],
      ['One-time total (USD)', (o) => o.oneTimeTotal, true],
      ['Ops hours per month', (o) => o.opsHoursPerMonth, true],
      ['Setup hours', (o) => o.setupHours, true],
      ['NPV (USD)', (o) => o.npv, false],
    ];
    cli.options.forEach((o, i) => {
      const row = summary.getRow(i + 2);
      expect(row.getCell(s.get('Option id')!).value).toBe(o.option);
      expect(row.getCell(s.get('Rank')!).value).toBe(cli.ranking.indexOf(o.option) + 1);
      for (const [header, want, formula] of expectations) {
        const cell = row.getCell(s.get(header)!);
        const v = cell.value;
        expect(cell.numFmt, header).toBe(header.includes('hours') ? XLSX_FORMATS.hours : XLSX_FORMATS.money);
        if (formula) {
          expect(isFormula(v), `${o.option} ${header}`).toBe(true);
          const f = v as ExcelJS.CellFormulaValue;
          // exceljs 4.4.0 writes a cached 0 as <v>0</v> but reads it back as no result: read that as 0.
          expect(roundCents((f.result ?? 0) as number), `${o.option} ${header} cached`).toBe(roundCents(want(o)));
          expect(roundCents(evaluateSumifs(lines, f.formula)), `${o.option} ${header} recomputed`).toBe(roundCents(want(o)));
        } else {
          expect(roundCents(v as number), `${o.option} ${header}`).toBe(roundCents(want(o)));
        }
      }
    });
    // The note says NPV is a value, not a sum of lines.
    const notes: string[] = [];
    summary.eachRow((r, n) => {
      if (n > cli.options.length + 1) notes.push(`${String(r.getCell(1).value)}: ${String(r.getCell(2).value)}`);
    });
    expect(notes.join('\n')).toMatch(/NPV is a value/);

    // Months: the projection, month by month.
    const months = sheet(wb, 'Months');
    const m = headerColumns(months);
    expect(months.rowCount).toBe(cli.options.length * cli.scenario.horizonMonths + 1);
    let row = 2;
    for (const o of cli.options) {
      for (const p of o.projection) {
        const r = months.getRow(row++);
        expect(r.getCell(m.get('Option id')!).value).toBe(o.option);
        expect(r.getCell(m.get('Month')!).value).toBe(p.month);
        expect(roundCents(r.getCell(m.get('Total (USD)')!).value as number)).toBe(roundCents(p.total));
        expect(roundCents(r.getCell(m.get('Cumulative (USD)')!).value as number)).toBe(roundCents(p.cumulative));
        expect(roundCents(r.getCell(m.get('Cumulative discounted (USD)')!).value as number)).toBe(roundCents(p.cumulativeDiscounted));
        expect(r.getCell(m.get('Total (USD)')!).numFmt).toBe(XLSX_FORMATS.money);
      }
    }

    // Ops tasks: one row per labour line, hours formatted as hours.
    const ops = sheet(wb, 'Ops tasks');
    const labour = cli.lines.filter((l) => l.provenance.kind === 'labour');
    expect(ops.rowCount).toBe(labour.length + 1);
    const oc = headerColumns(ops);
    labour.forEach((l, i) => {
      const r = ops.getRow(i + 2);
      expect(r.getCell(oc.get('Line id')!).value).toBe(l.id);
      expect(roundCents(r.getCell(oc.get('Amount (USD)')!).value as number)).toBe(roundCents(amountOf(l)));
      expect(r.getCell(oc.get('Hours')!).numFmt).toBe(XLSX_FORMATS.hours);
    });

    // Sources: every price source of the estimate, with its as-of date.
    const sources = sheet(wb, 'Sources');
    const sc = headerColumns(sources);
    const priceRows: string[] = [];
    sources.eachRow((r, n) => {
      if (n > 1 && r.getCell(sc.get('Kind')!).value === 'price') priceRows.push(String(r.getCell(sc.get('As of / date')!).value));
    });
    expect(priceRows).toEqual(cli.priceSources.map((u) => u.source.asOf));
    expect(sheet(wb, 'Assumptions').rowCount).toBeGreaterThan(1);
  });
});

describe('a workbook with prices not found', () => {
  it('marks each unpriced line "not priced (!)" with its flag, counts them per option and says the totals are too low', async () => {
    const dir = tempDir();
    const scenario = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json'), 'utf8')) as { region: string };
    scenario.region = 'ap-east-2'; // the offline price data has no EBS rates for Asia Pacific (Taipei)
    const scenarioText = JSON.stringify(scenario);
    const result = await exportXlsx({ scenarioText, catalogue }, { outPath: join(dir, 'taipei.xlsx') });
    const missing = result.estimate.lines.filter((l) => l.unitPrice === null);
    expect(missing.length).toBeGreaterThan(0);
    const wb = await readWorkbook(join(dir, 'taipei.xlsx'));
    const lines = sheet(wb, 'Lines');
    const c = headerColumns(lines);
    for (const l of missing) {
      const row = result.estimate.lines.indexOf(l) + 2;
      expect(lines.getRow(row).getCell(c.get('Amount (USD)')!).value).toBe(NOT_PRICED);
      expect(lines.getRow(row).getCell(c.get('Unit price (USD)')!).value).toBe('not found');
      expect(String(lines.getRow(row).getCell(c.get('Flag')!).value)).toMatch(/^! /);
    }
    const summary = sheet(wb, 'Summary');
    const s = headerColumns(summary);
    const counted = result.estimate.options.map((_, i) => summary.getRow(i + 2).getCell(s.get('Lines not priced')!).value as number);
    expect(counted.reduce((a, b) => a + b, 0)).toBe(missing.length);
    const text: string[] = [];
    summary.eachRow((r) => text.push(`${String(r.getCell(1).value)}: ${String(r.getCell(2).value)}`));
    expect(text.join('\n')).toContain(`Prices not found: ${missing.length} lines have no price`);
    expect(text.join('\n')).toMatch(/Recommendation: No recommendation/);
  });
});

describe('a line whose amount is not quantity × unit price', () => {
  it('holds the amount as a value, says so in its flag, and the Summary\'s SUMIFS still give the run-rate', async () => {
    const scenarioText = readFileSync(join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json'), 'utf8');
    const report = reportData({ scenarioText, catalogue, generatedAt: '2026-11-26T09:30:00.000Z' });
    // As a tiered price would: the amount is not the quantity times the (average) unit price shown.
    const index = report.estimate.lines.findIndex((l) => l.schedule.kind === 'monthly' && l.unitPrice !== null && l.monthly > 0);
    const line = report.estimate.lines[index]!;
    const tiered = { ...line, monthly: line.monthly * 0.9 };
    const option = report.estimate.options.find((o) => o.option === line.option)!;
    const lines = report.estimate.lines.map((l, i) => (i === index ? tiered : l));
    const changed = { ...report, estimate: { ...report.estimate, lines } };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await buildWorkbook(changed).xlsx.writeBuffer());
    const sheetLines = sheet(wb, 'Lines');
    const c = headerColumns(sheetLines);
    const row = sheetLines.getRow(index + 2);
    expect(row.getCell(c.get('Amount (USD)')!).value).toBe(tiered.monthly);
    expect(String(row.getCell(c.get('Flag')!).value)).toContain('amount is a value: not quantity × unit price');
    const summary = sheet(wb, 'Summary');
    const s = headerColumns(summary);
    const at = report.estimate.options.indexOf(option) + 2;
    const f = summary.getRow(at).getCell(s.get('Monthly run-rate (USD)')!).value as ExcelJS.CellFormulaValue;
    const want = option.monthlyRunRate - line.monthly * 0.1;
    expect(roundCents(f.result as number)).toBe(roundCents(want));
    expect(roundCents(evaluateSumifs(sheetLines, f.formula))).toBe(roundCents(want));
  });
});

describe('variants', () => {
  it('exports the named variant: its Summary totals are the variant scenario\'s', async () => {
    const text = readFileSync(join(EXAMPLES_DIR, 'startup-db-and-ml.tco.json'), 'utf8');
    const base = parseScenarioJson(text);
    const name = base.variants[0]!.name;
    const expected = estimate(variantScenario(base, name, parseScenario), catalogue);
    const dir = tempDir();
    await exportXlsx({ scenarioText: text, variant: name, catalogue }, { outPath: join(dir, 'v.xlsx') });
    const summary = sheet(await readWorkbook(join(dir, 'v.xlsx')), 'Summary');
    const s = headerColumns(summary);
    expected.options.forEach((o, i) => {
      const v = summary.getRow(i + 2).getCell(s.get('Horizon total (USD)')!).value as ExcelJS.CellFormulaValue;
      expect(roundCents(v.result as number)).toBe(roundCents(o.horizonTotal));
    });
    expect(expected.options.map((o) => o.horizonTotal)).not.toEqual(estimate(base, catalogue).options.map((o) => o.horizonTotal));
  });
});

describe('tco-studio report --format xlsx', () => {
  it('writes the workbook (format from the extension or --format), prints its path, and its totals are the estimate\'s', async () => {
    const dir = tempDir();
    const file = join(EXAMPLES_DIR, 'ml-team-of-eight.tco.json');
    const env = { TCO_STUDIO_CACHE_DIR: cacheDir };
    const byExt = runCli(['report', file, '--out', join(dir, 'ml.xlsx')], { env });
    expect(byExt.code, byExt.stderr).toBe(0);
    expect(byExt.stdout).toBe(`${join(dir, 'ml.xlsx')}\n`);
    const byFlag = runCli(['report', file, '--out', join(dir, 'ml.bin'), '--format', 'xlsx'], { env });
    expect(byFlag.code, byFlag.stderr).toBe(0);
    expect(readFileSync(join(dir, 'ml.bin')).subarray(0, 2).toString()).toBe('PK');
    const cli = cliEstimate(file);
    const summary = sheet(await readWorkbook(join(dir, 'ml.xlsx')), 'Summary');
    const s = headerColumns(summary);
    cli.options.forEach((o, i) => {
      const v = summary.getRow(i + 2).getCell(s.get('Horizon total (USD)')!).value as ExcelJS.CellFormulaValue;
      expect(roundCents(v.result as number)).toBe(roundCents(o.horizonTotal));
    });
    expect(readdirSync(dir).sort()).toEqual(['ml.bin', 'ml.xlsx']);
  });

  it('a bad output folder: exit 1 with the reason, no file; --sections is refused for a workbook', () => {
    const file = join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json');
    const run = runCli(['report', file, '--out', '/nonexistent-folder/r.xlsx']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('tco-studio: /nonexistent-folder/r.xlsx: the folder /nonexistent-folder does not exist\n');
    const dir = tempDir();
    const sections = runCli(['report', file, '--out', join(dir, 'r.xlsx'), '--sections', 'lines']);
    expect(sections.code).toBe(2);
    expect(sections.stderr).toMatch(/--sections: applies to PDF and HTML reports; an XLSX export always holds everything/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('an existing file at the path', () => {
  it('is replaced only when the new workbook is complete', async () => {
    const dir = tempDir();
    const out = join(dir, 'keep.xlsx');
    writeFileSync(out, 'old');
    const scenarioText = readFileSync(join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json'), 'utf8');
    await expect(exportXlsx({ scenarioText: '{', catalogue }, { outPath: out })).rejects.toThrow();
    expect(readFileSync(out, 'utf8')).toBe('old');
    await exportXlsx({ scenarioText, catalogue }, { outPath: out });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toEqual(['keep.xlsx']);
  });
});
