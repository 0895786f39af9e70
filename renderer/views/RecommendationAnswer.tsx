import {
  cheapestInRunsSentence,
  noProbabilityReason,
  recommendationOf,
  refusalOf,
  type Estimate,
  type Scenario,
  type SimulationResult,
} from '../../src/index';

/**
 * The dashboard's answer: the report's recommendation sentence (the same function makes both, so
 * the app and the PDF never disagree), its caveats, and how sure it is: the share of the app's own
 * Monte Carlo runs in which the option came out cheapest, when inputs vary and the runs for this
 * very scenario are in, else the report's statement of why no probability is given. With a price
 * missing there is no answer at all: a banner says what is missing and how to fix it.
 */
export function RecommendationAnswer({
  estimate,
  scenario,
  simulation,
  updating = false,
}: {
  estimate: Estimate;
  scenario: Scenario;
  /** The Monte Carlo result for this scenario; undefined while none is (results of an earlier input are never passed). */
  simulation: SimulationResult | undefined;
  /** True while the runs for this scenario are under way. */
  updating?: boolean;
}) {
  const refusal = refusalOf(estimate);
  if (refusal) {
    const more = refusal.missing.length - refusal.named.length;
    return (
      <div className="banner error" role="alert" data-testid="no-recommendation">
        <p style={{ marginTop: 0 }}>
          <strong>{refusal.headline}</strong>
        </p>
        <p>Prices not found:</p>
        <ul>
          {refusal.named.map((m) => (
            <li key={m}>{m}</li>
          ))}
          {more > 0 ? <li>and {more} more (marked ! in the cost lines)</li> : null}
        </ul>
        <p style={{ marginBottom: 0 }}>{refusal.fix}</p>
      </div>
    );
  }
  const recommendation = recommendationOf(estimate);
  if (!recommendation) return null;
  const compared = recommendation.runnerUp !== null;
  const noProbability = noProbabilityReason(scenario, simulation);
  let confidence: string | null = null;
  if (compared) {
    if (noProbability !== null) confidence = noProbability;
    else if (simulation) confidence = cheapestInRunsSentence(recommendation, simulation);
    else if (updating) confidence = 'Updating the Monte Carlo runs…';
  }
  return (
    <>
      <p data-testid="recommendation">{recommendation.headline}</p>
      {confidence !== null ? (
        <p data-testid="answer-confidence" className={noProbability === null && !simulation ? 'muted' : undefined}>
          {confidence}
        </p>
      ) : null}
      {recommendation.caveats.map((caveat) => (
        <p key={caveat} className="error" data-testid="recommendation-caveat">
          {caveat}
        </p>
      ))}
    </>
  );
}
