/** Bundled by scripts/docs-tables.mjs: the methodology tables with the committed snapshot's prices (the ML calibration rows need us-east-1's). */
import { PriceSnapshot } from '../src/aws/snapshot/price-snapshot';
import { withMethodologyTables } from '../src/report/methodology-tables';

export function regenerate(doc: string, snapshotDir: string): string {
  const catalogue = new PriceSnapshot({ dir: snapshotDir }).catalogue((problem) => {
    throw new Error(problem);
  });
  return withMethodologyTables(doc, catalogue);
}
