import { buildReportData, pageCatalogue, type ReportData, type ReportPageInput } from '../../src/index';
import { scenarioFingerprint } from './scenario-fingerprint';

/**
 * Builds the report in the page from the scenario text, when the host passed text instead of
 * report data: the snapshot quotes of the scenario's Region the host put in the input, with the
 * host's cached quotes layered over them. The page bundle holds no prices of its own.
 */
export async function buildInPage(input: ReportPageInput): Promise<ReportData> {
  const scenarioText = input.scenarioText ?? '';
  return buildReportData(
    { scenarioText, fingerprint: await scenarioFingerprint(scenarioText), variant: input.variant, generatedAt: input.generatedAt ?? new Date().toISOString(), generator: 'TCO Studio' },
    pageCatalogue(input),
  );
}
