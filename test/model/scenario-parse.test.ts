import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overrideProblems, parseScenario, parseScenarioJson, scenarioJsonSchema, ScenarioError, starterScenario, TEMPLATE_IDS } from '../../src/index';
import { EXAMPLES_DIR } from '../support/paths';
import { dbWorkload, issuesOf, mlWorkload } from '../support/scenarios';

function base(workloads: unknown[] = [dbWorkload()]): Record<string, unknown> {
  return { schemaVersion: 1, name: 'T', question: 'Q?', region: 'us-east-1', horizonMonths: 12, discountRateAnnualPct: 5, workloads };
}


describe('loading scenarios', () => {
  it('accepts every example and template, filling defaults', () => {
    for (const file of readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.tco.json'))) {
      const s = parseScenarioJson(readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
      expect(s.schemaVersion).toBe(1);
    }
    for (const t of TEMPLATE_IDS) expect(parseScenario(starterScenario(t)).workloads.length).toBeGreaterThan(0);
    const s = parseScenario(base());
    const w = s.workloads[0]!;
    expect(s.usageGrowthPctPerMonth).toBe(0);
    expect(w.kind === 'database' && w.hoursPerMonth).toBe(730);
    expect(s.opsEffort.downtimeCostPerHourUsd).toBe(0);
  });

  it.each([
    ['a negative number', { ...base([dbWorkload({ storage: { sizeGb: -5, type: 'gp3' } })]) }, 'workloads[0].storage.sizeGb', /at least 20 \(got -5\)/],
    ['an absurd number', { ...base([dbWorkload({ storage: { sizeGb: 10_000_000, type: 'gp3' } })]) }, 'workloads[0].storage.sizeGb', /at most 65536 \(got 10000000\)/],
    ['hours beyond a 730-hour month', { ...base([dbWorkload({ hoursPerMonth: 800 })]) }, 'workloads[0].hoursPerMonth', /at most 730/],
    ['an unknown field', { ...base(), colour: 'blue' }, '(root)', /unknown field "colour"/],
    ['an unknown nested field', { ...base([{ ...dbWorkload(), storge: {} }]) }, 'workloads[0]', /unknown field "storge"/],
    ['a wrong type', { ...base(), horizonMonths: '36' }, 'horizonMonths', /must be a number \(got "36"\)/],
    ['a fraction where a whole number is needed', { ...base(), horizonMonths: 12.5 }, 'horizonMonths', /whole number/],
    ['a missing field', (() => { const b = base(); delete b.region; return b; })(), 'region', /is required: one of "us-east-1", "us-east-2"/],
    ['an unknown region', { ...base(), region: 'mars-north-1' }, 'region', /must be one of "us-east-1"/],
    ['an unknown engine', { ...base([dbWorkload({ engine: 'oracle' as 'mysql' })]) }, 'workloads[0].engine', /"postgresql", "mysql", "mariadb", "sqlserver-ex".* \(got "oracle"\)/],
    ['a malformed instance class', { ...base([dbWorkload({ instanceClass: 'r6i.large' })]) }, 'workloads[0].instanceClass', /RDS instance class such as "db.r6i.xlarge"/],
    ['an unknown workload kind', { ...base([{ kind: 'queue', id: 'q' }]) }, 'workloads[0].kind', /"database", "ml-platform" \(got "queue"\)/],
    ['io1 without IOPS', { ...base([dbWorkload({ storage: { sizeGb: 200, type: 'io1' } })]) }, 'workloads[0].storage.iops', /required for io1/],
    ['io1 above 50 IOPS per GiB', { ...base([dbWorkload({ storage: { sizeGb: 100, type: 'io1', iops: 9000 } })]) }, 'workloads[0].storage.iops', /at most 50 IOPS per GiB/],
    ['IOPS on gp2', { ...base([dbWorkload({ storage: { sizeGb: 100, type: 'gp2', iops: 3000 } })]) }, 'workloads[0].storage.iops', /not allowed for gp2/],
    ['duplicate workload ids', base([dbWorkload(), dbWorkload()]), 'workloads[1].id', /duplicates workloads\[0\]\.id "db"/],
    ['an empty workload list', base([]), 'workloads', /at least 1 item/],
    ['a future schema version', { ...base(), schemaVersion: 2 }, 'schemaVersion', /must be one of 1 \(got 2\)/],
    ['EKS without an ML workload', { ...base(), options: ['ec2', 'eks'] }, 'options', /"eks" needs at least one ml-platform workload/],
    [
      'half a reserved-rate override',
      base([dbWorkload({ pricing: { rds: { commitment: { model: 'reserved', term: '1yr', purchaseOption: 'no-upfront', hourlyUsd: 0.1 } } } })]),
      'workloads[0].pricing.rds.commitment.upfrontUsd',
      /give both hourlyUsd and upfrontUsd/,
    ],
    [
      'a Savings Plan that does not exist for RDS',
      base([dbWorkload({ pricing: { rds: { commitment: { model: 'savings-plan', plan: 'compute', term: '1yr', purchaseOption: 'no-upfront', discountPct: 20 } } } as never })]),
      'workloads[0].pricing.rds.commitment.plan',
      /must be one of "database"/,
    ],
    [
      'reserved instances for SageMaker',
      base([mlWorkload({ pricing: { sagemaker: { commitment: { model: 'reserved', term: '1yr', purchaseOption: 'no-upfront' } } } as never })]),
      'workloads[0].pricing.sagemaker.commitment.model',
      /"on-demand", "savings-plan" \(got "reserved"\)/,
    ],
    ['an unknown ops task id', { ...base(), opsEffort: { tasks: { 'ec2-db.coffee': { monthlyFixedHours: 1 } } } }, 'opsEffort.tasks.ec2-db.coffee', /unknown ops task "ec2-db.coffee"; allowed: ec2-db.os-install/],
    ['a serverless memory size AWS does not offer', base([mlWorkload({ serverlessInference: { memoryMb: 1500 as 1024, requestsPerMonth: 1, meanDurationMs: 1 } })]), 'workloads[0].serverlessInference.memoryMb', /1024, 2048/],
  ])('rejects %s, naming the field and what is allowed', (_name, value, path, message) => {
    const issues = issuesOf(value);
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
  });

  it('reports malformed JSON with its line and column', () => {
    const text = '{\n  "schemaVersion": 1,\n  "name": "x",,\n}';
    expect(() => parseScenarioJson(text)).toThrow(ScenarioError);
    try {
      parseScenarioJson(text);
    } catch (e) {
      const err = e as ScenarioError;
      expect(err.issues[0]!.path).toBe('(root)');
      expect(err.message).toMatch(/not valid JSON: .* at line 3, column 15/);
    }
  });

  it('reports non-object JSON at the root', () => {
    expect(() => parseScenarioJson('[1,2]')).toThrow(/\(root\): must be an object \(got a list\)/);
    expect(() => parseScenarioJson('null')).toThrow(/\(root\): must be an object \(got null\)/);
  });

  it('accepts a byte-order mark at the start of the file', () => {
    expect(parseScenarioJson(`\uFEFF${JSON.stringify(base())}`).name).toBe('T');
  });

  it('has a message of one line for every issue', () => {
    const issues = issuesOf({ ...base([dbWorkload({ storage: { sizeGb: -1, type: 'io1' } })]), horizonMonths: 0, extra: true });
    expect(issues.length).toBeGreaterThanOrEqual(3);
    for (const i of issues) expect(`${i.path}: ${i.message}`).not.toMatch(/\n/);
  });

  it('publishes a JSON Schema that describes the format', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, unknown>; required: string[]; $id: string };
    expect(schema.$id).toMatch(/scenario-v1/);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'name', 'question', 'region', 'horizonMonths', 'workloads']));
    expect(schema.required).not.toContain('usageGrowthPctPerMonth');
    expect(JSON.stringify(schema.properties.workloads)).toContain('ml-platform');
  });
});

describe('variant override paths', () => {
  it.each([
    ['workloads.foo', 'workloads is a list'],
    ['workloads.length', '"length" is not a field'],
    ['workloads.constructor', '"constructor" is not a field'],
    ['workloads.__proto__', '"__proto__" is not a field'],
    ['__proto__.polluted', '"__proto__" is not a field'],
    ['constructor.prototype.polluted', '"constructor" is not a field'],
    ['workloads[0].constructor', '"constructor" is not a field'],
    ['workloads[0].storage.prototype', '"prototype" is not a field'],
    ['workloads[3].storage.sizeGb', 'there is no element [3]'],
    ['workloads[0].storage[0]', 'no list at workloads[0].storage'],
    ['labour[0]', 'no list at labour'],
  ])('rejects %s as a typed error that names the override and the path', (path, expected) => {
    const issues = issuesOf({ ...base(), variants: [{ name: 'v', overrides: [{ path, value: 1 }] }] });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('variants[0].overrides[0].path');
    expect(issues[0]!.message).toContain(JSON.stringify(path));
    expect(issues[0]!.message).toContain(expected);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('still accepts paths to fields of existing elements', () => {
    const s = parseScenario({ ...base(), variants: [{ name: 'v', overrides: [{ path: 'workloads[0].storage.sizeGb', value: 999 }] }] });
    expect(s.variants[0]!.overrides[0]!.path).toBe('workloads[0].storage.sizeGb');
  });
});

describe('variant names', () => {
  const named = (...names: string[]) => ({ ...base(), variants: names.map((name) => ({ name, overrides: [{ path: 'workloads[0].storage.sizeGb', value: 999 }] })) });

  it.each([
    'Storage triples (3 TB)',
    'Team of six, lean ops',
    "Ops' best case",
    'R&D / staging',
    'Größer: 2× Speicher',
    '東京リージョン',
    'v2.1 — 50% more jobs?',
    'a',
    'x'.repeat(60),
    '🚀 launch',
  ])('accepts the ordinary name %j', (name) => {
    expect(parseScenario(named(name)).variants[0]!.name).toBe(name);
  });

  it.each([
    ['', 'must not be empty'],
    ['x'.repeat(61), 'must be at most 60 characters (got 61)'],
    [' leading', 'must not start or end with a space'],
    ['trailing ', 'must not start or end with a space'],
    ['tab\there', 'letters, digits, spaces and punctuation only'],
    ['line\nbreak', 'letters, digits, spaces and punctuation only'],
    ['right\u202eto left', 'no control or text-direction characters'],
    ['isolate\u2066x\u2069', 'no control or text-direction characters'],
    ['zero\u200bwidth', 'letters, digits, spaces and punctuation only'],
    ['no\u00a0break', 'letters, digits, spaces and punctuation only'],
    ['nul\u0000', 'letters, digits, spaces and punctuation only'],
  ])('refuses %j, naming the field and the rule', (name, message) => {
    const issues = issuesOf(named(name));
    expect(issues[0]!.path).toBe('variants[0].name');
    expect(issues[0]!.message).toContain(message);
  });

  it('counts characters, not UTF-16 units: 60 astral characters are a valid name', () => {
    expect(parseScenario(named('😀'.repeat(60))).variants[0]!.name).toHaveLength(120);
    expect(issuesOf(named('😀'.repeat(61)))[0]!.message).toContain('at most 60 characters');
  });

  it('refuses "base" and a name used twice, at the later variant', () => {
    expect(issuesOf(named('base'))).toEqual([{ path: 'variants[0].name', message: '"base" names the scenario itself; choose another name' }]);
    expect(issuesOf(named('Storage (3 TB)', 'Other', 'Storage (3 TB)'))).toEqual([
      { path: 'variants[2].name', message: 'the scenario already has a variant named "Storage (3 TB)"; choose another name' },
    ]);
    // Names are compared exactly: another case is another name.
    expect(parseScenario(named('Base', 'storage (3 tb)', 'Storage (3 TB)')).variants).toHaveLength(3);
  });
});

describe('checking overrides one by one', () => {
  it('names each override that makes the scenario invalid, with the rule of the file', () => {
    const s = parseScenario(base());
    const problems = overrideProblems(
      s,
      [
        { path: 'workloads[0].storage.sizeGb', value: 0.5 },
        { path: 'workloads[0].storage.sizeGb', value: 10 },
        { path: 'workloads[0].readReplicas', value: 2 },
        { path: 'workloads[0].readReplicas', value: 99 },
        { path: 'workloads[7].readReplicas', value: 1 },
      ],
      parseScenario,
    );
    expect(problems).toEqual([
      { path: 'workloads[0].storage.sizeGb', message: 'must be a whole number (got 0.5)' },
      { path: 'workloads[0].storage.sizeGb', message: 'must be at least 20 (got 10)' },
      { path: 'workloads[0].readReplicas', message: 'must be at most 15 (got 99)' },
      { path: 'workloads[7].readReplicas', message: expect.stringContaining('there is no element [7]') },
    ]);
  });
});
