import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRADEOFF_SETTINGS,
  EXIT_STEP_IDS,
  parseScenario,
  parseScenarioJson,
  scenarioJsonSchema,
  ScenarioError,
  tradeoffSettings,
} from '../../src/index';
import { dbWorkload, mlWorkload } from '../support/scenarios';

function base(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    name: 'T',
    question: 'Q?',
    region: 'us-east-1',
    horizonMonths: 12,
    discountRateAnnualPct: 5,
    workloads: [dbWorkload(), mlWorkload()],
    ...extra,
  };
}

function issuesOf(value: unknown): { path: string; message: string }[] {
  try {
    parseScenario(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return [...(error as ScenarioError).issues];
  }
  throw new Error('expected the scenario to be rejected');
}

const withOverrides = {
  exitEffort: {
    includeInTco: true,
    steps: { 'rds.data-migration': { perUnitHours: 30 }, 'sagemaker.training-rewrite': { fixedHours: 16, role: 'platform-engineer' } },
  },
  timeToValue: { setupTeamSize: 3, hoursPerPersonPerWeek: 24, monthlyBenefitUsd: 25_000, includeDelayCostInTco: true },
  scorecard: {
    weights: { cost: 50, control: 0 },
    scores: {
      managed: { control: { score: 2, reason: 'we need pg_cron and a custom extension' } },
      ec2: { 'operational-burden': { score: 4.5 } },
    },
  },
};

describe('the scenario file keeps trade-off settings', () => {
  it('round-trips overrides: parse → JSON → parse gives the same scenario', () => {
    const first = parseScenario(base({ tradeoffs: withOverrides }));
    const second = parseScenarioJson(JSON.stringify(first, null, 2));
    expect(second).toEqual(first);
    expect(second.tradeoffs).toEqual({
      exitEffort: withOverrides.exitEffort,
      timeToValue: withOverrides.timeToValue,
      scorecard: withOverrides.scorecard,
    });
  });

  it('fills defaults inside the block, and leaves a scenario without the block unchanged', () => {
    const empty = parseScenario(base({ tradeoffs: {} }));
    expect(empty.tradeoffs).toEqual(DEFAULT_TRADEOFF_SETTINGS);
    const none = parseScenario(base());
    expect('tradeoffs' in none).toBe(false);
    expect(tradeoffSettings(none)).toEqual(DEFAULT_TRADEOFF_SETTINGS);
    expect(DEFAULT_TRADEOFF_SETTINGS.exitEffort.includeInTco).toBe(false);
    expect(DEFAULT_TRADEOFF_SETTINGS.timeToValue.includeDelayCostInTco).toBe(false);
    // Round-trips too.
    expect(parseScenarioJson(JSON.stringify(empty))).toEqual(empty);
  });

  it.each([
    ['an unknown exit step', { exitEffort: { steps: { 'rds.teleport': { fixedHours: 1 } } } }, 'tradeoffs.exitEffort.steps.rds.teleport', /unknown exit step "rds.teleport"; allowed: ec2-db.data-migration/],
    ['negative exit hours', { exitEffort: { steps: { 'rds.data-migration': { fixedHours: -1 } } } }, 'tradeoffs.exitEffort.steps.rds.data-migration.fixedHours', /at least 0/],
    ['absurd exit hours', { exitEffort: { steps: { 'rds.data-migration': { perUnitHours: 1e9 } } } }, 'tradeoffs.exitEffort.steps.rds.data-migration.perUnitHours', /at most 10000/],
    ['an unknown role', { exitEffort: { steps: { 'rds.data-migration': { role: 'wizard' } } } }, 'tradeoffs.exitEffort.steps.rds.data-migration.role', /must be one of "dba"/],
    ['a team of nobody', { timeToValue: { setupTeamSize: 0 } }, 'tradeoffs.timeToValue.setupTeamSize', /at least 1/],
    ['a fractional team', { timeToValue: { setupTeamSize: 1.5 } }, 'tradeoffs.timeToValue.setupTeamSize', /whole number/],
    ['a 100-hour week', { timeToValue: { hoursPerPersonPerWeek: 100 } }, 'tradeoffs.timeToValue.hoursPerPersonPerWeek', /at most 80/],
    ['a negative benefit', { timeToValue: { monthlyBenefitUsd: -5 } }, 'tradeoffs.timeToValue.monthlyBenefitUsd', /at least 0/],
    ['delay cost without a benefit', { timeToValue: { includeDelayCostInTco: true } }, 'tradeoffs.timeToValue.monthlyBenefitUsd', /required when includeDelayCostInTco is true/],
    ['a score above 5', { scorecard: { scores: { managed: { cost: { score: 6 } } } } }, 'tradeoffs.scorecard.scores.managed.cost.score', /at most 5/],
    ['a score below 1', { scorecard: { scores: { ec2: { control: { score: 0 } } } } }, 'tradeoffs.scorecard.scores.ec2.control.score', /at least 1/],
    ['a score for an unknown option', { scorecard: { scores: { gcp: { cost: { score: 3 } } } } }, 'tradeoffs.scorecard.scores.gcp', /unknown option "gcp"/],
    ['an unknown criterion', { scorecard: { weights: { vibes: 10 } } }, 'tradeoffs.scorecard.weights.vibes', /unknown criterion "vibes"; allowed: cost/],
    ['a weight above 100', { scorecard: { weights: { cost: 101 } } }, 'tradeoffs.scorecard.weights.cost', /at most 100/],
    [
      'all weights zero',
      { scorecard: { weights: { cost: 0, 'operational-burden': 0, control: 0, portability: 0, 'time-to-value': 0 } } },
      'tradeoffs.scorecard.weights',
      /at least one criterion a weight above 0/,
    ],
    ['an unknown field in the block', { exitEfort: {} }, 'tradeoffs', /unknown field "exitEfort"/],
    ['an unknown field in a score', { scorecard: { scores: { ec2: { cost: { score: 3, note: 'x' } } } } }, 'tradeoffs.scorecard.scores.ec2.cost', /unknown field "note"/],
  ])('rejects %s, naming the field', (_name, tradeoffs, path, message) => {
    const issues = issuesOf(base({ tradeoffs }));
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)!.message).toMatch(message);
  });

  it('publishes the block in the JSON Schema, with the exit-step ids', () => {
    const schema = JSON.stringify(scenarioJsonSchema());
    expect(schema).toContain('"tradeoffs"');
    expect(schema).toContain('includeDelayCostInTco');
    for (const id of EXIT_STEP_IDS) expect(schema).toContain(`"${id}"`);
  });
});
