import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_COST_EXPLORER_CSV_BYTES, starterScenario } from '../../src/index';
import { costExplorerCsvPath } from '../support/paths';
import { runCli } from '../support/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'tco-calibrate-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scenarioFile = join(dir, 'database.tco.json');
writeFileSync(scenarioFile, JSON.stringify(starterScenario('database')));
// An empty cache: nothing imported through the API.
const env = { TCO_STUDIO_CACHE_DIR: join(dir, 'cache') };
const calibrateCsv = (csv: string, ...more: string[]) => runCli(['costs', 'calibrate', scenarioFile, '--csv', csv, ...more], { env });

describe('tco-studio costs calibrate --csv (a CSV downloaded from the Cost Explorer console)', () => {
  it('calibrates the managed option against the file, with the RDS row, making no request and needing no import', () => {
    const run = calibrateCsv(costExplorerCsvPath('handmade-rds-sagemaker-monthly.csv'), '--option', 'managed');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Calibration of ".+" against your AWS bill \(average of 2025-01, 2025-02, 2025-03\)$/m);
    expect(run.stdout).toMatch(/^Amazon RDS +\$786\.19 +\$[\d,.]+ +[+−-]?\$[\d,.]+ +Amazon Relational Database Service$/m);
    expect(run.stdout).toMatch(/^Not compared \(services this option does not use\): .*Amazon SageMaker \(not in this option\) \$95\.76/m);
    expect(run.stdout).toMatch(/^Tax: \$69\.77\/month, not in the comparison$/m);
    expect(run.stderr).toBe('');
  });

  it('gives the same calibration as JSON', () => {
    const run = calibrateCsv(costExplorerCsvPath('handmade-rds-sagemaker-monthly.csv'), '--option', 'managed', '--format', 'json');
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { option: string; rows: { service: string; actualMonthlyUsd: number }[] };
    expect(json.option).toBe('managed');
    expect(json.rows.find((r) => r.service === 'Amazon RDS')!.actualMonthlyUsd).toBeCloseTo((812.4 + 733.76 + 812.4) / 3, 9);
  });

  it('leaves out a month the daily file covers only partly, with a note', () => {
    const run = calibrateCsv(costExplorerCsvPath('handmade-daily-two-months-bom-crlf.csv'), '--option', 'ec2');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\(average of 2025-02\)/);
    expect(run.stdout).toMatch(/^Note: 2025-01 covers 2 of its 31 days and is left out$/m);
  });

  it('refuses a file in another layout with the parser\'s message (exit 1)', () => {
    const run = calibrateCsv(costExplorerCsvPath('handmade-grouped-by-usage-type.csv'));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'tco-studio: handmade-grouped-by-usage-type.csv: the costs are grouped by "Usage type"; TCO Studio needs them grouped by Service (Cost Explorer → Group by: Service → Download CSV)\n',
    );
    expect(run.stdout).toBe('');
  });

  it('refuses a corrupted total naming the line and column (exit 1)', () => {
    const csv = join(dir, 'corrupted.csv');
    writeFileSync(csv, '"Service","EC2-Instances($)","Total costs($)"\n"Service total","10","10"\n"2025-01-01","4","4"\n');
    const run = calibrateCsv(csv);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tco-studio: corrupted\.csv, line 2, column "EC2-Instances\(\$\)": the "Service total" is \$10\.0000 but the date rows add up to \$4\.0000;/);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.csv'), /^tco-studio: .+nope\.csv: file not found\n$/],
    [
      'a folder',
      () => {
        mkdirSync(join(dir, 'folder.csv'), { recursive: true });
        return join(dir, 'folder.csv');
      },
      /^tco-studio: .+folder\.csv: is a folder, not a file\n$/,
    ],
    [
      'a file that is not UTF-8',
      () => {
        writeFileSync(join(dir, 'latin1.csv'), Buffer.from([0x22, 0x53, 0xe9, 0x22, 0x0a]));
        return join(dir, 'latin1.csv');
      },
      /^tco-studio: .+latin1\.csv: is not UTF-8 text; download the CSV from Cost Explorer again\n$/,
    ],
    [
      'a file over the size limit',
      () => {
        writeFileSync(join(dir, 'huge.csv'), Buffer.alloc(MAX_COST_EXPLORER_CSV_BYTES + 1, 0x20));
        return join(dir, 'huge.csv');
      },
      new RegExp(`^tco-studio: .+huge\\.csv: is ${MAX_COST_EXPLORER_CSV_BYTES + 1} bytes; the limit for this file is ${MAX_COST_EXPLORER_CSV_BYTES} bytes\\n$`),
    ],
  ])('refuses %s (exit 1)', (_, make, message) => {
    const run = calibrateCsv(make());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('refuses --csv with --profile (exit 2) and names --csv in the usage', () => {
    const run = calibrateCsv(costExplorerCsvPath('handmade-rds-sagemaker-monthly.csv'), '--profile', 'finops');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('tco-studio: --csv and --profile cannot be used together: --csv reads the bill from the file, --profile picks a cached API import\n');
    expect(runCli(['--help']).stdout).toContain('costs calibrate <file> [--csv cost-explorer.csv]');
  });
});
