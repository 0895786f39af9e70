import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/index';
import { EXAMPLES_DIR } from '../support/paths';
import { cleanupAll, closeBrowser, hostDirs, nav, openApp, screenshot, startHost } from './support/app';
import { expectedTotals } from './support/expect-numbers';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

const COUNT = 40;

const total = (page: Page, option: string) => page.getByTestId(`total-${option}`).locator('.big').innerText();
const workload = (page: Page, n: number) => page.locator(`#workload-${n - 1}`);

/** The orders example with its database cloned 40 times: "Orders 1" … "Orders 40", each its own id. */
function fleetScenario(): { workloads: Record<string, unknown>[] } & Record<string, unknown> {
  const example = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json'), 'utf8')) as { workloads: Record<string, unknown>[] } & Record<string, unknown>;
  const db = example.workloads[0]!;
  return { ...example, name: 'Fleet of 40 databases', workloads: Array.from({ length: COUNT }, (_, i) => ({ ...structuredClone(db), id: `orders-${i + 1}`, name: `Orders ${i + 1}` })) };
}

async function expectTotals(page: Page, draft: unknown): Promise<Record<string, string>> {
  const expected = expectedTotals(parseScenario(draft));
  await nav(page, 'Dashboard').click();
  for (const [option, text] of Object.entries(expected)) await expect.poll(() => total(page, option)).toBe(text);
  await nav(page, 'Scenario').click();
  return expected;
}

describe('a scenario of 40 databases', () => {
  it('opens as one-line workloads, jumps to one to edit it, and sets a field on several at once in the table, undoably', async () => {
    const dirs = hostDirs();
    const file = join(dirs.docsDir, 'fleet.tco.json');
    const fleet = fleetScenario();
    writeFileSync(file, `${JSON.stringify(fleet, null, 2)}\n`);
    const host = await startHost(dirs);
    const { page, errors } = await openApp(host, { width: 1440, height: 900 });
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('dialog').getByLabel('File path').fill(file);
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();

    // Collapsed: 40 one-line headers, not 40 forms (the page was 24,750 px tall).
    const toggles = page.locator('main .workload-toggle');
    await expect.poll(() => toggles.count()).toBe(COUNT);
    expect(await page.locator('main .workload-toggle[aria-expanded="true"]').count()).toBe(0);
    const height = await page.evaluate(() => document.querySelector('main')!.scrollHeight);
    expect(height).toBeLessThan(4000);
    await screenshot(page, 'large-scenario-1440x900-collapsed');

    // The jump list: filter, choose the 30th, edit its storage.
    const jump = page.getByRole('navigation', { name: 'Workloads' });
    await jump.getByRole('searchbox', { name: 'Filter workloads' }).fill('Orders 30');
    await jump.getByRole('button', { name: '30. Orders 30' }).click();
    expect(await workload(page, 30).locator('.workload-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await workload(page, 30).isVisible()).toBe(true);
    await workload(page, 30).getByLabel('Storage (GiB)').fill('800');
    const edited = structuredClone(fleet);
    (edited.workloads[29]!.storage as { sizeGb: number }).sizeGb = 800;
    const editedTotals = await expectTotals(page, edited);
    expect(editedTotals).not.toEqual(expectedTotals(parseScenario(fleet)));

    // The table: five rows selected, one instance class set on them in one edit.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: /^Select Orders \d+$/ }).count()).toBe(COUNT);
    for (const n of [1, 2, 3, 4, 5]) await page.getByRole('checkbox', { name: `Select Orders ${n}`, exact: true }).check();
    const bar = page.getByRole('group', { name: 'Set for selected' });
    await bar.getByLabel('Field').selectOption({ label: 'RDS instance class' });
    await bar.getByLabel('Value').fill('db.r6i.2xlarge');
    await bar.getByRole('button', { name: 'Set for selected' }).click();
    expect(await page.getByLabel('Orders 5: RDS instance class', { exact: true }).inputValue()).toBe('db.r6i.2xlarge');
    expect(await page.getByLabel('Orders 6: RDS instance class', { exact: true }).inputValue()).toBe('db.r6i.4xlarge');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('heading', { name: 'Databases (40)' }).evaluate((h) => h.scrollIntoView());
    await screenshot(page, 'large-scenario-1280x720-table');
    const bulk = structuredClone(edited);
    for (const w of bulk.workloads.slice(0, 5)) w.instanceClass = 'db.r6i.2xlarge';
    const bulkTotals = await expectTotals(page, bulk);
    expect(bulkTotals.managed).not.toBe(editedTotals.managed);

    // One undo step restores all five.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByLabel('Orders 1: RDS instance class', { exact: true }).inputValue()).toBe('db.r6i.4xlarge');
    await expectTotals(page, edited);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('heading', { name: 'Databases (40)' }).evaluate((h) => h.scrollIntoView());
    await screenshot(page, 'large-scenario-1440x900-table');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Forms', exact: true }).click();
    await screenshot(page, 'large-scenario-1280x720-forms');
    expect(errors).toEqual([]);
  });

  it('"N problems in the scenario" opens the collapsed workload holding the invalid field and focuses it', async () => {
    const dirs = hostDirs();
    const file = join(dirs.docsDir, 'fleet.tco.json');
    writeFileSync(file, `${JSON.stringify(fleetScenario(), null, 2)}\n`);
    const host = await startHost(dirs);
    const { page, errors } = await openApp(host, { width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('dialog').getByLabel('File path').fill(file);
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.locator('main .workload-toggle').count()).toBe(COUNT);
    await page.getByRole('navigation', { name: 'Workloads' }).getByRole('button', { name: '34. Orders 34' }).click();
    await workload(page, 34).getByLabel('Backup retention (days)').fill('90');
    await page.getByRole('button', { name: 'Collapse all' }).click();
    expect(await page.locator('main .workload-toggle[aria-expanded="true"]').count()).toBe(0);
    expect(await workload(page, 34).getByRole('button', { name: '1 problem' }).isVisible()).toBe(true);

    await nav(page, 'Prices').click();
    await page.getByTestId('validation-count').click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path)).toBe('workloads[33].backup.retentionDays');
    expect(await page.evaluate(() => document.activeElement!.hasAttribute('data-anchor'))).toBe(false);
    expect(await workload(page, 34).locator('.workload-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await workload(page, 34).getByLabel('Backup retention (days)').isVisible()).toBe(true);
    await screenshot(page, 'large-scenario-1280x720-problem');
    expect(errors).toEqual([]);
  });
});
