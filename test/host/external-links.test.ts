import { afterEach, describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/model/citation';
import { embeddedSnapshotInfo } from '../../src/pricing/snapshot-catalogue';
import { externalLinkHosts } from '../../src/host/external-links';
import { cleanupFixtures, hostFixture, reason, value } from './support/host-fixture';

afterEach(cleanupFixtures);

describe('openExternal: https links to an allow-list only', () => {
  it('opens every https source the app cites, and the app’s own sites', async () => {
    const f = hostFixture();
    const cited = [...Object.values(SOURCES).map((s) => s.url), ...Object.values(embeddedSnapshotInfo().sources).map((s) => s.url)].filter((u) => u.startsWith('https:'));
    expect(cited.length).toBeGreaterThan(10);
    for (const url of cited) expect(value(await f.api.dispatch('openExternal', { url }))).toBeNull();
    for (const host of ['aws.amazon.com', 'docs.aws.amazon.com', 'www.bls.gov', 'github.com', 'sre.google']) expect(externalLinkHosts().has(host)).toBe(true);
    expect(f.opened).toHaveLength(cited.length);
  });

  it.each([
    ['http://aws.amazon.com/pricing/', /only https links open \(got http\)/],
    ['javascript:alert(1)', /only https links open/],
    ['file:///etc/passwd', /only https links open \(got file\)/],
    ['https://evil.example/', /evil\.example is not on the list/],
    ['https://aws.amazon.com.evil.example/', /is not on the list/],
    ['https://sub.docs.aws.amazon.com/', /is not on the list/],
    ['https://user:pw@aws.amazon.com/', /user names or passwords/],
    ['https://aws.amazon.com:8443/', /other ports/],
    ['not a url', /is not a valid URL/],
  ])('refuses %s', async (url, why) => {
    const f = hostFixture();
    expect(reason(await f.api.dispatch('openExternal', { url }))).toMatch(why);
    expect(f.opened).toEqual([]);
  });

  it('hands the normalised URL to the opener', async () => {
    const f = hostFixture();
    value(await f.api.dispatch('openExternal', { url: 'https://AWS.amazon.com/rds/pricing/' }));
    expect(f.opened).toEqual(['https://aws.amazon.com/rds/pricing/']);
  });
});
