import { buildReportData, catalogueWithQuotes, embeddedCatalogue, type ReportData, type ReportPageInput } from '../../src/index';
import { scenarioFingerprint } from './scenario-fingerprint';

/**
 * Builds the report in the page from the scenario text, when the host passed text instead of
 * report data: embedded snapshot prices, with the host's cached quotes layered over them. Loaded
 * with a dynamic import, so a page given ready-made data never loads the price snapshot.
 */
export async function buildInPage(input: ReportPageInput): Promise<ReportData> {
  const scenarioText = input.scenarioText ?? '';
  return buildReportData(
    { scenarioText, fingerprint: await scenarioFingerprint(scenarioText), variant: input.variant, generatedAt: input.generatedAt ?? new Date().toISOString(), generator: 'TCO Studio' },
    catalogueWithQuotes(embeddedCatalogue(), input.prices),
  );
}
