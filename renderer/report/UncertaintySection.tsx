import { formatNumber, formatProbability, formatQuantity, formatUsd, formatUsdWhole, runsVary } from '../../src/index';
import { BreakEvenCurveChart } from '../charts/BreakEvenCurveChart';
import { DistributionChart } from '../charts/DistributionChart';
import { TornadoChart, tornadoAxisTitle, tornadoRowHeight } from '../charts/TornadoChart';
import { Figure, Section } from './parts';
import type { ReportContext } from './report-context';

/** How sure the answer is: Monte Carlo (when the scenario has distributions), sensitivity and a break-even curve. */
export function UncertaintySection({ ctx, number }: { readonly ctx: ReportContext; readonly number: number }) {
  const d = ctx.data;
  const pair = d.analysis.pair;
  if (!pair) {
    return (
      <Section id="uncertainty" number={number} title="How sure is the answer">
        <p className="statement">{d.confidence.statement}</p>
      </Section>
    );
  }
  const [runnerUp, recommended] = pair;
  const savingOf = `the saving of ${ctx.optionLabel(recommended)} over ${ctx.optionLabel(runnerUp)} (${ctx.optionLabel(runnerUp)}'s total minus ${ctx.optionLabel(recommended)}'s, over ${d.estimate.scenario.horizonMonths} months; above zero: ${ctx.optionLabel(recommended)} is cheaper)`;
  const sim = d.analysis.simulation;
  const dist = d.charts.distribution;
  const tor = d.analysis.tornado;
  const bars = d.charts.tornado;
  const be = d.charts.breakEven;
  return (
    <Section id="uncertainty" number={number} title="How sure is the answer">
      <p className="statement">{d.confidence.statement}</p>
      {sim ? (
        <>
          {dist ? (
            <Figure
              name="distribution"
              title="Monte Carlo: distribution of the saving"
              caption={`${formatNumber(sim.runs)} runs, seed ${sim.seed}; ${savingOf}. P10 ${formatUsdWhole(dist.p10)}, median ${formatUsdWhole(dist.p50)}, P90 ${formatUsdWhole(dist.p90)}. Inputs sampled independently from the distributions below.`}
            >
              <DistributionChart points={dist.points} p10={dist.p10} p50={dist.p50} p90={dist.p90} width={ctx.chartWidth} height={220} />
            </Figure>
          ) : (
            <p>
              Every one of the {formatNumber(sim.runs)} simulated runs gave the same saving, {formatUsd(sim.difference.p50)}: the uncertain inputs do not
              change the difference between these two options.
            </p>
          )}
          <table>
            <thead>
              <tr>
                <th>Uncertain input</th>
                <th>Distribution</th>
                <th>Source</th>
                <th>Path in the scenario</th>
              </tr>
            </thead>
            <tbody>
              {sim.inputs.map((i) => (
                <tr key={i.path}>
                  <td>{i.label}</td>
                  <td>{i.distribution}</td>
                  <td title={i.reasoning}>{i.source === 'scenario' ? 'scenario' : 'default range'}</td>
                  <td className="muted">{i.paths.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <thead>
              <tr>
                <th>Option</th>
                <th className="num">Cheapest in</th>
                <th className="num">P10 total</th>
                <th className="num">Median total</th>
                <th className="num">P90 total</th>
              </tr>
            </thead>
            <tbody>
              {sim.options.map((o) => (
                <tr key={o.option}>
                  <td>{ctx.optionLabel(o.option)}</td>
                  <td className="num">{runsVary(sim) ? formatProbability(sim.probabilityCheapest[o.option] ?? 0) : 'n/a (no run differs)'}</td>
                  <td className="num">{formatUsd(o.p10)}</td>
                  <td className="num">{formatUsd(o.p50)}</td>
                  <td className="num">{formatUsd(o.p90)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {tor && bars && bars.bars.length > 0 ? (
        <>
          <Figure
            name="tornado"
            title="Sensitivity: what moves the saving most"
            caption={`Each input varied alone over its range (±${tor.rangePct}% unless the scenario sets one); bars show how ${savingOf} changes from ${formatUsd(tor.base)}. Orange: the saving grows as the input rises; blue: it shrinks (the same chart as the app's). ${bars.bars.length} largest of ${bars.total} inputs that move it.`}
          >
            <TornadoChart
              bars={bars.bars}
              width={ctx.chartWidth}
              height={70 + tornadoRowHeight(bars.bars) * bars.bars.length}
              axisTitle={tornadoAxisTitle(ctx.optionLabel(recommended), ctx.optionLabel(runnerUp), d.estimate.scenario.horizonMonths)}
            />
          </Figure>
          <table>
            <thead>
              <tr>
                <th>Input</th>
                <th className="num">Now</th>
                <th className="num">Range</th>
                <th className="num">Saving at low end</th>
                <th className="num">Saving at high end</th>
              </tr>
            </thead>
            <tbody>
              {tor.bars
                .filter((b) => b.swing > 0)
                .slice(0, bars.bars.length)
                .map((b) => (
                  <tr key={b.path}>
                    <td>{b.label}</td>
                    <td className="num">{formatQuantity(b.value, b.unit)}</td>
                    <td className="num">
                      {formatQuantity(b.low, b.unit)} to {formatQuantity(b.high, b.unit)}
                    </td>
                    <td className="num">{formatUsd(b.atLow)}</td>
                    <td className="num">{formatUsd(b.atHigh)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      ) : null}
      {be ? (
        <Figure
          name="break-even"
          title={`Break-even: cost by ${be.inputLabel}`}
          caption={`${be.message} Each point is a full evaluation of the model with only this input changed; the dotted line is the scenario's value (${formatQuantity(be.current, be.unit)}).`}
        >
          <BreakEvenCurveChart
            points={be.points}
            options={d.charts.options.filter((o) => o.option === runnerUp || o.option === recommended)}
            crossings={be.crossings}
            current={be.current}
            unit={be.unit}
            width={ctx.chartWidth}
            height={230}
          />
        </Figure>
      ) : null}
    </Section>
  );
}
