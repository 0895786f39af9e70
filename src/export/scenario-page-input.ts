import { regionFromCache } from '../aws/cache/cache-catalogue';
import { DEFAULT_PRICE_TTL_MS } from '../aws/cache/cache-ttl';
import { PriceCache } from '../aws/cache/price-cache';
import { defaultPriceSnapshot, type PriceSnapshot } from '../aws/snapshot/price-snapshot';
import { parseScenarioJson } from '../model/parse-scenario';
import type { ReportPageInput, ReportPaper } from '../report/report-input';

export interface ScenarioPageInputOptions {
  readonly paper: ReportPaper;
  readonly variant?: string | undefined;
  readonly generatedAt?: string | undefined;
  /** Default: the process's snapshot. */
  readonly snapshot?: PriceSnapshot;
  /** Cached AWS prices of the scenario's Region to layer over the snapshot; none when absent. */
  readonly cacheDir?: string | undefined;
  readonly now?: Date;
}

/**
 * Report page input that lets the page build the report from the scenario text: the host adds the
 * snapshot quotes of the scenario's Region (read from its snapshot file here, in Node) and any
 * cached quotes, since the page bundle holds no prices of its own.
 */
export function scenarioPageInput(scenarioText: string, options: ScenarioPageInputOptions): ReportPageInput {
  const { region } = parseScenarioJson(scenarioText);
  const snapshot = options.snapshot ?? defaultPriceSnapshot();
  const loaded = snapshot.region(region);
  const quotes = loaded?.quotes;
  const vcpus = (loaded?.instanceTypes ?? []).flatMap((s) => (s.vcpu !== undefined ? [[s.instanceType, s.vcpu] as const] : []));
  const cached = options.cacheDir ? regionFromCache(new PriceCache(options.cacheDir), region, { now: options.now ?? new Date(), ttlMs: DEFAULT_PRICE_TTL_MS }).quotes : undefined;
  return {
    scenarioText,
    paper: options.paper,
    ...(options.variant !== undefined ? { variant: options.variant } : {}),
    ...(options.generatedAt !== undefined ? { generatedAt: options.generatedAt } : {}),
    snapshot: { name: snapshot.info().name, region, quotes: quotes ? [...quotes] : [], vcpus },
    ...(cached && cached.size > 0 ? { prices: { name: `Cached AWS prices (${options.cacheDir})`, quotes: [...cached] } } : {}),
  };
}
