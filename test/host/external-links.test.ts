import { afterEach, describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/model/citation';
import { PRICING_PAGES } from '../../src/aws/price-source';
import { APP_LINKS } from '../../src/host/external-links';
import { testSnapshot } from '../support/snapshot';
import { cleanupFixtures, hostFixture, reason, value } from './support/host-fixture';

const snapshotSources = testSnapshot().index()!.sources;

afterEach(cleanupFixtures);

describe('openExternal: exactly the links the app shows', () => {
  it('opens every https source the app cites, the pricing pages of fetched prices and its Help pages', async () => {
    const f = hostFixture();
    const cited = [...Object.values(SOURCES).map((s) => s.url), ...Object.values(snapshotSources).map((s) => s.url)].filter((u) => u.startsWith('https:'));
    expect(cited.length).toBeGreaterThan(10);
    const shown = [...cited, ...Object.values(PRICING_PAGES), ...Object.values(APP_LINKS)];
    for (const url of shown) expect(value(await f.api.dispatch('openExternal', { url }))).toBeNull();
    expect(f.opened).toHaveLength(shown.length);
  });

  it.each([
    ['another repository on a cited site', 'https://github.com/attacker/repo'],
    ['another file of a cited repository', 'https://github.com/aws/karpenter-provider-aws/blob/main/README.md'],
    ['a cited file with a query added', `${snapshotSources[Object.keys(snapshotSources).find((k) => snapshotSources[k]!.url.startsWith('https://github.com/'))!]!.url}?x=1`],
    ['another page of AWS', 'https://aws.amazon.com/marketplace/pp/evil'],
    ['another page of a cited book', 'https://sre.google/sre-book/table-of-contents/'],
    ['a cited page with another fragment', 'https://aws.amazon.com/ec2/pricing/on-demand/#Spot'],
  ])('refuses %s', async (_what, url) => {
    const f = hostFixture();
    expect(reason(await f.api.dispatch('openExternal', { url }))).toMatch(/is not a link the app shows; only its Help pages and the sources it cites open/);
    expect(f.opened).toEqual([]);
  });

  it.each([
    ['http://aws.amazon.com/pricing/', /only https links open \(got http\)/],
    ['javascript:alert(1)', /only https links open/],
    ['file:///etc/passwd', /only https links open \(got file\)/],
    ['https://evil.example/', /"https:\/\/evil\.example\/" is not a link the app shows/],
    ['https://aws.amazon.com.evil.example/', /is not a link the app shows/],
    ['https://sub.docs.aws.amazon.com/', /is not a link the app shows/],
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
