import { describe, expect, it } from 'vitest';
import { parseSectionList, REPORT_SECTION_IDS, sectionsLeftOutText } from '../../src/contract/report-sections';

/** The report's optional sections: the one list of ids the app, the host, the report page and the command line share. */

describe('the list of report sections', () => {
  it('parses a comma-separated list into ids in report order, and refuses an unknown id listing the valid ones', () => {
    expect(parseSectionList('methodology, lines,cost-over-time')).toEqual(['cost-over-time', 'lines', 'methodology']);
    expect(() => parseSectionList('lines,charts,appendix')).toThrow(
      'unknown sections "charts", "appendix"; valid sections: cost-over-time, uncertainty, lines, variants, tradeoffs, assumptions, provenance, methodology',
    );
  });

  it('names the sections left out by their labels, and nothing when all are printed or none were chosen', () => {
    expect(sectionsLeftOutText(['cost-over-time', 'uncertainty', 'lines', 'variants', 'assumptions', 'provenance'])).toBe('Sections left out: Trade-offs, Methodology');
    expect(sectionsLeftOutText(undefined)).toBeNull();
    expect(sectionsLeftOutText(REPORT_SECTION_IDS)).toBeNull();
    expect(sectionsLeftOutText([])).toBe('Sections left out: Cost over time, Uncertainty, Cost lines of each option, Variants, Trade-offs, Assumptions, Price sources, Methodology');
  });
});
