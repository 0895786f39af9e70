import type { Citation } from '../model/citation';
import type { PriceSource } from '../pricing/catalogue';
import { priceAge, type PriceAgePolicy } from '../pricing/price-age';
import type { Reference } from './report-document';

/** Numbered references: every price source of the estimate first (as the CLI numbers them), then every citation. */
export class ReferenceIndex {
  readonly list: Reference[] = [];
  private readonly byKey = new Map<string, number>();

  /** `age`: the report's day and stale threshold, so each price reference states its age. */
  constructor(private readonly age?: PriceAgePolicy) {}

  addPrice(source: PriceSource, lineCount: number): number {
    const key = `price|${source.kind}|${source.title}|${source.asOf}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const n = this.list.length + 1;
    this.list.push({
      n,
      kind: 'price',
      title: source.title,
      url: source.url,
      date: source.asOf,
      sourceKind: source.kind,
      basis: source.basis,
      note: source.note,
      dateNote: source.dateNote,
      lineCount,
      ...(this.age ? (({ days, stale }) => ({ ageDays: days, stale }))(priceAge(source, this.age.today, this.age.staleAfterDays)) : {}),
    });
    this.byKey.set(key, n);
    return n;
  }

  priceRef(source: PriceSource): number | undefined {
    return this.byKey.get(`price|${source.kind}|${source.title}|${source.asOf}`);
  }

  addCitation(c: Citation): number {
    const key = `cite|${c.title}|${c.url}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const n = this.list.length + 1;
    this.list.push({ n, kind: 'citation', title: c.title, url: c.url, date: c.date, grade: c.grade });
    this.byKey.set(key, n);
    return n;
  }

  addCitations(cs: readonly Citation[] | undefined): number[] {
    return [...new Set((cs ?? []).map((c) => this.addCitation(c)))];
  }
}
