import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  controlLevers,
  controlPoints,
  exitEffort,
  exitStepsFor,
  INCIDENT_DEFAULTS,
  parseScenarioJson,
  responsibilityMatrix,
  tasksFor,
} from '../../src/index';
import { tradeoffsReport } from '../../src/tradeoffs/report';
import { EXAMPLES_DIR } from '../support/paths';
import { snapshotCatalogue } from '../support/snapshot';

const example = () => parseScenarioJson(readFileSync(join(EXAMPLES_DIR, 'postgres-fleet-ec2-rds-aurora.tco.json'), 'utf8'));

describe('Aurora in the trade-off views', () => {
  it('covers Aurora in every view of the trade-offs report: matrix, levers, exit effort, time to value and scorecard', () => {
    const report = tradeoffsReport(example(), snapshotCatalogue());
    expect(report.options.map((o) => o.option)).toEqual(['ec2', 'managed', 'aurora']);
    expect(report.responsibility.map((m) => m.deployment)).toContain('aurora');
    expect(report.levers.map((l) => l.deployment)).toContain('aurora');
    expect(report.exitEffort.find((x) => x.option === 'aurora')!.totalHours).toBeGreaterThan(0);
    expect(report.timeToValue.options.find((o) => o.option === 'aurora')!.setupHours).toBeGreaterThan(0);
    expect(report.scorecard.options.map((o) => o.option)).toContain('aurora');
  });

  it('keeps RDS\'s owners for every duty (Aurora is an RDS engine under AWS\'s table)', () => {
    const rds = responsibilityMatrix('rds');
    const aurora = responsibilityMatrix('aurora');
    expect(aurora.map((e) => [e.duty, e.owner])).toEqual(rds.map((e) => [e.duty, e.owner]));
    expect(aurora.find((e) => e.duty === 'scaling')!.note).toMatch(/storage grows by itself/);
    for (const e of aurora) for (const id of e.customerTaskIds) expect(id.startsWith('aurora.')).toBe(true);
  });

  it('has RDS\'s ops residual hour for hour (licence compliance aside: Aurora has no commercial engines), each task with its own Aurora rationale', () => {
    const rds = tasksFor('rds').filter((t) => t.id !== 'rds.licence-compliance');
    const aurora = tasksFor('aurora');
    expect(aurora.map((t) => t.id.replace(/^aurora\./, ''))).toEqual(rds.map((t) => t.id.replace(/^rds\./, '')));
    aurora.forEach((t, i) => {
      const r = rds[i]!;
      expect([t.setupFixedHours, t.setupPerUnitHours, t.monthlyFixedHours, t.monthlyPerUnitHours]).toEqual([
        r.setupFixedHours,
        r.setupPerUnitHours,
        r.monthlyFixedHours,
        r.monthlyPerUnitHours,
      ]);
      expect(t.provenance.rationale).not.toBe(r.provenance.rationale);
    });
    expect(INCIDENT_DEFAULTS.aurora.incidentsPerMonth).toBe(INCIDENT_DEFAULTS.rds.incidentsPerMonth);
  });

  it('rates Aurora\'s control like RDS\'s and its exit as harder than RDS\'s', () => {
    expect(controlLevers('aurora').map((l) => l.level)).toEqual(controlLevers('rds').map((l) => l.level));
    expect(controlPoints(['aurora'])).toBe(controlPoints(['rds']));
    expect(exitStepsFor('aurora').map((s) => s.id)).toEqual(['aurora.data-migration', 'aurora.replace-aurora-features']);
    const s = example();
    expect(exitEffort(s, 'aurora').totalHours).toBeGreaterThan(exitEffort(s, 'managed').totalHours);
  });
});
