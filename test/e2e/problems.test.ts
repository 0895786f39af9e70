import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, closeBrowser, hostDirs, nav, openApp, screenshot, startHost } from './support/app';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

describe('an invalid field', () => {
  it('says why the analysis screens are unavailable, and "1 problem in the scenario" leads to the field; fixing it clears both', async () => {
    const host = await startHost(hostDirs());
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Small company: two databases and an ML team' }).click();
    await page.getByTestId('total-ec2').waitFor();
    await nav(page, 'Scenario').click();
    const horizon = page.getByLabel('Horizon (months)');
    await horizon.fill('0');
    await expect.poll(() => page.getByTestId('validation-count').innerText()).toBe('1 problem in the scenario');
    expect(await nav(page, 'Dashboard').isDisabled()).toBe(true);
    expect(await nav(page, 'Dashboard').getAttribute('title')).toBe('Needs a valid scenario: fix the problem in the scenario first');
    // Every screen that needs a valid scenario is named, from the same list as the tabs.
    expect(await page.getByRole('navigation', { name: 'Views' }).getByRole('status').innerText()).toMatch(
      /need a valid scenario\.$/,
    );
    for (const view of ['Dashboard', 'What-if', 'Trade-offs', 'Commitments', 'Actuals']) {
      expect(await page.getByRole('navigation', { name: 'Views' }).getByRole('status').innerText()).toContain(view);
    }

    // From another screen, the count leads to the invalid field, scrolled into view and focused.
    await nav(page, 'Prices').click();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByTestId('validation-count').click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path)).toBe('horizonMonths');
    expect(await horizon.isVisible()).toBe(true);
    await screenshot(page, 'problem-focused');

    await horizon.fill('36');
    await expect.poll(() => page.getByTestId('validation-count').count()).toBe(0);
    expect(await page.getByTestId('validation-summary').count()).toBe(0);
    expect(await nav(page, 'Dashboard').isDisabled()).toBe(false);
    expect(errors).toEqual([]);
  });
});
