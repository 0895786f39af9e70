import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, EXIT_STEPS, SCORE_STEPS, TIME_TO_VALUE_DEFAULTS } from '../../src/index';
import { PROJECT_ROOT } from '../support/paths';

/** docs/tradeoffs.md quotes the defaults; these checks fail when a default changes and the document does not. */
describe('docs/tradeoffs.md', () => {
  const doc = readFileSync(join(PROJECT_ROOT, 'docs/tradeoffs.md'), 'utf8');

  it('lists every exit step with its default hours and role', () => {
    for (const s of EXIT_STEPS) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${s.id}\``));
      expect(row, s.id).toBeDefined();
      const hours = s.fixedHours > 0 ? `${s.fixedHours} + ${s.perUnitHours} per` : `${s.perUnitHours} per`;
      expect(row, s.id).toContain(`| ${hours}`);
      expect(row!.toLowerCase().replace(/ /g, '-'), s.id).toContain(s.role);
    }
  });

  it('quotes the default weights, team and score steps', () => {
    // Compared with whitespace collapsed, so re-wrapping the prose does not matter.
    const text = doc.replace(/\s+/g, ' ');
    const w = DEFAULT_WEIGHTS;
    expect(text).toContain(
      `cost ${w.cost}, operational burden ${w['operational-burden']}, control ${w.control}, portability ${w.portability}, time to value ${w['time-to-value']}`,
    );
    expect(text).toContain(`**${TIME_TO_VALUE_DEFAULTS.setupTeamSize} people × ${TIME_TO_VALUE_DEFAULTS.hoursPerPersonPerWeek} h/week**`);
    expect(text).toContain(`−1 per ${SCORE_STEPS.costPct}% above it`);
    expect(text).toContain(`−1 per ${SCORE_STEPS.exitHours} h (a working week) more`);
    expect(text).toContain(`−1 per ${(Math.round(SCORE_STEPS.opsHoursPerMonth * 10) / 10).toFixed(1)} h/month`);
  });
});
