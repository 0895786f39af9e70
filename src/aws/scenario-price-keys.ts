import { estimate } from '../model/estimate';
import { parseScenario } from '../model/parse-scenario';
import type { Scenario } from '../model/scenario-schema';
import { starterScenario } from '../model/templates';
import type { PriceCatalogue } from '../pricing/catalogue';
import { priceKeyId, type PriceKey } from '../pricing/price-key';
import { defaultPriceSnapshot } from './snapshot/price-snapshot';

/**
 * Every price a scenario asks for, found by estimating it against a catalogue that records each
 * lookup (answering from `base`, so that fallbacks — reserved to on-demand, say — are followed
 * and recorded too). This is the key list of a targeted refresh; it uses only the model's public
 * estimate(), so it follows whatever the builders ask for.
 */
export function priceKeysOfScenario(scenario: Scenario, base: PriceCatalogue = defaultPriceSnapshot().catalogue()): PriceKey[] {
  const keys = new Map<string, PriceKey>();
  const recording: PriceCatalogue = {
    info: base.info,
    lookup(key) {
      keys.set(priceKeyId(key), key);
      return base.lookup(key);
    },
  };
  estimate(scenario, recording);
  return [...keys.values()];
}

/** The keys of the starter database-and-ML scenario in a Region: a sensible refresh without a scenario. */
export function starterPriceKeys(region: string): PriceKey[] {
  const scenario = parseScenario({ ...starterScenario('both'), region });
  return priceKeysOfScenario(scenario);
}
