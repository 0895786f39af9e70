import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, closeBrowser, hostDirs, openApp, screenshot, startHost } from './support/app';
import { exampleScenario, expectedTotals } from './support/expect-numbers';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
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
    // ap-south-1 is not in the snapshot: totals show, with the missing prices flagged.
    await page.getByTestId('total-ec2').waitFor();
    expect(await total(page, 'ec2')).not.toBe(expected.ec2);

    await nav(page, 'Scenario').click();
    await page.getByLabel('AWS Region').selectOption('us-east-1');
    await nav(page, 'Dashboard').click();
    for (const [option, text] of Object.entries(expected)) await expect.poll(() => total(page, option)).toBe(text);
    expect(await page.getByTestId('prices-loading').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
