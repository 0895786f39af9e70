import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPS_TASKS } from '../../src/index';
import { methodologyTables } from '../../src/report/methodology-tables';
import { calibrationMarkdown, evidenceCalibrationRows } from '../../src/report/evidence-calibration-rows';
import { reportMethodology } from '../../src/report/report-methodology';
import { PROJECT_ROOT } from '../support/paths';
import { snapshotCatalogue } from '../support/snapshot';
import { calibrationTable } from '../../src/model/evidence-calibration';

describe('docs/methodology.md', () => {
  const doc = readFileSync(join(PROJECT_ROOT, 'docs/methodology.md'), 'utf8');

  it('holds exactly the defaults the code uses (run `npm run docs:tables` after changing a default)', () => {
    expect(doc).toContain(methodologyTables());
  });

  it('holds exactly the calibration table the code computes (run `npm run docs:tables` after changing a default)', () => {
    const table = calibrationMarkdown(evidenceCalibrationRows(calibrationTable(snapshotCatalogue())));
    expect(table).toContain('Databases per DBA, self-managed on EC2');
    // The ML rows are priced with the committed snapshot's us-east-1 rates.
    expect(table).toMatch(/SageMaker/);
    expect(doc).toContain(table);
  });

  it('the report\'s methodology appendix carries the same calibration rows', () => {
    const rows = reportMethodology(1000, snapshotCatalogue()).calibration;
    expect(rows).toEqual(evidenceCalibrationRows(calibrationTable(snapshotCatalogue())));
    expect(rows.length).toBeGreaterThan(evidenceCalibrationRows(calibrationTable()).length);
    expect(rows.length).toBeGreaterThanOrEqual(16);
    expect(rows.every((r) => r.inBand && r.source.url.startsWith('http'))).toBe(true);
  });

  it('documents every task id', () => {
    for (const t of OPS_TASKS) expect(doc).toContain(`\`${t.id}\``);
  });
});
