import { formatPct, recommendationOf, type Estimate, type SimulationResult } from '../../src/index';

/**
 * The dashboard's answer: the report's recommendation sentence (the same function makes both, so
 * the app and the PDF never disagree), its caveats, and how often the option came out cheapest in
 * the app's own Monte Carlo runs once they are done.
 */
export function RecommendationAnswer({ estimate, simulation }: { estimate: Estimate; simulation: SimulationResult | undefined }) {
  const recommendation = recommendationOf(estimate);
  if (!recommendation) return null;
  return (
    <>
      <p data-testid="recommendation">
        {recommendation.headline}
        {simulation && recommendation.runnerUp !== null
          ? ` It is the cheapest in ${formatPct(Math.round((simulation.probabilityCheapest[recommendation.option] ?? 0) * 1000) / 10)} of ${simulation.runs.toLocaleString('en-US')} Monte Carlo runs.`
          : ''}
      </p>
      {recommendation.caveats.map((caveat) => (
        <p key={caveat} className="error" data-testid="recommendation-caveat">
          {caveat}
        </p>
      ))}
    </>
  );
}
