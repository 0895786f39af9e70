import type { CalibrationRow } from '../model/calibration-row';
import { calibrationTable } from '../model/evidence-calibration';
import type { PriceCatalogue } from '../pricing/catalogue';
import { replaceGeneratedBlock } from './generated-block';

/** One calibration row as the app, the report and docs/methodology.md show it: figures formatted, source spelled out. */
export interface EvidenceCalibrationDisplayRow {
  readonly id: string;
  readonly measure: string;
  readonly fleet: string;
  readonly model: string;
  readonly band: string;
  readonly published: string;
  readonly scope: string;
  readonly source: { readonly title: string; readonly url: string; readonly date: string };
  readonly inBand: boolean;
  readonly note: string;
}

function formatFigure(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (unit === 'share lower') return `${Math.round(value * 100)}%`;
  if (unit.startsWith('×')) return `${value.toFixed(2)}×`;
  return String(Number(value >= 100 ? value.toFixed(0) : value.toFixed(1)));
}

export function evidenceCalibrationRows(rows: readonly CalibrationRow[] = calibrationTable()): EvidenceCalibrationDisplayRow[] {
  return rows.map((r) => ({
    id: r.id,
    measure: r.measure,
    fleet: r.fleet,
    model: formatFigure(r.model, r.unit),
    band: `${formatFigure(r.published.low, r.unit)}–${formatFigure(r.published.high, r.unit)}`,
    published: r.published.figure,
    scope: r.published.scope,
    source: { title: r.published.citation.title, url: r.published.citation.url, date: r.published.citation.date },
    inBand: r.inBand,
    note: r.note ?? '',
  }));
}

const BEGIN = '<!-- BEGIN GENERATED CALIBRATION (npm run docs:tables) -->';
const END = '<!-- END GENERATED CALIBRATION -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * The calibration table of docs/methodology.md: one row per measure and fleet, then each measure's
 * published figure, scope, source and the reason for its band, once.
 */
export function calibrationMarkdown(rows: readonly EvidenceCalibrationDisplayRow[]): string {
  const out: string[] = [BEGIN, ''];
  out.push('| measure | fleet | TCO Studio default | band tested | in band |', '|---|---|---|---|---|');
  for (const r of rows) out.push(`| ${cell(r.measure)} | ${cell(r.fleet)} | ${r.model} | ${r.band} | ${r.inBand ? 'yes' : '**no**'} |`);
  const seen = new Set<string>();
  out.push('');
  for (const r of rows) {
    if (seen.has(r.measure)) continue;
    seen.add(r.measure);
    out.push(`- **${cell(r.measure)}.** Published: ${cell(r.published)} ([${cell(r.source.title)}](${r.source.url}), ${r.source.date}). Scope: ${cell(r.scope)} ${cell(r.note)}`);
  }
  out.push('', END);
  return out.join('\n');
}

/** Replaces the generated calibration block of a methodology document with the current table. */
export function withCalibrationTable(doc: string, catalogue: PriceCatalogue): string {
  return replaceGeneratedBlock(doc, BEGIN, END, calibrationMarkdown(evidenceCalibrationRows(calibrationTable(catalogue))));
}
