import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_UNCERTAINTY_STATEMENT, parseScenario } from '../../src/index';
import { cleanupAll, closeBrowser, hostDirs, nav, openApp, screenshot, startHost } from './support/app';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

const DBA = 'Database administrator loaded rate';

async function openUncertainty(page: Page): Promise<void> {
  await nav(page, 'Scenario').click();
  const toggle = page.getByRole('button', { name: /Uncertainty$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

describe('editing uncertainty in the app', () => {
  it('adds a triangular distribution to the DBA rate with ±25% defaults, the dashboard states a probability, and with it removed and default ranges off says no uncertainty was modelled', async () => {
    const dirs = hostDirs();
    const host = await startHost(dirs);
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click(); // no distributions
    await page.getByTestId('total-ec2').waitFor();
    // Default ranges on: the ops-effort defaults vary even with no distribution in the file.
    await expect.poll(() => page.getByTestId('simulation-summary').innerText(), { timeout: 30_000 }).toMatch(/\d+ uncertain inputs, all of them default ranges/);

    await openUncertainty(page);
    await page.getByLabel('Distribution: find an input').fill('database admin');
    expect(await page.getByLabel('Distribution: input', { exact: true }).locator('option').allInnerTexts()).toEqual([expect.stringContaining(DBA)]);
    await page.getByLabel('Distribution: kind').selectOption('triangular');
    await page.getByRole('button', { name: 'Add distribution' }).click();
    const entry = page.getByRole('group', { name: `Distribution of ${DBA}` });
    const low = Number(await entry.getByLabel(`${DBA}: Low`).inputValue());
    const mode = Number(await entry.getByLabel(`${DBA}: Most likely`).inputValue());
    const high = Number(await entry.getByLabel(`${DBA}: High`).inputValue());
    expect(low).toBeCloseTo(mode * 0.75, 1);
    expect(high).toBeCloseTo(mode * 1.25, 1);

    // A value the file refuses is named next to the field in the file's words, and fixed it goes away.
    await entry.getByLabel(`${DBA}: Most likely`).fill(String(high + 10));
    await expect.poll(() => entry.getByRole('alert').innerText()).toMatch(/must satisfy min ≤ mode ≤ max/);
    expect(await nav(page, 'Dashboard').isDisabled()).toBe(true);
    await entry.getByLabel(`${DBA}: Most likely`).fill(String(mode));
    await expect.poll(() => entry.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'editor-uncertainty');

    await nav(page, 'Dashboard').click();
    await expect.poll(() => page.getByTestId('simulation-summary').innerText(), { timeout: 30_000 }).toMatch(/ runs in \d+ ms;.* P10 /);
    await expect.poll(() => page.getByTestId('answer-confidence').innerText(), { timeout: 30_000 }).toMatch(/of 10,000 Monte Carlo runs \(\d+ uncertain inputs, \d+ of them default ranges\)/);

    // Saved with the document.
    const file = join(dirs.docsDir, 'orders-uncertain.tco.json');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog').getByLabel('File path').fill(file);
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'orders-uncertain.tco.json' }).count()).toBe(1);
    const saved = parseScenario(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    expect(saved.analysis.uncertainty).toEqual([{ path: 'labour.dba.hourlyUsd', distribution: { kind: 'triangular', min: low, mode, max: high } }]);

    await openUncertainty(page);
    await page.getByRole('button', { name: `Remove the distribution of ${DBA}` }).click();
    expect(await page.getByTestId('uncertainty-entry').count()).toBe(0);
    await page.getByLabel(/Sample the default ranges of the ops-effort defaults/).uncheck();
    await nav(page, 'Dashboard').click();
    await expect.poll(() => page.getByTestId('simulation-summary').innerText()).toBe(NO_UNCERTAINTY_STATEMENT);
    await expect.poll(() => page.getByTestId('answer-confidence').innerText()).toBe(NO_UNCERTAINTY_STATEMENT);
    expect(errors).toEqual([]);
  });

  it('sets the tornado range and a per-input range', async () => {
    const host = await startHost(hostDirs());
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await page.getByTestId('total-ec2').waitFor();
    await openUncertainty(page);
    await page.getByLabel('Default range, either side of each value (%)').fill('40');
    await page.getByLabel('Sensitivity range: find an input').fill('database admin');
    await page.getByRole('button', { name: 'Add range' }).click();
    const range = page.getByRole('group', { name: `Sensitivity range of ${DBA}` });
    const low = Number(await range.getByLabel(`${DBA}: low`).inputValue());
    const high = Number(await range.getByLabel(`${DBA}: high`).inputValue());
    expect(high / low).toBeCloseTo(1.4 / 0.6, 1);
    await expect.poll(() => page.getByRole('button', { name: /Uncertainty$/ }).locator('..').innerText()).toMatch(/tornado range ±40%/);
    await page.getByRole('button', { name: `Remove the sensitivity range of ${DBA}` }).click();
    expect(await range.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
