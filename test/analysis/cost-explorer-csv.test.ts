import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrate, estimate, ModelError, parseCostExplorerCsv, type ImportedSpend } from '../../src/index';
import { costExplorerCsvPath } from '../support/paths';
import { dbWorkload, roundCatalogue, scenario } from '../support/scenarios';

const NOW = '2026-12-02T10:00:00.000Z';
const read = (name: string) => readFileSync(costExplorerCsvPath(name), 'utf8');
const parse = (text: string, name = 'costs.csv', at = NOW) => parseCostExplorerCsv(text, name, at);
const parseFixture = (name: string, at = NOW) => parse(read(name), name, at);
/** The ModelError message the parser throws for this text. */
function refusal(text: string, name = 'costs.csv'): string {
  try {
    parse(text, name);
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
}

const LAYOUT = 'Cost Explorer → Group by: Service → Download CSV';
const EC2 = 'Amazon Elastic Compute Cloud - Compute';
const RDS = 'Amazon Relational Database Service';

describe('a recorded Cost Explorer console CSV', () => {
  it('reads the recorded 2022-03-01 row by Cost Explorer service name, to the last digit', () => {
    const spend = parseFixture('recorded-row-with-its-total.csv');
    expect(spend.source).toEqual({ kind: 'cost-explorer-csv', importedAt: NOW, fileName: 'recorded-row-with-its-total.csv' });
    expect(spend.requests).toBe(0);
    expect(spend.forecast).toBeUndefined();
    expect(spend.period).toEqual({ start: '2022-03-01', end: '2022-04-01' });
    expect(spend.months.map((m) => m.month)).toEqual(['2022-03']);
    const [march] = spend.months;
    expect(march!.estimated).toBe(false);
    expect(march!.partial).toBeUndefined();
    expect(march!.byUsageType).toEqual([]);
    expect(march!.byService).toMatchObject({
      [EC2]: 3.4704,
      'EC2 - Other': 4.4454342454,
      Tax: 53.33,
      'Amazon Elastic Load Balancing': 0,
      'Support (Developer)': 29,
      'Amazon Virtual Private Cloud': 0,
      AmazonCloudWatch: 0,
      Greengrass: 0.36,
      'Amazon Simple Storage Service': 0.0007563993,
      IoT: 0.00251856,
      'IoT Device Management': 0.0000108,
      Lambda: 0.0000001891,
      'Service Catalog': 0,
    });
    // "Total costs($)" is a check, not a service.
    expect(Object.keys(march!.byService)).toHaveLength(19);
    expect(Object.values(march!.byService).reduce((a, b) => a + b, 0)).toBeCloseTo(90.6091201938, 9);
  });

  it('refuses the recorded excerpt, whose one date row does not add up to its "Service total", naming the first column that differs', () => {
    expect(refusal(read('recorded-daily-excerpt.csv'), 'recorded-daily-excerpt.csv')).toBe(
      'recorded-daily-excerpt.csv, line 2, column "EC2-Instances($)": the "Service total" is $1771.6043 but the date rows add up to $3.4704; the file is incomplete or was edited (download it again)',
    );
  });

  it('refuses the recorded file that has only its "Service total" row', () => {
    expect(refusal(read('recorded-service-totals.csv'))).toBe(
      'costs.csv: no date rows, only the "Service total"; download the CSV with a date range and a granularity of Monthly or Daily',
    );
  });
});

describe('the totals checks', () => {
  const text = read('recorded-row-with-its-total.csv');
  const [header, total, row] = text.split('\n');

  it('refuses a corrupted "Service total", naming its line and column', () => {
    const corrupted = [header, total!.replace('"4.4454342454"', '"4.4554342454"'), row].join('\n');
    expect(refusal(corrupted)).toMatch(/^costs\.csv, line 2, column "EC2-Other\(\$\)": the "Service total" is \$4\.4554 but the date rows add up to \$4\.4454;/);
  });

  it('refuses a row whose services do not add up to its "Total costs($)"', () => {
    const corrupted = [header, total!.replace('"3.4704"', '"13.4704"'), row!.replace('"3.4704"', '"13.4704"')].join('\n');
    expect(refusal(corrupted)).toBe('costs.csv, line 2, column "Total costs($)": $90.6091 but the services on that line add up to $100.6091');
  });

  it('allows rounding of a fraction of a cent', () => {
    const rounded = [header, total!.replace('"3.4704"', '"3.47"'), row].join('\n');
    expect(parse(rounded).months[0]!.byService[EC2]).toBe(3.4704);
  });
});

describe('monthly rows, mapped into calibration', () => {
  const spend = parseFixture('handmade-rds-sagemaker-monthly.csv');
  const result = estimate(scenario([dbWorkload({ highAvailability: true })]), roundCatalogue());

  it('keeps one month per row, with the period to the first day after the last month', () => {
    expect(spend.period).toEqual({ start: '2025-01-01', end: '2025-04-01' });
    expect(spend.months.map((m) => [m.month, m.byService[RDS], m.byService['Amazon SageMaker']])).toEqual([
      ['2025-01', 812.4, 96.25],
      ['2025-02', 733.76, 88.12],
      ['2025-03', 812.4, 102.9],
    ]);
    expect(spend.months.every((m) => !m.estimated && !m.partial)).toBe(true);
  });

  it('gives calibrate() the RDS row of the managed option; SageMaker, ElastiCache and tax stay apart', () => {
    const c = calibrate(result, 'managed', spend);
    expect(c.months).toEqual(['2025-01', '2025-02', '2025-03']);
    const rds = c.rows.find((r) => r.service === 'Amazon RDS')!;
    expect(rds.awsServices).toEqual([RDS]);
    expect(rds.actualMonthlyUsd).toBeCloseTo((812.4 + 733.76 + 812.4) / 3, 9);
    expect(rds.modelMonthlyUsd).toBeGreaterThan(0);
    expect(c.outsideScope).toContainEqual({ awsService: 'Amazon SageMaker (not in this option)', monthlyUsd: expect.closeTo(287.27 / 3, 9) });
    expect(c.outsideScope).toContainEqual({ awsService: 'ElastiCache', monthlyUsd: expect.closeTo(49.6 / 3, 9) });
    expect(c.taxMonthlyUsd).toBeCloseTo(209.3 / 3, 9);
  });

  it('gives the EC2 option its instances and counts "EC2-Other" as EBS, with a note', () => {
    const c = calibrate(result, 'ec2', spend);
    expect(c.rows.find((r) => r.service === 'Amazon EC2')).toMatchObject({ awsServices: [EC2], actualMonthlyUsd: expect.closeTo(406.91 / 3, 9) });
    expect(c.rows.find((r) => r.service === 'Amazon EBS')!.actualMonthlyUsd).toBeCloseTo(112.2 / 3, 9);
    expect(c.notes.join(' ')).toMatch(/"EC2 - Other" had no usage-type breakdown/);
  });

  it('marks a month not over at the time of the import as estimated, and calibration leaves it out', () => {
    const early = parseFixture('handmade-rds-sagemaker-monthly.csv', '2025-03-15T08:00:00.000Z');
    expect(early.months.map((m) => m.estimated)).toEqual([false, false, true]);
    expect(calibrate(result, 'managed', early).months).toEqual(['2025-01', '2025-02']);
  });
});

describe('daily rows', () => {
  const spend = parseFixture('handmade-daily-two-months-bom-crlf.csv');
  const result = estimate(scenario([dbWorkload({ highAvailability: true })]), roundCatalogue());

  it('reads a file with a byte order mark and CRLF line ends, summing days per month', () => {
    expect(spend.period).toEqual({ start: '2025-01-30', end: '2025-03-01' });
    const [jan, feb] = spend.months;
    expect(jan).toMatchObject({ month: '2025-01', partial: { days: 2, daysInMonth: 31 } });
    expect(jan!.byService[EC2]).toBeCloseTo(2 * 4.608, 9);
    expect(feb!.month).toBe('2025-02');
    expect(feb!.partial).toBeUndefined();
    expect(feb!.byService[EC2]).toBeCloseTo(28 * 4.608, 9);
    expect(feb!.byService[RDS]).toBeCloseTo(28 * 26.2, 9);
    expect(feb!.byService.Tax).toBe(9.5);
  });

  it('leaves a partly covered month out of the calibration when there is a whole one, and says so', () => {
    const c = calibrate(result, 'ec2', spend);
    expect(c.months).toEqual(['2025-02']);
    expect(c.rows.find((r) => r.service === 'Amazon EC2')!.actualMonthlyUsd).toBeCloseTo(28 * 4.608, 9);
    expect(c.notes).toContain('2025-01 covers 2 of its 31 days and is left out');
  });

  it('scales a partly covered month to the whole month when there is nothing else, and says so', () => {
    const lines = read('handmade-daily-two-months-bom-crlf.csv').split('\r\n');
    const days = lines.slice(2, 4);
    const total = `"Service total","${2 * 4.608}","${2 * 26.2}","","${2 * 30.808}"`;
    const only = parse([lines[0], total, ...days].join('\r\n'));
    expect(only.months).toHaveLength(1);
    const c = calibrate(result, 'ec2', only);
    expect(c.rows.find((r) => r.service === 'Amazon EC2')!.actualMonthlyUsd).toBeCloseTo(31 * 4.608, 9);
    expect(c.notes).toContain('2025-01 covers 2 of its 31 days; its spend is scaled to the whole month (×15.50)');
  });
});

describe('the CSV itself', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks, and counts lines across them', () => {
    const text = ['Service,"Savings Plans ""Compute"", covered($)","Multi', 'line($)",Total costs($)', 'Service total,1.5,2,3.5', '2025-01-01,1.5,2,3.5', '2025-02-01,x,0,0'].join('\n');
    expect(refusal(text)).toBe('costs.csv, line 5, column "Savings Plans "Compute", covered($)": "x" is not an amount of US dollars');
    const ok = parse(text.split('\n').slice(0, 4).join('\n'));
    expect(ok.months[0]!.byService).toEqual({ 'Savings Plans "Compute", covered': 1.5, 'Multi\nline': 2 });
  });

  it('returns the file name without its folder', () => {
    expect(parse(read('recorded-row-with-its-total.csv'), 'C:\\Users\\me\\Downloads\\costs.csv').source).toMatchObject({ fileName: 'costs.csv' });
  });
});

describe('files it refuses, with the line, the column and the value', () => {
  const text = read('recorded-row-with-its-total.csv');
  const [header, total, row] = text.split('\n') as [string, string, string];

  it.each([
    ['a value that is not a number', [header, total, row.replace('"3.4704"', '"3,47"')], 'costs.csv, line 3, column "EC2-Instances($)": "3,47" is not an amount of US dollars'],
    ['NaN', [header, total, row.replace('"53.33"', '"NaN"')], 'costs.csv, line 3, column "Tax($)": "NaN" is not an amount of US dollars'],
    ['Infinity', [header, total.replace('"29"', '"Infinity"'), row], 'costs.csv, line 2, column "Support (Developer)($)": "Infinity" is not an amount of US dollars'],
    ['a date that does not exist', [header, total, row.replace('"2022-03-01"', '"2022-02-30"')], 'costs.csv, line 3, column "Service": "2022-02-30" is not a date (YYYY-MM-DD) or "Service total"; expected'],
    ['a row of another length', [header, total, row.replace(',"90.6091201938"', '')], 'costs.csv, line 3: 20 fields where the header has 21'],
    ['the same date twice', [header, total, row, row], 'costs.csv, line 4: the date 2022-03-01 appears twice (also on line 3)'],
    ['two "Service total" rows', [header, total, total, row], 'costs.csv, line 3: a second "Service total" row (the first is on line 2)'],
    ['no "Service total" row', [header, row], 'costs.csv: no "Service total" row; expected'],
    ['costs in euros', [header.replace('"EC2-Instances($)"', '"EC2-Instances(€)"'), total, row], 'costs.csv, line 1, column 2 "EC2-Instances(€)": costs are in €, not US dollars; TCO Studio needs USD'],
    ['costs in EUR', [header.replace('"Tax($)"', '"Tax(EUR)"'), total, row], 'costs.csv, line 1, column 4 "Tax(EUR)": costs are in EUR, not US dollars'],
    ['a column without a currency', [header.replace('"VPC($)"', '"VPC"'), total, row], 'costs.csv, line 1, column 7 "VPC" is not a service cost column like "EC2-Instances($)"; expected'],
    ['the same column twice', [header.replace('"VPC($)"', '"S3($)"'), total, row], 'costs.csv, line 1, column 10: "S3($)" appears twice'],
    ['an unclosed quote', [header, total, `${row},"0.36`], 'costs.csv, line 3: a quoted field is never closed'],
    ['text after a closing quote', [header, total, row.replace('"0.36"', '"0.36"x')], 'costs.csv, line 3: unexpected "x" after a closing quote'],
    ['a transposed table', ['"Service","2022-03-01","2022-04-01"', '"EC2-Instances($)","1","2"'], 'costs.csv: the dates are across the top and the services down the side (a transposed table); expected'],
    ['a table that is not this layout', ['"Date","Amount"', '"2022-03-01","1"'], 'costs.csv, line 1: the first column is "Date", not "Service"; expected'],
    ['only a "Total costs($)" column', ['"Service","Total costs($)"', '"Service total","1"', '"2022-03-01","1"'], 'costs.csv, line 1: no service columns; expected'],
    ['an empty file', ['\uFEFF', ''], 'costs.csv is empty; expected'],
  ])('%s', (_, lines, message) => {
    const got = refusal(lines.join('\n'));
    expect(got.startsWith(message), got).toBe(true);
  });

  it('says what layout is expected, and how to download it', () => {
    expect(refusal('"Date","Amount"\n')).toContain(`expected the CSV the Cost Explorer console downloads (${LAYOUT}): a "Service" column of dates`);
  });

  it('refuses costs grouped by something other than Service, saying to group by Service', () => {
    expect(refusal(read('handmade-grouped-by-usage-type.csv'))).toBe(`costs.csv: the costs are grouped by "Usage type"; TCO Studio needs them grouped by Service (${LAYOUT})`);
    expect(refusal('"Linked account","123456789012($)","Total costs($)"\n')).toMatch(/grouped by "Linked account"; TCO Studio needs them grouped by Service/);
  });
});

describe('the import is the same data an API import gives', () => {
  it('is plain JSON that round-trips', () => {
    const spend = parseFixture('handmade-rds-sagemaker-monthly.csv');
    expect(JSON.parse(JSON.stringify(spend)) as ImportedSpend).toEqual(spend);
  });
});
