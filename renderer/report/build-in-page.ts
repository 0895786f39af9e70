import { embeddedCatalogue } from '../../src/pricing/snapshot-catalogue';
import { buildReportData, type ReportData } from '../../src/report/report-data';
import { catalogueWithQuotes, type ReportPageInput } from '../../src/report/report-input';
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
