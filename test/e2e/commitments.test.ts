import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseCommitments, formatUsd, formatUsdWhole, type Scenario } from '../../src/index';
import { snapshotCatalogue } from '../support/snapshot';
import { cleanupAll, closeBrowser, hostDirs, nav, openApp, screenshot, startHost } from './support/app';
import { exampleScenario } from './support/expect-numbers';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

const cells = (page: Page, row: number, candidate: number) => page.getByTestId(`commitment-${row}-${candidate}`).locator('td').allInnerTexts();

/** What the core (and so the CLI's `commitments --utilisation`) says for the first usage row, as the view formats it. */
function expectedRow(scenario: Scenario, commitments: { utilisationPct?: number; savingsPlanDiscountPct?: number }) {
  const row = analyseCommitments({ ...scenario, analysis: { ...scenario.analysis, commitments } }, snapshotCatalogue()).rows[0]!;
  return row.candidates.map((c) => [
    c.monthlyPerInstance === null ? 'no rate' : formatUsd(c.monthlyPerInstance),
    c.monthlyPerInstance === null ? '—' : formatUsdWhole(c.monthlyPerInstance * row.instances),
  ]);
}

describe('the commitments view', () => {
  it('opens from an example, and changing utilisation or the Savings Plan discount changes the figures as the core computes them', async () => {
    const host = await startHost(hostDirs());
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await page.getByTestId('total-ec2').waitFor();
    await nav(page, 'Commitments').click();
    const scenario = exampleScenario('postgres-oltp-ha');

    const firstTwo = async () => (await Promise.all(expectedRow(scenario, {}).map((_, j) => cells(page, 0, j)))).map((c) => c.slice(1, 3));
    await page.getByTestId('commitment-0-0').waitFor();
    expect(await firstTwo()).toEqual(expectedRow(scenario, {}));
    expect(await page.getByTestId('commitment-row-0').getByRole('heading').innerText()).toBe('Self-managed on EC2 — Orders (OLTP, 16 vCPU / 128 GiB): Primary instance r6i.4xlarge (PostgreSQL)');

    await page.getByLabel('Utilisation (% of the month)').fill('40');
    await expect.poll(() => page.getByTestId('commitment-row-0').getByTestId('utilisation').innerText()).toBe('40%');
    const at40 = expectedRow(scenario, { utilisationPct: 40 });
    expect(at40[0]).not.toEqual(expectedRow(scenario, {})[0]);
    expect(await firstTwo()).toEqual(at40);

    await page.getByLabel('Savings Plan discount (% off on-demand)').fill('30');
    const withPlan = expectedRow(scenario, { utilisationPct: 40, savingsPlanDiscountPct: 30 });
    await expect.poll(async () => (await Promise.all(withPlan.map((_, j) => cells(page, 0, j)))).map((c) => c.slice(1, 3))).toEqual(withPlan);
    expect(await page.getByTestId('commitment-0-' + (withPlan.length - 1)).locator('td').first().innerText()).toBe('Savings Plan, 30% off');
    expect(await page.getByTestId('rate-sources').first().innerText()).toMatch(/reserved: catalogue reserved rate from the offline price snapshot, as of \d{4}-\d{2}-\d{2}.*Savings Plan: rate you entered \(30% off on-demand\), the offline path/);
    await screenshot(page, 'commitments');

    // Saved in the document: the editor's undo takes the discount back out, and the Savings Plan row goes with it.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => page.getByTestId(`commitment-0-${withPlan.length - 1}`).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
