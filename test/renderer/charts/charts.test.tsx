// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BreakEvenCurveChart } from '../../../renderer/charts/BreakEvenCurveChart';
import { CumulativeCostChart } from '../../../renderer/charts/CumulativeCostChart';
import { DistributionChart } from '../../../renderer/charts/DistributionChart';
import { MonthlyCostChart } from '../../../renderer/charts/MonthlyCostChart';
import { OpsHoursChart } from '../../../renderer/charts/OpsHoursChart';
import { OPTION_COLORS, serviceColor } from '../../../renderer/charts/palette';
import { RunRateChart } from '../../../renderer/charts/RunRateChart';
import { niceStep, TornadoChart, tornadoAxisTitle, tornadoRowHeight, wrapLabel } from '../../../renderer/charts/TornadoChart';
import {
  breakEvenCurve,
  cumulativeSeries,
  differenceDistribution,
  estimate,
  monthlyByCategory,
  opsHoursByTask,
  parseScenario,
  runRateByOption,
  servicesInRunRate,
  simulate,
  solveBreakEven,
  tornado,
  tornadoBars,
} from '../../../src/index';
import postgresFile from '../../../examples/postgres-oltp-ha.tco.json';
import startupFile from '../../../examples/startup-db-and-ml.tco.json';
import { snapshotCatalogueAnyEnv } from '../../support/snapshot-in-any-env';

/**
 * The chart components render the series of src/report/chart-series.ts as SVG: one rectangle per
 * non-zero bar segment, one curve per option, one reference line per marker. Tooltips and
 * animation are off unless the chart is interactive.
 */
const postgres = parseScenario(postgresFile);
const startup = parseScenario(startupFile);
const catalogue = await snapshotCatalogueAnyEnv();
const pgEstimate = estimate(postgres, catalogue);
const startupEstimate = estimate(startup, catalogue);
const optionsOf = (e: typeof pgEstimate) => e.options.map((o) => ({ option: o.option, label: o.label }));

const count = (c: HTMLElement, selector: string) => c.querySelectorAll(selector).length;
const bars = (c: HTMLElement) => count(c, '.recharts-bar-rectangle');

afterEach(cleanup);

describe('chart components', () => {
  it('monthly cost: one bar segment per month and non-zero category, a legend of the categories (downtime only when priced)', () => {
    // postgres-oltp-ha prices downtime ($2,000/h): its own category, not engineer time.
    const points = monthlyByCategory(pgEstimate, 'ec2');
    const { container } = render(<MonthlyCostChart points={points} width={680} height={200} />);
    const expected = points.reduce((n, p) => n + [p.infrastructure, p.operations, p.security, p.downtime].filter((v) => v > 0).length, 0);
    expect(points).toHaveLength(36);
    expect(points[0]!.downtime).toBeCloseTo(730, 6);
    expect(bars(container)).toBe(expected);
    expect(count(container, '.recharts-legend-item')).toBe(4);
    expect(container.textContent).toContain('Downtime (business cost)');
    // Without priced downtime, no downtime entry.
    const startupPoints = monthlyByCategory(estimate(startup, catalogue), 'ec2');
    expect(startupPoints.every((p) => p.downtime === 0)).toBe(true);
    const plain = render(<MonthlyCostChart points={startupPoints} width={680} height={200} />);
    expect(count(plain.container, '.recharts-legend-item')).toBe(3);
    expect(container.textContent).toMatch(/\$\d/); // currency ticks
    expect(count(container, '.recharts-tooltip-wrapper')).toBe(0);
  });

  it('monthly cost, interactive: adds a tooltip', () => {
    const { container } = render(<MonthlyCostChart points={monthlyByCategory(pgEstimate, 'ec2')} width={680} height={200} interactive />);
    expect(count(container, '.recharts-tooltip-wrapper')).toBe(1);
  });

  it('run-rate: one bar per option, stacked by service, a legend entry per service', () => {
    const points = runRateByOption(startupEstimate);
    const services = servicesInRunRate(points);
    const { container } = render(<RunRateChart points={points} services={services} width={680} height={200} />);
    const expected = points.reduce((n, p) => n + services.filter((s) => (p.byService[s as keyof typeof p.byService] ?? 0) > 0).length, 0);
    expect(bars(container)).toBe(expected);
    expect(count(container, '.recharts-legend-item')).toBe(services.length);
  });

  it('cumulative: a curve per option and a marker per break-even month', () => {
    const { points, markers } = cumulativeSeries(pgEstimate);
    expect(markers).toHaveLength(1); // managed is cheaper at first; EC2 overtakes it in month 5
    const { container } = render(<CumulativeCostChart points={points} markers={markers} options={optionsOf(pgEstimate)} width={680} height={250} />);
    expect(count(container, '.recharts-line-curve')).toBe(2);
    expect(count(container, '.recharts-reference-line')).toBe(1);
    expect(container.textContent).toContain(`Break-even ${markers[0]!.label}`);
  });

  it('ops hours: a bar per task and option with hours, at most maxRows tasks', () => {
    const rows = opsHoursByTask(startupEstimate);
    const shown = rows.slice(0, 8);
    const options = optionsOf(startupEstimate);
    const { container } = render(<OpsHoursChart rows={rows} options={options} maxRows={8} width={680} height={400} />);
    const expected = shown.reduce((n, r) => n + options.filter((o) => ((r[o.option] as number | undefined) ?? 0) > 0).length, 0);
    expect(bars(container)).toBe(expected);
    expect(count(container, '.recharts-legend-item')).toBe(3);
  });

  it('tornado: one bar per input around a zero line, on round symmetric ticks', () => {
    const t = tornadoBars(tornado(postgres, catalogue), 6);
    const { container } = render(<TornadoChart bars={t.bars} width={680} height={220} />);
    expect(t.bars).toHaveLength(6);
    expect(bars(container)).toBe(6);
    expect(count(container, '.recharts-reference-line')).toBe(1);
    expect([niceStep(7), niceStep(12_000), niceStep(2.2), niceStep(100)]).toEqual([10, 20_000, 2.5, 100]);
  });

  it('tornado: labels wrap and are never cut; an axis title and a legend say what the bars mean', () => {
    const t = tornadoBars(tornado(postgres, catalogue), 6);
    const title = tornadoAxisTitle('Amazon RDS', 'EC2', 36);
    const { container } = render(<TornadoChart bars={t.bars} width={680} height={70 + tornadoRowHeight(t.bars) * 6} axisTitle={title} />);
    const text = container.textContent ?? '';
    expect(text).not.toContain('…');
    // Every label's words are all on the axis, across its lines.
    const ticks = [...container.querySelectorAll('.recharts-yAxis-tick-labels text')].map((n) => [...n.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));
    expect(ticks).toEqual(t.bars.map((b) => b.label.split(/\s+/).join(' ')));
    expect(text).toContain('Change in the saving of Amazon RDS over EC2 (36-month total) vs today\'s inputs');
    expect(container.querySelector('.chart-legend')?.textContent).toBe('grows as the input risesshrinks as the input rises');
    expect(wrapLabel('RDS db.r6i.4xlarge Multi-AZ instance hourly rate (USD per hour)', 20)).toEqual(['RDS db.r6i.4xlarge', 'Multi-AZ instance', 'hourly rate (USD per', 'hour)']);
  });

  it('distribution: a bar per non-empty bin and P10, P50, P90 markers', () => {
    const sim = simulate(startup, catalogue, { runs: 500, seed: 3 });
    const d = differenceDistribution(sim);
    const { container } = render(<DistributionChart points={d.points} p10={d.p10} p50={d.p50} p90={d.p90} width={680} height={220} />);
    expect(bars(container)).toBe(d.points.filter((p) => p.count > 0).length);
    expect(count(container, '.recharts-reference-line')).toBe(3);
    for (const m of ['P10', 'P50', 'P90']) expect(container.textContent).toContain(m);
  });

  it('break-even curve: a curve per option shown, a marker per crossing and one for today', () => {
    const r = solveBreakEven(postgres, catalogue, 'labour.dba.hourlyUsd');
    expect(r.crossings.length).toBeGreaterThan(0);
    const { container } = render(
      <BreakEvenCurveChart points={breakEvenCurve(r)} options={optionsOf(pgEstimate)} crossings={r.crossings.map((c) => c.value)} current={r.input.value} unit={r.input.unit} width={680} height={230} />,
    );
    expect(count(container, '.recharts-line-curve')).toBe(2);
    expect(count(container, '.recharts-reference-line')).toBe(r.crossings.length + 1);
  });

  it('colours are stable CSS variables with fallbacks, for every option and any service', () => {
    expect(OPTION_COLORS.ec2).toMatch(/^var\(--option-ec2, #[0-9a-f]{6}\)$/);
    expect(serviceColor('Amazon RDS')).toBe(serviceColor('Amazon RDS'));
    expect(serviceColor('Something new')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
