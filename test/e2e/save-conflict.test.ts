import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../support/paths';
import { cleanupAll, closeBrowser, hostDirs, openApp, screenshot, startHost } from './support/app';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

const EXAMPLE = readFileSync(join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json'), 'utf8');

async function answerPath(page: Page, path: string): Promise<void> {
  await page.getByRole('dialog').getByLabel('File path').fill(path);
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
}

describe('saving a file another window changed on disk', () => {
  it('asks: Cancel keeps the other version and the unsaved edit; OK overwrites with the edit', async () => {
    const dirs = hostDirs();
    const file = join(dirs.docsDir, 'orders.tco.json');
    writeFileSync(file, EXAMPLE);
    const host = await startHost(dirs);
    const { page } = await openApp(host);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await answerPath(page, file);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Scenario', exact: true }).click();
    await page.getByLabel('Horizon (months)').fill('60');
    const other = EXAMPLE.replace('"horizonMonths": 36', '"horizonMonths": 24');
    writeFileSync(file, other);

    const asked: string[] = [];
    page.removeAllListeners('dialog');
    page.on('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(/^The file changed on disk since you opened it:\n.*orders\.tco\.json\n\nOverwrite it with your version \(OK\), or keep the other version \(Cancel\)\?/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'changed on disk and was kept' }).count()).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(other);
    expect(await page.getByLabel('Horizon (months)').inputValue()).toBe('60');
    await screenshot(page, 'save-conflict-kept');

    page.removeAllListeners('dialog');
    page.on('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Saved ${file}` }).count()).toBe(1);
    expect(asked).toHaveLength(2);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { horizonMonths: number }).horizonMonths).toBe(60);
  });
});
