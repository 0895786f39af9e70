import { buildReportData, catalogueWithQuotes, embeddedCatalogue, type ReportData, type ReportPageInput } from '../../src/index';

/**
 * Builds the report in the page from the scenario text, when the host passed text instead of
 * report data: embedded snapshot prices, with the host's cached quotes layered over them. Loaded
 * with a dynamic import, so a page given ready-made data never loads the price snapshot.
 */
export function buildInPage(input: ReportPageInput): ReportData {
  return buildReportData(
    { scenarioText: input.scenarioText ?? '', variant: input.variant, generatedAt: input.generatedAt ?? new Date().toISOString(), generator: 'TCO Studio' },
    catalogueWithQuotes(embeddedCatalogue(), input.prices),
  );
}
