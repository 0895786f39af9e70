import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCostCache, writeCostCache } from '../../src/aws/cost-explorer/cost-cache';
import { parseCostExplorerCsv } from '../../src/index';
import { spendToText } from '../../src/report/spend-text';
import { costExplorerCsvPath } from '../support/paths';

const name = 'handmade-daily-two-months-bom-crlf.csv';
const spend = parseCostExplorerCsv(readFileSync(costExplorerCsvPath(name), 'utf8'), name, '2026-12-02T10:00:00.000Z');

describe('an import read from a Cost Explorer console CSV, where imports are shown and kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tco-spend-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is printed with its file, its partial month and no request made', () => {
    const text = spendToText(spend);
    expect(text).toMatch(/^AWS spend by service in USD \(Cost Explorer console CSV handmade-daily-two-months-bom-crlf\.csv, read 2026-12-02 10:00 UTC\)$/m);
    expect(text).toMatch(/^Service +2025-01 \(p\) +2025-02 +Average$/m);
    expect(text).toMatch(/^\(p\) 2025-01: 2 of 31 days only$/m);
    expect(text).toMatch(/^Cost Explorer requests made: none \(read from a downloaded file, \$0\.00\)$/m);
    expect(text).not.toMatch(/Forecast/);
  });

  it('passes the cost cache schema and reads back the same', () => {
    const path = join(dir, 'costs', 'default.json');
    writeCostCache(path, spend);
    expect(readCostCache(path)).toEqual({ spend });
  });
});
