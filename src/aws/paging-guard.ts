import { AwsFailure, type AwsAction } from './aws-failure';

/**
 * Every paged loop asks for the next page only through a guard: a token AWS (or a proxy in
 * between) sends twice would otherwise have the loop request the same pages without end, and a
 * token that never runs out would do the same with new ones. Either stops the loop with a
 * failure that names the API and the token or the cap.
 */
export class PagingGuard {
  private readonly seen = new Set<string>();
  private pages = 0;

  constructor(
    private readonly action: AwsAction,
    private readonly tokenName: 'NextToken' | 'NextPageToken',
    private readonly maxPages: number,
  ) {}

  /** Called after each page with the token it returned; gives the token to send next, or undefined when done. */
  next(token: string | undefined): string | undefined {
    this.pages++;
    if (!token) return undefined;
    if (this.seen.has(token)) {
      throw new AwsFailure(
        'paging-loop',
        this.action,
        `${this.action}: AWS sent the same ${this.tokenName} (${shortToken(token)}) again after ${this.pages} pages; stopped instead of requesting the same pages without end; try again later`,
      );
    }
    if (this.pages >= this.maxPages) {
      throw new AwsFailure(
        'paging-loop',
        this.action,
        `${this.action}: still more pages after ${this.maxPages} (the page cap; last ${this.tokenName} ${shortToken(token)}); stopped instead of paging without end; try again later`,
      );
    }
    this.seen.add(token);
    return token;
  }
}

/** A token as it may be shown: its first characters, nothing unprintable. */
function shortToken(token: string): string {
  const safe = token.replace(/[^A-Za-z0-9+/=_.:-]/g, '?');
  return safe.length > 24 ? `${safe.slice(0, 24)}...` : safe;
}
