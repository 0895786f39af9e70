import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { TRADEOFFS_CSV_COLUMNS } from '../../src/report/tradeoffs-csv';
import type { TradeoffsReport } from '../../src/index';
import { EXAMPLES_DIR } from '../support/paths';
import { runCli } from '../support/run-cli';
import { dbWorkload, mlWorkload } from '../support/scenarios';

const dir = mkdtempSync(join(tmpdir(), 'tco-tradeoffs-'));
function scenarioFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}
const scenario = (extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  name: 'Trade-offs test',
  question: 'Which should we run?',
  region: 'us-east-1',
  horizonMonths: 24,
  discountRateAnnualPct: 5,
  workloads: [dbWorkload({ highAvailability: true }), mlWorkload()],
  ...extra,
});

describe('tco-studio tradeoffs (the built command line)', () => {
  it('prints the matrix, levers, exit effort, time to value, scorecard and sources as tables', () => {
    const r = runCli(['tradeoffs', join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json')]);
    expect(r.code, r.stderr).toBe(0);
    for (const heading of ['WHO DOES WHAT', 'CONTROL YOU KEEP', 'LOCK-IN AND EXIT', 'TIME TO VALUE', 'WEIGHTED SCORECARD', 'Sources:']) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toMatch(/\* OS patching\s+You\s+AWS/);
    expect(r.stdout).toMatch(/Recommended: .+, weighted score \d\.\d\d of 5/);
    expect(r.stdout).toContain('https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html');
  });

  it('emits JSON with the whole report as plain data', () => {
    const r = runCli(['tradeoffs', join(EXAMPLES_DIR, 'ml-team-of-eight.tco.json'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as TradeoffsReport;
    expect(report.formatVersion).toBe(1);
    expect(report.responsibility.map((m) => m.deployment)).toEqual(['ec2-ml', 'eks-ml', 'sagemaker']);
    expect(report.levers).toHaveLength(3);
    expect(report.exitEffort.map((e) => e.option)).toEqual(['ec2', 'eks', 'managed']);
    expect(report.scorecard.options).toHaveLength(3);
    expect(report.scorecard.recommendation.summary.length).toBeGreaterThan(20);
    expect(report.inTco).toEqual({ exitEffort: false, delayCost: false, lineIds: [] });
    expect(report.sources.length).toBeGreaterThan(10);
  });

  it('emits one long CSV with a section column', () => {
    const r = runCli(['tradeoffs', join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json'), '-f', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(TRADEOFFS_CSV_COLUMNS.join(','));
    const sections = new Set(lines.slice(1).map((l) => l.split(',')[0]));
    expect([...sections]).toEqual(['responsibility', 'lever', 'exit-step', 'exit-total', 'time-to-value', 'score', 'weighted-total', 'recommendation']);
    // 15 duties × 2 deployments.
    expect(lines.filter((l) => l.startsWith('responsibility,')).length).toBe(30);
  });

  it('shows the folded lines, and `estimate` prices them too, when the scenario switches them on', () => {
    const file = scenarioFile('folded.tco.json', scenario({
      tradeoffs: { exitEffort: { includeInTco: true }, timeToValue: { monthlyBenefitUsd: 30_000, includeDelayCostInTco: true } },
    }));
    const t = runCli(['tradeoffs', file, '--format', 'json']);
    expect(t.code, t.stderr).toBe(0);
    const report = JSON.parse(t.stdout) as TradeoffsReport;
    expect(report.inTco.exitEffort).toBe(true);
    expect(report.inTco.lineIds.some((id) => id.includes(':exit:'))).toBe(true);
    expect(report.inTco.lineIds.some((id) => id.includes(':delay:'))).toBe(true);
    expect(report.scorecard.notes.join(' ')).toMatch(/folded into the TCO/);

    const e = runCli(['estimate', file, '--format', 'json']);
    expect(e.code, e.stderr).toBe(0);
    const ids = (JSON.parse(e.stdout) as { lines: { id: string }[] }).lines.map((l) => l.id);
    for (const id of report.inTco.lineIds) expect(ids).toContain(id);
  });

  it('fails with one line and the right exit code on bad input', () => {
    const bad = runCli(['tradeoffs', join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json'), '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^tco-studio: --format: must be one of table, json, csv \(got "pdf"\)\n$/);

    const none = runCli(['tradeoffs']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/tradeoffs needs exactly one scenario file/);

    const missing = runCli(['tradeoffs', join(dir, 'nope.tco.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.tco\.json: file not found/);

    const invalid = runCli(['tradeoffs', scenarioFile('invalid.tco.json', scenario({ tradeoffs: { scorecard: { scores: { ec2: { cost: { score: 9 } } } } } }))]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/tradeoffs\.scorecard\.scores\.ec2\.cost\.score: must be at most 5/);
    expect(invalid.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('tradeoffs through run() (no process)', () => {
  it('is listed in the help', () => {
    const r = run(['--help']);
    expect(r.stdout).toMatch(/tradeoffs <file> \[--format table\|json\|csv\]/);
  });

  it('applies score overrides from the scenario and shows them marked', () => {
    const file = scenarioFile('override.tco.json', scenario({
      workloads: [dbWorkload()],
      tradeoffs: { scorecard: { scores: { managed: { control: { score: 1, reason: 'we need superuser' } } } } },
    }));
    const r = run(['tradeoffs', file]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Control kept \(15%\)\s+5\.0\s+1\.0\*/);
    expect(r.stdout).toMatch(/Your score 1 replaces 2\.7: we need superuser\./);
  });
});
