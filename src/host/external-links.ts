import { SOURCES } from '../model/citation';
import { embeddedSnapshotInfo } from '../pricing/snapshot-catalogue';
import { HostError } from './host-error';
import { MAX_URL_CHARS } from './limits';

/** Hosts the app links to itself: AWS pages and documentation, BLS labour data, GitHub, Google SRE books. */
const APP_HOSTS = ['aws.amazon.com', 'docs.aws.amazon.com', 'www.bls.gov', 'github.com', 'sre.google'];

function httpsHost(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

let hosts: ReadonlySet<string> | undefined;

/**
 * Every host the renderer may open in the system browser: the app's own links plus the host of
 * every https source the app cites (ops-effort citations, embedded price sources), so a
 * "where does this number come from?" link always opens and nothing else does. Exact host names:
 * a subdomain of an allowed host is not allowed.
 */
export function externalLinkHosts(): ReadonlySet<string> {
  if (hosts) return hosts;
  const cited = [...Object.values(SOURCES).map((c) => c.url), ...Object.values(embeddedSnapshotInfo().sources).map((s) => s.url)];
  hosts = new Set([...APP_HOSTS, ...cited.map(httpsHost).filter((h): h is string => h !== undefined)]);
  return hosts;
}

/** The URL to open, normalised, or a HostError saying why it may not be opened. */
export function checkExternalUrl(url: string): string {
  if (url.length > MAX_URL_CHARS) throw new HostError('openExternal: url: is too long');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HostError(`openExternal: url: is not a valid URL (got ${JSON.stringify(url.slice(0, 80))})`);
  }
  if (parsed.protocol !== 'https:') throw new HostError(`openExternal: url: only https links open (got ${parsed.protocol.replace(/:$/, '')})`);
  if (parsed.username || parsed.password) throw new HostError('openExternal: url: links with user names or passwords do not open');
  if (parsed.port !== '' && parsed.port !== '443') throw new HostError('openExternal: url: links to other ports do not open');
  if (!externalLinkHosts().has(parsed.hostname)) {
    throw new HostError(`openExternal: url: ${parsed.hostname} is not on the list of sites the app opens (AWS, BLS and the sources it cites)`);
  }
  return parsed.href;
}
