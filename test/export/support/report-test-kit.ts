import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../support/paths';

/**
 * Helpers for the report export tests: a private build of the report page (so a concurrent
 * `vite build` of the app cannot change it under the tests), poppler-utils wrappers, a PPM reader
 * for pdftoppm's raw output, and an RFC 4180 CSV reader.
 */

let page: string | undefined;

/** Builds renderer/report.html once per test file into a temporary folder; returns its report.html. */
export function testReportPage(): string {
  if (page) return page;
  const dir = mkdtempSync(join(tmpdir(), 'tco-report-page-'));
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/build-report-page.mjs'), dir], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the report page failed: ${result.stderr}`);
  page = join(dir, 'report.html');
  return page;
}

export function tempDir(prefix = 'tco-report-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs a poppler-utils tool; fails the test with its stderr when it fails. */
export function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts' | 'pdftoppm', args: readonly string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${tool} could not run (${r.error.message}); install poppler-utils`);
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

export interface PdfInfo {
  readonly pages: number;
  readonly widthPt: number;
  readonly heightPt: number;
  readonly sizeName: string;
  readonly producer: string;
}

export function pdfInfo(path: string): PdfInfo {
  const text = poppler('pdfinfo', [path]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(text)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/m.exec(text);
  return { pages, widthPt: Number(size?.[1]), heightPt: Number(size?.[2]), sizeName: size?.[3] ?? '', producer: /^Producer:\s+(.*)$/m.exec(text)?.[1] ?? '' };
}

/** pdffonts rows: name, type and whether the font is embedded. */
export function pdfFonts(path: string): { name: string; embedded: boolean }[] {
  const lines = poppler('pdffonts', [path]).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name … emb sub uni object ID: emb is the fifth column from the end.
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}

export interface Word {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word of the PDF with its page and box in points (pdftotext -bbox). */
export function pdfWords(path: string): { words: Word[]; pageSize: { width: number; height: number } } {
  const html = poppler('pdftotext', ['-bbox', path, '-']);
  const words: Word[] = [];
  let pageNo = 0;
  let pageSize = { width: 0, height: 0 };
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[1]) {
      pageNo++;
      pageSize = { width: Number(m[1]), height: Number(m[2]) };
    } else {
      words.push({ page: pageNo, text: decode(m[7]!), xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]) });
    }
  }
  return { words, pageSize };
}

function decode(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Where a phrase (e.g. a chart title) is printed: page and the box of its words; undefined when absent. */
export function findPhrase(words: readonly Word[], phrase: string): { page: number; yMin: number; yMax: number } | undefined {
  const tokens = phrase.split(/\s+/);
  for (let i = 0; i + tokens.length <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < tokens.length; k++) {
      const w = words[i + k]!;
      if (w.text !== tokens[k] || w.page !== words[i]!.page) {
        ok = false;
        break;
      }
    }
    if (ok) {
      const run = words.slice(i, i + tokens.length);
      return { page: run[0]!.page, yMin: Math.min(...run.map((w) => w.yMin)), yMax: Math.max(...run.map((w) => w.yMax)) };
    }
  }
  return undefined;
}

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** RGB, 3 bytes per pixel (GreyRaster: 1), rows top to bottom. */
  readonly data: Buffer;
}

/** Renders every page with pdftoppm (raw PPM, or PGM with -gray) and returns each page file's bytes, in page order. */
function pdftoppmPages(pdf: string, dpi: number, grey: boolean): Buffer[] {
  const dir = tempDir('tco-report-ppm-');
  const ext = grey ? 'pgm' : 'ppm';
  poppler('pdftoppm', ['-r', String(dpi), ...(grey ? ['-gray'] : []), pdf, join(dir, 'page')]);
  const number = (f: string) => Number(/(\d+)\.p[gp]m$/.exec(f)?.[1]);
  return readdirSync(dir)
    .filter((f) => f.endsWith(`.${ext}`))
    .sort((a, b) => number(a) - number(b))
    .map((f) => readFileSync(join(dir, f)));
}

/** Renders every page with `pdftoppm -r <dpi>` (raw PPM) and reads them back, in page order. */
export function rasterize(pdf: string, dpi = 50): Raster[] {
  return pdftoppmPages(pdf, dpi, false).map(readPpm);
}

/** A binary PPM (P6, maxval 255). */
export function readPpm(bytes: Buffer): Raster {
  let pos = 0;
  const token = (): string => {
    while (/\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
    if (bytes[pos] === 0x23) {
      while (bytes[pos] !== 0x0a) pos++;
      return token();
    }
    const start = pos;
    while (!/\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
    return bytes.subarray(start, pos).toString('ascii');
  };
  if (token() !== 'P6') throw new Error('not a binary PPM');
  const width = Number(token());
  const height = Number(token());
  if (token() !== '255') throw new Error('PPM maxval is not 255');
  pos++; // the single whitespace before the pixels
  return { width, height, data: bytes.subarray(pos, pos + width * height * 3) };
}

/** Share of pixels in rows [y0, y1) that are not near-white (anything printed). */
export function inkShare(r: Raster, y0 = 0, y1 = r.height): number {
  let ink = 0;
  const from = Math.max(0, Math.floor(y0));
  const to = Math.min(r.height, Math.ceil(y1));
  for (let y = from; y < to; y++) {
    for (let x = 0; x < r.width; x++) {
      const i = (y * r.width + x) * 3;
      if (r.data[i]! < 235 || r.data[i + 1]! < 235 || r.data[i + 2]! < 235) ink++;
    }
  }
  return ink / Math.max(1, (to - from) * r.width);
}

/** Share of pixels in rows [y0, y1) that are clearly coloured (bars, lines), not grey text or axes. */
export function colourShare(r: Raster, y0: number, y1: number): number {
  let n = 0;
  const from = Math.max(0, Math.floor(y0));
  const to = Math.min(r.height, Math.ceil(y1));
  for (let y = from; y < to; y++) {
    for (let x = 0; x < r.width; x++) {
      const i = (y * r.width + x) * 3;
      const a = r.data[i]!;
      const b = r.data[i + 1]!;
      const c = r.data[i + 2]!;
      if (Math.max(a, b, c) - Math.min(a, b, c) > 50) n++;
    }
  }
  return n / Math.max(1, (to - from) * r.width);
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF); the BOM is checked and stripped. */
export function parseCsv(text: string): { header: string[]; rows: string[][]; bom: boolean } {
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (ch === '\n') throw new Error(`bare LF in CSV at ${i}: lines must end in CRLF`);
    else field += ch;
  }
  if (field !== '' || record.length > 0) throw new Error('CSV does not end with CRLF');
  const [header, ...rows] = records;
  return { header: header ?? [], rows, bom };
}

/** What tests touch inside the report page (this Node project has no DOM types); use as `(globalThis as unknown as PageDom)`. */
export interface PageDom {
  readonly document: {
    readonly documentElement: { readonly dataset: Record<string, string | undefined> };
    readonly body: { readonly innerText: string };
    getElementById(id: string): { readonly textContent: string | null } | null;
  };
  __TCO_RENDER_REPORT__(input: unknown): Promise<void>;
}

/**
 * A fleet of forty PostgreSQL databases (the orders database of examples/postgres-oltp-ha in four
 * sizes, alternately with and without a standby) and twelve variants: the size the brief must
 * still hold on two pages, its lists capped.
 */
export function fortyDatabaseScenarioText(examplesDir: string): string {
  const base = JSON.parse(readFileSync(join(examplesDir, 'postgres-oltp-ha.tco.json'), 'utf8')) as { name: string; workloads: Record<string, unknown>[]; variants?: unknown[] };
  const template = base.workloads[0]!;
  const classes = ['db.r6i.large', 'db.r6i.xlarge', 'db.r6i.2xlarge', 'db.r6i.4xlarge'];
  base.name = 'Forty PostgreSQL databases';
  base.workloads = Array.from({ length: 40 }, (_, i) => ({
    ...template,
    id: `db-${i + 1}`,
    name: `Database ${i + 1}`,
    instanceClass: classes[i % classes.length],
    highAvailability: i % 2 === 0,
    readReplicas: i % 5 === 0 ? 1 : 0,
  }));
  base.variants = Array.from({ length: 12 }, (_, i) => ({
    name: `storage x${i + 2}`,
    overrides: [{ path: 'workloads[0].storage.sizeGb', value: 500 * (i + 2) }],
  }));
  return JSON.stringify(base, null, 2);
}

/** One grey page: the same shape as Raster, with 1 byte per pixel. */
export type GreyRaster = Raster;

/** Renders every page with `pdftoppm -r <dpi> -gray` (raw PGM) and reads them back, in page order. */
export function rasterizeGrey(pdf: string, dpi = 20): GreyRaster[] {
  return pdftoppmPages(pdf, dpi, true).map((bytes) => {
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('not a binary PGM');
    const width = Number(header[1]);
    const height = Number(header[2]);
    return { width, height, data: bytes.subarray(header[0].length, header[0].length + width * height) };
  });
}

/**
 * How much of a page's printable area is empty: the share of its pixel rows, between the top and
 * bottom page margins (given in mm), that lie in bands of near-white rows taller than `gapMm`.
 * A raw count of near-white pixels says nothing here: a page full of 9 pt text is over 80% white
 * pixels at 20 dpi. Blank bands taller than any gap between lines, paragraphs and table rows are
 * what a page holding one chart or one reference alone has, and a full page has not.
 */
export function blankShare(page: GreyRaster, margins: { readonly topMm: number; readonly bottomMm: number; readonly pageHeightMm: number }, gapMm = 6): number {
  const pxPerMm = page.height / margins.pageHeightMm;
  const from = Math.round(margins.topMm * pxPerMm);
  const to = page.height - Math.round(margins.bottomMm * pxPerMm);
  const minRun = gapMm * pxPerMm;
  let blank = 0;
  let run = 0;
  for (let y = from; y <= to; y++) {
    let empty = y < to;
    for (let x = 0; empty && x < page.width; x++) if (page.data[y * page.width + x]! < 235) empty = false;
    if (empty) run++;
    else {
      if (run >= minRun) blank += run;
      run = 0;
    }
  }
  return blank / Math.max(1, to - from);
}
