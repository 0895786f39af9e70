import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, closeBrowser, hostDirs, nav, openApp, screenshot, startHost } from './support/app';
import { exampleScenario, expectedTotals } from './support/expect-numbers';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

const total = (page: Page, option: string) => page.getByTestId(`total-${option}`).locator('.big').innerText();

describe('prices load per Region', () => {
  it('switching the Region in the editor loads that Region’s prices, showing a loading state and no totals meanwhile; switching back restores the totals', async () => {
    const host = await startHost(hostDirs());
    const { page, errors } = await openApp(host);
    // Hold the host's answer for ap-south-1 until the loading state has been checked.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/regionPrices', async (route) => {
      if (route.request().postData()?.includes('ap-south-1')) await held;
      await route.continue();
    });

    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    const expected = expectedTotals(exampleScenario('postgres-oltp-ha'));
    for (const [option, text] of Object.entries(expected)) await expect.poll(() => total(page, option)).toBe(text);
    expect(await page.getByTestId('prices-loading').count()).toBe(0);

    await nav(page, 'Scenario').click();
    await page.getByLabel('AWS Region').selectOption('ap-south-1');
    await expect.poll(() => page.getByTestId('prices-loading').innerText()).toBe('Loading prices for ap-south-1…');
    await nav(page, 'Dashboard').click();
    expect(await page.getByTestId('prices-loading').innerText()).toBe('Loading prices for ap-south-1…');
    // No totals priced with nothing, and no recommendation, while the prices load.
    expect(await page.getByTestId('total-ec2').count()).toBe(0);
    await screenshot(page, 'region-prices-loading');

    release();
    await expect.poll(() => page.getByTestId('prices-loading').count()).toBe(0);
    // Priced at Mumbai's rates: other totals than us-east-1's.
    await page.getByTestId('total-ec2').waitFor();
    expect(await total(page, 'ec2')).not.toBe(expected.ec2);

    await nav(page, 'Scenario').click();
    await page.getByLabel('AWS Region').selectOption('us-east-1');
    await nav(page, 'Dashboard').click();
    for (const [option, text] of Object.entries(expected)) await expect.poll(() => total(page, option)).toBe(text);
    expect(await page.getByTestId('prices-loading').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('the Prices view states each source\'s age and flags stale ones; the threshold is a setting that persists', async () => {
    const host = await startHost(hostDirs());
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await page.getByTestId('total-ec2').waitFor();
    await nav(page, 'Prices').click();
    const sources = page.getByRole('table', { name: 'Price sources of the estimate' });
    await sources.waitFor();
    // Each source's age is counted from its as-of date to today; beyond 90 days it is flagged stale.
    const rows = await sources.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(2);
    let stale = 0;
    for (let i = 0; i < rows; i++) {
      const cells = sources.locator('tbody tr').nth(i).locator('td');
      const asOf = await cells.nth(2).innerText();
      const days = Math.floor((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse(asOf.length === 7 ? `${asOf}-01` : asOf)) / 86_400_000);
      expect(await cells.nth(3).innerText()).toBe(`${days} days${days > 90 ? ' stale' : ''}`);
      if (days > 90) stale++;
    }
    expect(stale).toBeGreaterThan(2);
    expect(await sources.locator('.badge', { hasText: 'stale' }).count()).toBe(stale);

    const field = page.getByLabel('Flag prices older than (days)');
    await field.fill('0');
    expect(await page.locator('#stale-after-days-hint').innerText()).toBe('must be a whole number of days from 1 to 3650');
    await field.fill('3650');
    await expect.poll(() => sources.locator('.badge', { hasText: 'stale' }).count()).toBe(0);
    await screenshot(page, 'prices-ages');

    // Saved in the settings: a new window starts with it.
    const again = await openApp(host);
    await again.page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await again.page.getByTestId('total-ec2').waitFor();
    await nav(again.page, 'Prices').click();
    await expect.poll(() => again.page.getByLabel('Flag prices older than (days)').inputValue()).toBe('3650');
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });
});
