import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/index';
import { cleanupAll, closeBrowser, hostDirs, openApp, screenshot, startHost } from './support/app';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

/** Internal function names and doubled prefixes that must never reach the screen. */
const LEAKS = /saveScenario|openScenario|exportReport|regionPrices|not saved: not saved|Not saved: not saved/i;

const prompt = (page: Page) => page.getByRole('dialog');

async function answer(page: Page, path: string | null): Promise<void> {
  if (path !== null) await prompt(page).getByLabel('File path').fill(path);
  await prompt(page).getByRole('button', { name: 'OK' }).click();
}

const lastAlert = (page: Page) => page.getByRole('alert').last().innerText();

describe('saving in the web host', () => {
  it('suggests a full path in the documents folder it names, takes a bare file name there, and says what went wrong in plain words', async () => {
    const dirs = hostDirs();
    const host = await startHost(dirs);
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Scenario', exact: true }).click();
    await page.getByLabel('Horizon (months)').fill('48');

    // The suggested name is a full path in the documents folder, which the dialog states; OK saves it.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const suggested = await prompt(page).getByLabel('File path').inputValue();
    expect(suggested.startsWith(`${dirs.docsDir}/`)).toBe(true);
    expect(suggested).toMatch(/\.tco\.json$/);
    expect(await prompt(page).innerText()).toContain(dirs.docsDir);
    await screenshot(page, 'web-save-prompt');
    await answer(page, null);
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Saved ${suggested}` }).count()).toBe(1);
    expect(parseScenario(JSON.parse(readFileSync(suggested, 'utf8')) as unknown).horizonMonths).toBe(48);

    // A bare file name (with or without the extension) lands in the documents folder.
    for (const [typed, file] of [
      ['my copy.tco.json', 'my copy.tco.json'],
      ['second copy', 'second copy.tco.json'],
    ] as const) {
      await page.getByRole('button', { name: 'Save as', exact: true }).click();
      await answer(page, typed);
      const saved = join(dirs.docsDir, file);
      await expect.poll(() => page.getByRole('status').filter({ hasText: `Saved ${saved}` }).count()).toBe(1);
      expect(existsSync(saved)).toBe(true);
    }

    // A place the web host may not write to: the message says where files may go, in the user's words.
    await page.getByRole('button', { name: 'Save as', exact: true }).click();
    await answer(page, join(dirs.root, 'elsewhere.tco.json'));
    await expect.poll(() => lastAlert(page)).toMatch(/^Not saved: .*elsewhere\.tco\.json is outside the folders/);
    expect(await lastAlert(page)).toContain(dirs.docsDir);
    expect(await lastAlert(page)).not.toMatch(LEAKS);

    // An invalid scenario: refused once, not "Not saved: not saved:".
    await page.getByLabel('Horizon (months)').fill('0');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const invalid = page.getByRole('alert').filter({ hasText: 'the scenario is invalid' });
    await expect.poll(() => invalid.count()).toBe(1);
    expect(await invalid.innerText()).toMatch(/^Not saved: the scenario is invalid: horizonMonths/);
    expect(await invalid.innerText()).not.toMatch(LEAKS);

    // Nothing the user saw in this session names an internal function; the host's log keeps the detail.
    expect(await page.locator('body').innerText()).not.toMatch(LEAKS);
    expect(host.stderr.join('')).toMatch(/saveScenario refused: .*elsewhere\.tco\.json is outside/);
    expect(errors).toEqual([]);
  });

  it('a typed relative path is read in the documents folder; a missing file is named without the call name', async () => {
    const host = await startHost(hostDirs());
    const { page } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await answer(page, 'nowhere/missing.tco.json');
    await expect.poll(() => lastAlert(page)).toMatch(/^Not opened: /);
    expect(await lastAlert(page)).toMatch(/missing\.tco\.json/);
    expect(await lastAlert(page)).not.toMatch(LEAKS);
  });

  it('an error banner goes away once its cause is fixed: a failed save’s error when a save works, a failed open’s when a file opens', async () => {
    const dirs = hostDirs();
    const host = await startHost(dirs);
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await page.getByTestId('total-ec2').waitFor();
    const notSaved = page.getByRole('alert').filter({ hasText: 'Not saved:' });
    await page.getByRole('button', { name: 'Save as', exact: true }).click();
    await answer(page, join(dirs.root, 'elsewhere.tco.json'));
    await expect.poll(() => notSaved.count()).toBe(1);
    // Saved where it may be: the error is no longer true, so it goes.
    await page.getByRole('button', { name: 'Save as', exact: true }).click();
    await answer(page, 'fixed.tco.json');
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Saved ${join(dirs.docsDir, 'fixed.tco.json')}` }).count()).toBe(1);
    expect(await notSaved.count()).toBe(0);

    const notOpened = page.getByRole('alert').filter({ hasText: 'Not opened:' });
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await answer(page, 'nowhere/missing.tco.json');
    await expect.poll(() => notOpened.count()).toBe(1);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await answer(page, 'fixed.tco.json');
    await expect.poll(() => notOpened.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
