import { ModelError } from '../model/errors';
import type { ImportedSpend, MonthlySpend } from './imported-spend';

/**
 * Reads the CSV the Cost Explorer console downloads ("Download CSV") when costs are grouped by
 * Service: a header `"Service","EC2-Instances($)",…,"Total costs($)"`, a `"Service total"` row,
 * then one row per day or per month dated YYYY-MM-DD. The result is the same `ImportedSpend` an
 * API import gives, by Cost Explorer SERVICE name, so calibration reads it alike.
 *
 * The file is checked, not trusted: every amount must be a number, each column's date rows must
 * add up to its "Service total" and each row's services to its "Total costs($)".
 */

export const COST_EXPLORER_CSV_HOW_TO = 'Cost Explorer → Group by: Service → Download CSV';

/** The largest file read: a year of daily rows for a hundred services is well under a megabyte. */
export const MAX_COST_EXPLORER_CSV_BYTES = 20 * 1024 * 1024;

const EXPECTED_LAYOUT = `expected the CSV the Cost Explorer console downloads (${COST_EXPLORER_CSV_HOW_TO}): a "Service" column of dates (YYYY-MM-DD), one "<service>($)" column per service and a "Service total" row`;

/** Console column labels (without "($)") → Cost Explorer API SERVICE values; other labels are kept as they are. */
const LABEL_TO_SERVICE: Readonly<Record<string, string>> = {
  'EC2-Instances': 'Amazon Elastic Compute Cloud - Compute',
  'EC2-Other': 'EC2 - Other',
  'EC2-ELB': 'Amazon Elastic Load Balancing',
  'Elastic Load Balancing': 'Amazon Elastic Load Balancing',
  'Relational Database Service': 'Amazon Relational Database Service',
  SageMaker: 'Amazon SageMaker',
  S3: 'Amazon Simple Storage Service',
  VPC: 'Amazon Virtual Private Cloud',
  CloudWatch: 'AmazonCloudWatch',
  'Elastic Container Service for Kubernetes': 'Amazon Elastic Container Service for Kubernetes',
  Tax: 'Tax',
};

const TOTAL_ROW = 'service total';
const TOTAL_COLUMN = /^total costs?$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

interface CsvRow {
  /** 1-based line of the file where the row starts. */
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * RFC 4180 fields: separated by commas, rows by CRLF, LF or CR; a field in double quotes may hold
 * commas, line breaks and doubled quotes. Rows that are empty are left out.
 */
function tokenizeCsv(text: string, fileName: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let afterQuote = false;
  const endField = () => {
    cells.push(field);
    field = '';
    afterQuote = false;
  };
  const endRow = () => {
    endField();
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === ',') endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else if (c === '"' && field === '' && !afterQuote) quoted = true;
    else if (afterQuote) throw new ModelError(`${fileName}, line ${line}: unexpected ${JSON.stringify(c)} after a closing quote (a quote inside a quoted field is written "")`);
    else if (c === '"') throw new ModelError(`${fileName}, line ${line}: a quote inside an unquoted field; the field must be quoted and the quote written ""`);
    else field += c;
  }
  if (quoted) throw new ModelError(`${fileName}, line ${rowLine}: a quoted field is never closed`);
  endRow();
  return rows;
}

/** `"EC2-Instances($)"` → `EC2-Instances`; a column in another currency or without one is refused. */
function serviceLabel(header: string, column: number, fileName: string): string {
  const m = /^([\s\S]*)\(([^()]*)\)$/.exec(header.trim());
  if (m && m[2] === '$' && m[1]!.trim() !== '') return m[1]!.trim();
  if (m && /^(?:[A-Z]{3}|[^\sA-Za-z0-9]{1,3})$/.test(m[2]!.trim())) {
    throw new ModelError(`${fileName}, line 1, column ${column + 1} "${header}": costs are in ${m[2]!.trim()}, not US dollars; TCO Studio needs USD ("($)" columns): show costs in USD in the Cost Explorer console and download again`);
  }
  throw new ModelError(`${fileName}, line 1, column ${column + 1} "${header}" is not a service cost column like "EC2-Instances($)"; ${EXPECTED_LAYOUT}`);
}

function amount(cell: string, line: number, column: string, fileName: string): number {
  const text = cell.trim();
  if (text === '') return 0;
  const value = NUMBER.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) throw new ModelError(`${fileName}, line ${line}, column "${column}": ${JSON.stringify(cell)} is not an amount of US dollars`);
  return value;
}

function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Totals may differ from the sum of their parts by rounding: under half a cent plus a millionth of the amount. */
function agrees(sum: number, total: number): boolean {
  return Math.abs(sum - total) < 0.005 + Math.abs(total) * 1e-6;
}

const usd = (n: number) => `$${n.toFixed(4)}`;

interface DateRow {
  readonly line: number;
  readonly date: string;
  readonly amounts: readonly number[];
}

/**
 * Parses a Cost Explorer console CSV grouped by Service (monthly or daily rows) into imported
 * spend. Daily rows are added up per month; a month the rows cover only some days of is marked
 * `partial`, and a month not over at `importedAt` is `estimated`. Throws a ModelError naming the
 * line, column and value of the first problem, or the layout expected.
 */
export function parseCostExplorerCsv(text: string, fileName: string, importedAt: string): ImportedSpend {
  const rows = tokenizeCsv(text.replace(/^\uFEFF/, ''), fileName);
  const header = rows[0];
  if (!header) throw new ModelError(`${fileName} is empty; ${EXPECTED_LAYOUT}`);
  const first = header.cells[0]!.trim();
  const rest = header.cells.slice(1);
  if (first.toLowerCase() !== 'service') {
    if (rest.some((h) => /\(\$\)\s*$/.test(h))) {
      throw new ModelError(`${fileName}: the costs are grouped by "${first}"; TCO Studio needs them grouped by Service (${COST_EXPLORER_CSV_HOW_TO})`);
    }
    throw new ModelError(`${fileName}, line 1: the first column is "${first}", not "Service"; ${EXPECTED_LAYOUT}`);
  }
  if (rest.length > 0 && rest.every((h) => DATE.test(h.trim()))) {
    throw new ModelError(`${fileName}: the dates are across the top and the services down the side (a transposed table); ${EXPECTED_LAYOUT}`);
  }
  const labels = rest.map((h, i) => serviceLabel(h, i + 1, fileName));
  const totalColumn = labels.findIndex((l) => TOTAL_COLUMN.test(l));
  if (labels.every((_, i) => i === totalColumn)) throw new ModelError(`${fileName}, line 1: no service columns; ${EXPECTED_LAYOUT}`);
  const seen = new Set<string>();
  labels.forEach((l, i) => {
    if (seen.has(l)) throw new ModelError(`${fileName}, line 1, column ${i + 2}: "${rest[i]}" appears twice`);
    seen.add(l);
  });

  let totals: DateRow | undefined;
  const dated: DateRow[] = [];
  for (const row of rows.slice(1)) {
    if (row.cells.length !== header.cells.length) {
      throw new ModelError(`${fileName}, line ${row.line}: ${row.cells.length} fields where the header has ${header.cells.length}`);
    }
    const key = row.cells[0]!.trim();
    const amounts = rest.map((_, i) => amount(row.cells[i + 1]!, row.line, rest[i]!, fileName));
    if (key.toLowerCase() === TOTAL_ROW) {
      if (totals) throw new ModelError(`${fileName}, line ${row.line}: a second "Service total" row (the first is on line ${totals.line})`);
      totals = { line: row.line, date: key, amounts };
      continue;
    }
    const d = DATE.exec(key);
    if (!d || !isValidDate(Number(d[1]), Number(d[2]), Number(d[3]))) {
      throw new ModelError(`${fileName}, line ${row.line}, column "Service": ${JSON.stringify(row.cells[0])} is not a date (YYYY-MM-DD) or "Service total"; ${EXPECTED_LAYOUT}`);
    }
    const earlier = dated.find((r) => r.date === key);
    if (earlier) throw new ModelError(`${fileName}, line ${row.line}: the date ${key} appears twice (also on line ${earlier.line})`);
    dated.push({ line: row.line, date: key, amounts });
  }
  if (!totals) throw new ModelError(`${fileName}: no "Service total" row; ${EXPECTED_LAYOUT}`);
  if (dated.length === 0) throw new ModelError(`${fileName}: no date rows, only the "Service total"; download the CSV with a date range and a granularity of Monthly or Daily`);
  checkTotals(dated, totals, rest, totalColumn, fileName);

  dated.sort((a, b) => (a.date < b.date ? -1 : 1));
  // Monthly rows are dated the 1st, one per month; anything else is daily.
  const daily = dated.some((r) => !r.date.endsWith('-01')) || new Set(dated.map((r) => r.date.slice(0, 7))).size < dated.length;
  const months = toMonths(dated, labels, totalColumn, daily, importedAt);
  const last = dated[dated.length - 1]!.date;
  return {
    source: { kind: 'cost-explorer-csv', importedAt, fileName: baseName(fileName) },
    period: { start: dated[0]!.date, end: daily ? nextDay(last) : nextMonth(last) },
    months,
    requests: 0,
  };
}

function checkTotals(dated: readonly DateRow[], totals: DateRow, headers: readonly string[], totalColumn: number, fileName: string): void {
  headers.forEach((h, i) => {
    const sum = dated.reduce((s, r) => s + r.amounts[i]!, 0);
    if (!agrees(sum, totals.amounts[i]!)) {
      throw new ModelError(
        `${fileName}, line ${totals.line}, column "${h}": the "Service total" is ${usd(totals.amounts[i]!)} but the date rows add up to ${usd(sum)}; the file is incomplete or was edited (download it again)`,
      );
    }
  });
  if (totalColumn < 0) return;
  for (const r of [totals, ...dated]) {
    const sum = r.amounts.reduce((s, v, i) => (i === totalColumn ? s : s + v), 0);
    if (!agrees(sum, r.amounts[totalColumn]!)) {
      throw new ModelError(`${fileName}, line ${r.line}, column "${headers[totalColumn]}": ${usd(r.amounts[totalColumn]!)} but the services on that line add up to ${usd(sum)}`);
    }
  }
}

/** Date rows added up per month; with daily rows, a month missing days is partial. */
function toMonths(dated: readonly DateRow[], labels: readonly string[], totalColumn: number, daily: boolean, importedAt: string): MonthlySpend[] {
  const byMonth = new Map<string, DateRow[]>();
  for (const r of dated) byMonth.set(r.date.slice(0, 7), [...(byMonth.get(r.date.slice(0, 7)) ?? []), r]);
  const current = importedAt.slice(0, 7);
  return [...byMonth].map(([month, rows]) => {
    const byService: Record<string, number> = {};
    labels.forEach((label, i) => {
      if (i === totalColumn) return;
      const service = LABEL_TO_SERVICE[label] ?? label;
      byService[service] = (byService[service] ?? 0) + rows.reduce((s, r) => s + r.amounts[i]!, 0);
    });
    const daysInMonth = daysIn(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    const partial = daily && rows.length < daysInMonth ? { partial: { days: rows.length, daysInMonth } } : {};
    return { month, estimated: month >= current, ...partial, byService, byUsageType: [] };
  });
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function nextMonth(date: string): string {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

/** The file's name without a folder (a browser gives only the name; a CLI path has folders). */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}
