import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimate, parseScenarioJson } from '../../src/index';
import { estimateToText } from '../../src/report/estimate-text';
import { roundCents } from '../../src/format/format';
import { EXAMPLES_DIR } from '../support/paths';
import { snapshotCatalogue } from '../support/snapshot';

/**
 * Golden outputs for the example scenarios: any change to a price, a default or the arithmetic
 * shows up here as a diff to review. Regenerate deliberately with `npx vitest run test/golden -u`.
 */
const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.tco.json')).sort();

describe('example scenarios (golden files)', () => {
  it('has at least three examples, each asking its question', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of examples) {
    const name = file.replace(/\.tco\.json$/, '');
    it(`${name}: the full text estimate`, async () => {
      const result = estimate(parseScenarioJson(readFileSync(join(EXAMPLES_DIR, file), 'utf8')), snapshotCatalogue());
      await expect(`${estimateToText(result)}\n`).toMatchFileSnapshot(`./${name}.estimate.txt`);
    });

    it(`${name}: totals per option, to the cent`, async () => {
      const result = estimate(parseScenarioJson(readFileSync(join(EXAMPLES_DIR, file), 'utf8')), snapshotCatalogue());
      const summary = {
        question: result.scenario.question,
        ranking: result.ranking,
        options: result.options.map((o) => ({
          option: o.option,
          monthlyRunRate: roundCents(o.monthlyRunRate),
          oneTimeTotal: roundCents(o.oneTimeTotal),
          horizonTotal: roundCents(o.horizonTotal),
          npv: roundCents(o.npv),
          opsHoursPerMonth: Math.round(o.opsHoursPerMonth * 100) / 100,
          lines: result.lines.filter((l) => l.option === o.option).length,
          flaggedLines: o.flaggedLines,
        })),
        crossovers: result.crossovers,
        warnings: result.warnings.map((w) => `${w.kind}: ${w.message}`),
      };
      await expect(`${JSON.stringify(summary, null, 2)}\n`).toMatchFileSnapshot(`./${name}.summary.json`);
    });
  }
});
