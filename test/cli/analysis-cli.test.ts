import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitNames } from '../../src/cli/args';
import { EXAMPLES_DIR } from '../support/paths';
import { runCli } from '../support/run-cli';

const startup = join(EXAMPLES_DIR, 'startup-db-and-ml.tco.json');
const postgres = join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json');

function oneLineError(args: string[], code: number, pattern: RegExp): void {
  const r = runCli(args);
  expect(r.code).toBe(code);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

describe('analysis commands', () => {
  it('inputs lists paths, values and ranges', () => {
    const r = runCli(['inputs', startup, '--format', 'json']);
    expect(r.code).toBe(0);
    const inputs = JSON.parse(r.stdout) as { path: string; value: number }[];
    expect(inputs.find((i) => i.path === 'labour.dba.hourlyUsd')?.value).toBe(80);
  });

  it('breakeven prints the value, a message and the curve; JSON carries crossings', () => {
    const text = runCli(['breakeven', postgres, '--input', 'labour.dba.hourlyUsd']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/cost the same at Database administrator loaded rate = [\d.]+ USD\/h/);
    const json = JSON.parse(runCli(['breakeven', postgres, '--input', 'labour.dba.hourlyUsd', '--format', 'json']).stdout) as { crossings: { value: number; exact: boolean }[]; between: string[] };
    expect(json.between).toEqual(['ec2', 'managed']);
    expect(json.crossings[0]!.exact).toBe(true);
    const csv = runCli(['breakeven', postgres, '--input', 'labour.dba.hourlyUsd', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('\uFEFFinput_value,ec2_usd,managed_usd,difference_usd');
  });

  it('breakeven without --input on an ML scenario comparing EC2 and EKS finds the team size at which EKS pays off', () => {
    const mlTeam = join(EXAMPLES_DIR, 'ml-team-of-eight.tco.json');
    const r = runCli(['breakeven', mlTeam, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { input: { path: string }; between: string[]; status: string; crossings: { cheaperBelow: string; cheaperAbove: string; bracket?: number[] }[] };
    expect(json.input.path).toBe('workloads[0].team.dataScientists');
    expect(json.between).toEqual(['ec2', 'eks']);
    expect(json.status).toBe('found');
    expect(json.crossings[0]).toMatchObject({ cheaperBelow: 'ec2', cheaperAbove: 'eks' });
    expect(json.crossings[0]!.bracket![1]).toBeGreaterThan(8);
    expect(runCli(['breakeven', mlTeam]).stdout).toMatch(/Self-managed on EC2 is cheaper up to .*data scientists = \d+ people, Self-managed on EKS from \d+ people/);
  });

  it('sensitivity ranks inputs; simulate is reproducible by seed', () => {
    const t = runCli(['sensitivity', startup, '--between', 'eks,managed', '--format', 'json']);
    expect(t.code).toBe(0);
    const bars = (JSON.parse(t.stdout) as { bars: { swing: number }[] }).bars;
    expect(bars[0]!.swing).toBeGreaterThanOrEqual(bars[1]!.swing);
    const a = runCli(['simulate', startup, '--runs', '300', '--seed', '9', '--format', 'json']).stdout;
    const b = runCli(['simulate', startup, '--runs', '300', '--seed', '9', '--format', 'json']).stdout;
    expect(a).toBe(b);
    expect(JSON.parse(a).runs).toBe(300);
  });

  it('compare explains variants and options; commitments recommends', () => {
    const v = runCli(['compare', startup, '--variants', 'base,team of six']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/workloads\[2\]\.team\.dataScientists: 3 → 6/);
    const o = runCli(['compare', startup, '--options', 'ec2,managed']);
    expect(o.stdout).toMatch(/managed costs \$[\d.,]+ less than ec2 over the horizon/);
    const c = runCli(['commitments', startup, '--format', 'json']);
    expect(c.code).toBe(0);
    expect((JSON.parse(c.stdout) as { rows: unknown[] }).rows.length).toBeGreaterThan(3);
  });

  it('names variants that hold commas, parentheses and quotes: --variants twice, or quoted', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tco-variants-')), 'orders.tco.json');
    const scenario = JSON.parse(readFileSync(postgres, 'utf8')) as Record<string, unknown>;
    const storage = (value: number) => [{ path: 'workloads[0].storage.sizeGb', value }];
    scenario.variants = [
      { name: 'Storage triples (3 TB)', overrides: storage(1500) },
      { name: 'Storage, doubled', overrides: storage(1000) },
      { name: 'The "big" one', overrides: storage(4000) },
    ];
    writeFileSync(file, JSON.stringify(scenario));
    const json = (args: string[]) => {
      const r = runCli(['compare', file, ...args, '--format', 'json']);
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout) as { a: string; b: string };
    };
    expect(json(['--variants', 'base,Storage triples (3 TB)'])).toMatchObject({ a: 'base', b: 'Storage triples (3 TB)' });
    expect(json(['--variants', 'Storage, doubled', '--variants', 'Storage triples (3 TB)'])).toMatchObject({ a: 'Storage, doubled', b: 'Storage triples (3 TB)' });
    expect(json(['--variants', '"Storage, doubled", base'])).toMatchObject({ a: 'Storage, doubled', b: 'base' });
    expect(json(['--variants', '"The ""big"" one",base'])).toMatchObject({ a: 'The "big" one', b: 'base' });
    expect(runCli(['inputs', file, '--variant', 'Storage, doubled', '--format', 'json']).stdout).toMatch(/"value": 1000\b/);
    // Unquoted, the comma splits: the message says how to name such a variant.
    const split = runCli(['compare', file, '--variants', 'Storage, doubled,base']);
    expect(split.code).toBe(2);
    expect(split.stderr).toMatch(/give two names separated by a comma, quoting a name that holds one \("a, b",base\), or --variants twice/);
  });

  it.each([
    ['a,b', ['a', 'b']],
    [' a , b ', ['a', 'b']],
    ['"a, b",c', ['a, b', 'c']],
    ['c, "a, b"', ['c', 'a, b']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
    ['x (1),y', ['x (1)', 'y']],
    ['a"b,c', ['a"b', 'c']],
    ['"open,b', undefined],
    ['"a"b,c', undefined],
  ])('splits the list %j', (text, names) => expect(splitNames(text)).toEqual(names));

  it('runs an analysis on a named variant', () => {
    const base = JSON.parse(runCli(['simulate', startup, '--runs', '50', '--format', 'json']).stdout) as { options: { p50: number }[] };
    const bigger = JSON.parse(runCli(['simulate', startup, '--runs', '50', '--format', 'json', '--variant', 'team of six']).stdout) as { options: { p50: number }[] };
    expect(bigger.options[0]!.p50).toBeGreaterThan(base.options[0]!.p50);
  });

  it.each([
    ['a missing --input', ['breakeven', postgres], 2, /breakeven needs --input <path>/],
    ['an input that is not numeric', ['breakeven', postgres, '--input', 'workloads[0].engine'], 1, /"workloads\[0\]\.engine" is not a numeric input of this scenario/],
    ['an option the scenario lacks', ['sensitivity', postgres, '--between', 'ec2,eks'], 1, /option "eks" is not compared in this scenario; it has ec2, managed/],
    ['a bad --runs', ['simulate', startup, '--runs', '0'], 2, /--runs: must be from 1 to 1000000 \(got 0\)/],
    ['an unknown variant', ['compare', startup, '--variants', 'base,nope'], 1, /no variant named "nope"; this scenario has "base", "team of six", "lean ops"/],
    ['both --variants and --options', ['compare', startup, '--variants', 'a,b', '--options', 'ec2,managed'], 2, /either --variants a,b or --options a,b/],
    ['a bad metric', ['sensitivity', startup, '--metric', 'irr'], 2, /--metric: must be one of total, npv \(got "irr"\)/],
    ['a bad utilisation', ['commitments', startup, '--utilisation', '150'], 2, /--utilisation: must be from 1 to 100 percent \(got 150\)/],
  ])('rejects %s with one line', (_name, args, code, pattern) => oneLineError(args, code, pattern));
});
