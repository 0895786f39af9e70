import { PRICING_PAGES } from '../aws/price-source';
import { SOURCES } from '../model/citation';
import { defaultPriceSnapshot } from '../aws/snapshot/price-snapshot';
import { HostError } from './host-error';
import { MAX_URL_CHARS } from './limits';

/**
 * Pages the app links to by itself: the Help menu (electron/menu.ts keeps them as literals, which
 * electronegativity can check; test/electron/menu.test.ts holds each to this list). Every other
 * link the app shows is a citation.
 */
export const APP_LINKS = {
  awsPricing: 'https://aws.amazon.com/pricing/',
  priceListApi: 'https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-ppslong.html',
  costExplorerPricing: 'https://aws.amazon.com/aws-cost-management/aws-cost-explorer/pricing/',
} as const;

function httpsHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

let links: ReadonlySet<string> | undefined;

/**
 * Every URL the renderer may open in the system browser: exactly the links the app itself shows —
 * its Help pages, the ops-effort and labour citations, the embedded price sources and the AWS
 * pricing pages of fetched prices — so a "where does this number come from?" link always opens and
 * nothing else does. Exact URLs (normalised), not hosts: a page of the same site that the app does
 * not show (any file on github.com, say) does not open.
 */
export function externalLinks(): ReadonlySet<string> {
  if (links) return links;
  const shown = [
    ...Object.values(APP_LINKS),
    ...Object.values(SOURCES).map((c) => c.url),
    ...Object.values(defaultPriceSnapshot().index()?.sources ?? {}).map((s) => s.url),
    ...Object.values(PRICING_PAGES),
  ];
  links = new Set(shown.map(httpsHref).filter((h): h is string => h !== undefined));
  return links;
}

/** The URL to open, normalised, or a HostError saying why it may not be opened. */
export function checkExternalUrl(url: string): string {
  if (url.length > MAX_URL_CHARS) throw new HostError('the link is too long');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HostError(`the link is not a valid URL (got ${JSON.stringify(url.slice(0, 80))})`);
  }
  if (parsed.protocol !== 'https:') throw new HostError(`only https links open (got ${parsed.protocol.replace(/:$/, '')})`);
  if (parsed.username || parsed.password) throw new HostError('links with user names or passwords do not open');
  if (parsed.port !== '' && parsed.port !== '443') throw new HostError('links to other ports do not open');
  if (!externalLinks().has(parsed.href)) {
    throw new HostError(
      `${JSON.stringify(parsed.href.slice(0, 120))} is not a link the app shows; only its Help pages and the sources it cites open`,
    );
  }
  return parsed.href;
}
