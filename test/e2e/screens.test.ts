import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, closeBrowser, hostDirs, launchBrowser, openApp, screenshot, startHost } from './support/app';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

const VIEWS = ['Scenario', 'Dashboard', 'What-if', 'Trade-offs', 'Commitments', 'Prices', 'Actuals'] as const;

/** Form controls a screen reader could not name: no <label>, no aria-label. */
function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('main input, main select, main textarea')]
      .filter((el) => (el.labels?.length ?? 0) === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

describe('every main screen', () => {
  it.each([
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
  ])('renders each screen of the largest example at $width×$height without errors, with every control labelled; screenshots kept as artefacts', async (viewport) => {
    const host = await startHost(hostDirs());
    const { page, errors } = await openApp(host, viewport);
    const size = `${viewport.width}x${viewport.height}`;
    // A first-run explanation, in view without scrolling: what the app answers and the three ways to begin.
    const welcome = await page.getByTestId('welcome').boundingBox();
    expect(welcome!.y + welcome!.height).toBeLessThanOrEqual(viewport.height);
    expect(await page.getByTestId('welcome').innerText()).toMatch(/^Should you run a database or an ML platform yourself on Amazon EC2/);
    await screenshot(page, `screen-${size}-start`);
    await page.getByRole('button', { name: 'Small company: two databases and an ML team' }).click();
    await page.getByTestId('total-ec2').waitFor();
    for (const view of VIEWS) {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view, exact: true }).click();
      await page.locator('main section.panel').first().waitFor();
      if (view === 'Dashboard') {
        // The Monte Carlo (in a worker) finishes and its chart is drawn when scrolled to.
        await expect.poll(() => page.getByTestId('simulation-summary').innerText(), { timeout: 20_000 }).toMatch(/10,000/);
        expect(await page.locator('main .recharts-surface').count()).toBeGreaterThanOrEqual(4);
      }
      expect(await unlabelledControls(page), `${view}: unlabelled controls`).toEqual([]);
      // Nothing wider than the window: no sideways scrolling of the whole app.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${view}: page width`).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, `screen-${size}-${view.toLowerCase().replace(/[^a-z]+/g, '-')}`);
    }
    expect(errors).toEqual([]);
  });

  it('follows the OS dark theme: dark panels and light chart text', async () => {
    const host = await startHost(hostDirs());
    const b = await launchBrowser();
    const context = await b.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await page.locator('main .recharts-surface').first().waitFor();
    const colours = await page.evaluate(() => {
      const lum = (c: string) => {
        const [r, g, b] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      };
      const tick = document.querySelector('main .recharts-cartesian-axis-tick-value');
      return { body: lum(getComputedStyle(document.body).backgroundColor), panel: lum(getComputedStyle(document.querySelector('main .panel')!).backgroundColor), tick: tick ? lum(getComputedStyle(tick).fill) : -1 };
    });
    expect(colours.body).toBeLessThan(0.25);
    expect(colours.panel).toBeLessThan(0.3);
    expect(colours.tick).toBeGreaterThan(0.5);
    await screenshot(page, 'screen-dashboard-dark');
    await context.close();
  });
});
