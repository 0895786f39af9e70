import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, closeBrowser, hostDirs, nav, openApp, screenshot, startHost } from './support/app';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

const inView = async (page: Page, testId: string, height: number) => {
  const box = await page.getByTestId(testId).boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= height;
};

describe('what-if on a 1280×720 laptop', () => {
  it('keeps the totals in view while a slider far down the list moves; drivers are grouped per workload and can be found by name', async () => {
    const viewport = { width: 1280, height: 720 };
    const host = await startHost(hostDirs());
    const { page, errors } = await openApp(host, viewport);
    await page.getByRole('button', { name: 'Small company: two databases and an ML team' }).click();
    await page.getByTestId('total-ec2').waitFor();
    await nav(page, 'What-if').click();
    await page.getByTestId('whatif-total-ec2').waitFor();

    // One group for the whole scenario, then one per workload, by its name.
    const legends = await page.locator('.whatif-group legend').allInnerTexts();
    expect(legends[0]).toBe('Whole scenario: people, effort, growth');
    expect(legends.length).toBeGreaterThanOrEqual(3);

    // The last slider, scrolled to and moved from the keyboard: the totals stay on screen and change.
    const sliders = page.getByRole('slider');
    const last = sliders.nth((await sliders.count()) - 1);
    await last.scrollIntoViewIfNeeded();
    // The last driver may move one option only (the EKS utilisation gain moves EKS alone): some option's total changes.
    const totals = () => Promise.all(['ec2', 'eks', 'managed'].map((o) => page.getByTestId(`whatif-total-${o}`).locator('.big').innerText()));
    const before = await totals();
    await last.focus();
    for (let i = 0; i < 5; i++) await last.press('ArrowRight');
    expect(await inView(page, 'whatif-total-ec2', viewport.height)).toBe(true);
    await expect.poll(async () => (await totals()).some((t, k) => t !== before[k])).toBe(true);
    await screenshot(page, 'whatif-1280x720-last-slider');

    // Finding a driver by words of its label.
    await page.getByLabel('Find a driver').fill('storage');
    const shown = await page.getByRole('slider').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent ?? e.getAttribute('aria-label') ?? ''));
    expect(shown.length).toBeGreaterThan(0);
    for (const label of shown) expect(label.toLowerCase()).toContain('storage');
    await page.getByLabel('Find a driver').fill('no such driver');
    await expect.poll(() => page.getByText('No driver matches "no such driver".').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
