import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, closeBrowser, hostDirs, openApp, startHost } from './support/app';
import { exampleScenario, expectedTotals } from './support/expect-numbers';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

describe('exporting from the app', () => {
  it('Export PDF (to the Downloads folder) and CSV (to a chosen path) write reports whose totals match the dashboard', async () => {
    const dirs = hostDirs();
    const host = await startHost(dirs);
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    const totals = expectedTotals(exampleScenario('postgres-oltp-ha'));
    await expect.poll(() => page.getByTestId('total-ec2').locator('.big').innerText()).toBe(totals.ec2);

    await page.getByRole('button', { name: 'Export PDF' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click(); // empty: the Downloads folder
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Exported / }).count(), { timeout: 30_000 }).toBe(1);
    const pdfs = readdirSync(dirs.downloadsDir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    const text = spawnSync('pdftotext', ['-layout', join(dirs.downloadsDir, pdfs[0]!), '-'], { encoding: 'utf8' }).stdout;
    for (const value of Object.values(totals)) expect(text).toContain(value);

    const csv = join(dirs.docsDir, 'orders-lines.csv');
    await page.getByRole('combobox', { name: 'Export as' }).selectOption('csv');
    await page.getByRole('dialog').getByLabel('File path').fill(csv);
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Exported ${csv}` }).count(), { timeout: 30_000 }).toBe(1);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toMatch(/option/i);
    expect(errors).toEqual([]);
  });
});
