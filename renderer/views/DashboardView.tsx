import { useMemo, useState } from 'react';
import {
  analysisPair,
  breakEvenCurve,
  breakEvenInputOf,
  cumulativeSeries,
  describeCrossover,
  differenceDistribution,
  formatHours,
  formatUsd,
  formatUsdWhole,
  monthlyByCategory,
  noProbabilityReason,
  uncertainInputsPhrase,
  opsHoursByTask,
  platformBreakEven,
  refusalOf,
  runRateByOption,
  scenarioInputs,
  servicesInRunRate,
  solveBreakEven,
  tornado,
  tornadoBars,
  type Estimate,
  type OptionId,
  type PriceCatalogue,
  type Scenario,
} from '../../src/index';
import { BreakEvenCurveChart, CumulativeCostChart, DistributionChart, MonthlyCostChart, OpsHoursChart, RunRateChart, TornadoChart } from '../charts';
import { tornadoAxisTitle, tornadoRowHeight } from '../charts/TornadoChart';
import { Sized } from '../components/Sized';
import { OptionSelect } from '../components/fields';
import type { SimulationState } from '../worker/use-simulation';
import { LinesTable } from './LinesTable';
import { RecommendationAnswer } from './RecommendationAnswer';

export function SummaryCards({ estimate }: { estimate: Estimate }) {
  // With a price missing no option is marked the cheapest (refusalOf).
  const best = refusalOf(estimate) ? undefined : estimate.ranking[0];
  return (
    <div className="cards">
      {estimate.options.map((o) => (
        <div key={o.option} className={`card${o.option === best ? ' best' : ''}`} style={{ borderLeftColor: `var(--option-${o.option})` }} data-testid={`total-${o.option}`}>
          <div className="muted">{o.label}</div>
          <div className="big">{formatUsdWhole(o.horizonTotal)}</div>
          <div className="muted">over {estimate.scenario.horizonMonths} months · NPV {formatUsdWhole(o.npv)}</div>
          <div>
            {formatUsdWhole(o.monthlyRunRate)}/month · {formatHours(o.opsHoursPerMonth)} ops/month
          </div>
          <div className="muted">
            one-time {formatUsdWhole(o.oneTimeTotal)} · setup {formatHours(o.setupHours)}
            {o.flaggedLines > 0 ? (
              <span className="badge danger" style={{ marginLeft: 6 }}>
                {o.flaggedLines} flagged
              </span>
            ) : null}
          </div>
        </div>
      ))}
    </div>
  );
}

/** Each warning kind in the user's words. */
const WARNING_WORDS: Readonly<Record<Estimate['warnings'][number]['kind'], string>> = {
  'missing-price': 'Price not found',
  'fallback-price': 'Priced at a stand-in rate',
  'derived-price': 'Derived price',
  'input-needed': 'Input needed',
  note: 'Note',
};

/** The results dashboard: totals, break-even, charts, sensitivity, uncertainty and every cost line with its provenance. */
export function DashboardView({
  estimate,
  scenario,
  catalogue,
  simulation,
  staleAfterDays,
  onBreakEvenInput,
}: {
  estimate: Estimate;
  scenario: Scenario;
  catalogue: PriceCatalogue;
  simulation: SimulationState;
  /** The user's stale-price threshold (Settings): the lines table flags older prices. */
  staleAfterDays: number;
  /** Saves the break-even input in the scenario (analysis.breakEven.input), so the report shows the same break-even. */
  onBreakEvenInput: (path: string) => void;
}) {
  const [option, setOption] = useState<OptionId>(estimate.ranking[0] ?? 'ec2');
  const selected = estimate.options.some((o) => o.option === option) ? option : (estimate.ranking[0] ?? 'ec2');
  const optionList = estimate.options.map((o) => ({ option: o.option, label: o.label }));
  const runRate = useMemo(() => runRateByOption(estimate), [estimate]);
  const cumulative = useMemo(() => cumulativeSeries(estimate), [estimate]);
  const monthly = useMemo(() => monthlyByCategory(estimate, selected), [estimate, selected]);
  const ops = useMemo(() => opsHoursByTask(estimate), [estimate]);
  // The report's pair and order ([runner-up, recommended]): one sign convention in the app and the PDF.
  const pair = useMemo(() => analysisPair(estimate), [estimate]);
  const tornadoResult = useMemo(() => (pair ? tornado(scenario, catalogue, { between: pair }) : undefined), [scenario, catalogue, pair]);
  const tornadoChartBars = useMemo(() => (tornadoResult ? tornadoBars(tornadoResult).bars : []), [tornadoResult]);
  const label = (o: string) => estimate.options.find((x) => x.option === o)?.label ?? o;
  const inputs = useMemo(() => scenarioInputs(scenario), [scenario]);
  // The scenario's break-even input (the report shows the same one); choosing another saves it in the document.
  const bePath = breakEvenInputOf(scenario)?.path ?? '';
  const breakEven = useMemo(() => {
    if (!bePath || !pair) return undefined;
    try {
      return solveBreakEven(scenario, catalogue, bePath, { between: pair });
    } catch (e) {
      return (e as Error).message;
    }
  }, [scenario, catalogue, bePath, pair]);
  // ML scenarios comparing EC2 and EKS: the team size at which EKS's packing outweighs its cluster fee and upkeep.
  const platformBe = useMemo(() => {
    try {
      return platformBreakEven(scenario, catalogue);
    } catch {
      return undefined;
    }
  }, [scenario, catalogue]);
  const sim = simulation.result;
  const refused = refusalOf(estimate) !== null;
  // No probability, no distribution chart when nothing varies: said in the report's words (confidence-text.ts).
  const noProbability = noProbabilityReason(scenario, sim);

  return (
    <div>
      <SummaryCards estimate={estimate} />
      <section className="panel" aria-labelledby="answer-h">
        <h2 id="answer-h">Answer</h2>
        <p style={{ marginTop: 0 }}>{estimate.scenario.question}</p>
        <RecommendationAnswer estimate={estimate} scenario={scenario} simulation={sim} updating={simulation.running} />
        <ul>
          {(refused ? [] : estimate.crossovers).map((c) => (
            <li key={`${c.a}-${c.b}`}>{describeCrossover(estimate, c)}</li>
          ))}
        </ul>
        {estimate.warnings.length > 0 ? (
          <details>
            <summary>
              {estimate.warnings.length} warning{estimate.warnings.length > 1 ? 's' : ''}
            </summary>
            <ul>
              {estimate.warnings.map((w) => (
                <li key={w.message} className={w.kind === 'missing-price' || w.kind === 'fallback-price' ? 'error' : 'muted'}>
                  {WARNING_WORDS[w.kind]}: {w.message}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <div className="split">
        <section className="panel">
          <h2>Monthly run-rate by service</h2>
          <Sized height={300} label="Monthly run-rate by service and option">
            {(w, h) => <RunRateChart points={runRate} services={servicesInRunRate(runRate)} width={w} height={h} interactive />}
          </Sized>
        </section>
        <section className="panel">
          <h2>Cumulative cost and break-even</h2>
          <Sized height={300} label="Cumulative cost by option">
            {(w, h) => <CumulativeCostChart points={cumulative.points} markers={cumulative.markers} options={optionList} width={w} height={h} interactive />}
          </Sized>
        </section>
        <section className="panel">
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <h2 style={{ margin: 0 }}>Monthly cost by category</h2>
            <OptionSelect label="Option shown" options={estimate.options} value={selected} onChange={setOption} />
          </div>
          <Sized height={280} label="Monthly cost by category">
            {(w, h) => <MonthlyCostChart points={monthly} width={w} height={h} interactive />}
          </Sized>
        </section>
        <section className="panel">
          <h2>Ops hours per month by task</h2>
          <Sized height={Math.max(240, Math.min(14, ops.length) * 22 + 60)} label="Ops hours by task">
            {(w, h) => <OpsHoursChart rows={ops} options={optionList} width={w} height={h} interactive />}
          </Sized>
        </section>
        {tornadoResult ? (
          <section className="panel">
            <h2>
              Sensitivity: what moves the saving of {label(tornadoResult.between[1])} over {label(tornadoResult.between[0])}
            </h2>
            <p className="muted">
              Each input alone over ±{tornadoResult.rangePct}% (unless the scenario sets its range); the saving is {formatUsdWhole(tornadoResult.base)} over{' '}
              {estimate.scenario.horizonMonths} months with today&apos;s inputs. The same chart as the report&apos;s.
            </p>
            <Sized height={70 + tornadoRowHeight(tornadoChartBars) * tornadoChartBars.length} label="Sensitivity tornado">
              {(w, h) => (
                <TornadoChart
                  bars={tornadoChartBars}
                  width={w}
                  height={h}
                  interactive
                  axisTitle={tornadoAxisTitle(label(tornadoResult.between[1]), label(tornadoResult.between[0]), estimate.scenario.horizonMonths)}
                />
              )}
            </Sized>
          </section>
        ) : null}
        <section className="panel" aria-busy={simulation.running}>
          <h2>Uncertainty (Monte Carlo)</h2>
          {refused ? (
            <p className="muted" data-testid="simulation-summary">
              Not simulated while prices are missing (see the Answer).
            </p>
          ) : noProbability !== null ? (
            <p data-testid="simulation-summary">{noProbability}</p>
          ) : (
            <>
              {simulation.error ? <div className="banner error">{simulation.error}</div> : null}
              {sim ? (
                <>
                  <p className="muted" data-testid="simulation-summary">
                    {sim.runs.toLocaleString('en-US')} runs{simulation.ms !== undefined ? ` in ${Math.round(simulation.ms)} ms` : ''}; saving of {label(sim.between[1])} over {label(sim.between[0])}: P10 {formatUsd(sim.difference.p10)}, P50{' '}
                    {formatUsd(sim.difference.p50)}, P90 {formatUsd(sim.difference.p90)}. {uncertainInputsPhrase(sim)} (identical tasks on several platforms share a draw; the rest are sampled independently).
                  </p>
                  <Sized height={260} label="Distribution of the difference between options">
                    {(w, h) => {
                      const d = differenceDistribution(sim);
                      return <DistributionChart points={d.points} p10={d.p10} p50={d.p50} p90={d.p90} width={w} height={h} interactive />;
                    }}
                  </Sized>
                </>
              ) : (
                <p className="muted" data-testid="simulation-updating">
                  {simulation.running ? 'Updating… (simulating this scenario)' : 'No simulation yet.'}
                </p>
              )}
            </>
          )}
        </section>
        <section className="panel">
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <h2 style={{ margin: 0 }}>Break-even</h2>
            <select aria-label="Break-even input" value={bePath} onChange={(e) => onBreakEvenInput(e.currentTarget.value)} style={{ maxWidth: 260 }}>
              {inputs.map((i) => (
                <option key={i.path} value={i.path}>
                  {i.label}
                </option>
              ))}
            </select>
          </div>
          {typeof breakEven === 'string' ? <div className="banner error">{breakEven}</div> : null}
          {breakEven && typeof breakEven !== 'string' ? (
            <>
              <p data-testid="breakeven-message">{breakEven.message}</p>
              <Sized height={260} label="Break-even curve">
                {(w, h) => (
                  <BreakEvenCurveChart
                    points={breakEvenCurve(breakEven)}
                    options={optionList}
                    crossings={breakEven.crossings.map((c) => c.value)}
                    current={breakEven.input.value}
                    unit={breakEven.input.unit}
                    width={w}
                    height={h}
                    interactive
                  />
                )}
              </Sized>
            </>
          ) : null}
          {platformBe ? (
            <p data-testid="platform-breakeven-message">
              <strong>EC2 or EKS, by team size:</strong> {platformBe.message}
            </p>
          ) : null}
        </section>
      </div>

      <section className="panel" aria-labelledby="lines-h">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2 id="lines-h" style={{ margin: 0 }}>
            Cost lines
          </h2>
          <OptionSelect label="Option of the cost lines" options={estimate.options} value={selected} onChange={setOption} />
        </div>
        <LinesTable estimate={estimate} option={selected} staleAfterDays={staleAfterDays} />
      </section>
    </div>
  );
}
