import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/index';
import { cleanupAll, closeBrowser, hostDirs, nav, openApp, screenshot, startHost } from './support/app';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

/** The storage size of the example's one database (its name has parentheses and a slash, too). */
const storageValue = (page: Page) => page.getByRole('spinbutton', { name: /\): storage value$/ });
const variantRows = (page: Page) => page.getByRole('table', { name: 'Variants' }).getByRole('row');

async function openWhatIf(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
  await nav(page, 'What-if').click();
  await storageValue(page).waitFor();
}

describe('saving a what-if change as a variant', () => {
  it('accepts an ordinary name with parentheses, and the scenario stays valid through to the saved file', async () => {
    const dirs = hostDirs();
    const host = await startHost(dirs);
    const { page, errors } = await openApp(host);
    await openWhatIf(page);
    const before = Number(await storageValue(page).inputValue());
    await storageValue(page).fill(String(before * 3));
    await page.getByLabel('Variant name').fill('Storage triples (3 TB)');
    await page.getByRole('button', { name: 'Save as variant' }).click();

    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved variant "Storage triples (3 TB)"' }).count()).toBe(1);
    const row = variantRows(page).filter({ hasText: 'Storage triples (3 TB)' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).not.toMatch(/invalid/i);
    // Every analysis screen is still there: the document is valid.
    expect(await nav(page, 'Dashboard').isDisabled()).toBe(false);
    expect(await page.getByTestId('validation-summary').count()).toBe(0);
    await page.getByRole('button', { name: 'Compare Storage triples (3 TB) with base' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Variant comparison' }).innerText()).toMatch(/storage/i);
    await screenshot(page, 'variant-name-with-parentheses');

    const file = join(dirs.docsDir, 'orders.tco.json');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const input = page.getByRole('dialog').getByLabel('File path');
    await input.fill(file);
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).filter({ hasText: 'orders.tco.json' }).count()).toBe(1);
    const saved = parseScenario(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    expect(saved.variants.map((v) => v.name)).toEqual(['Storage triples (3 TB)']);
    expect(saved.variants[0]!.overrides[0]!.value).toBe(before * 3);
    expect(errors).toEqual([]);
  });

  it('refuses an out-of-range value or a name the file cannot hold, says why next to it, and the document stays valid', async () => {
    const host = await startHost(hostDirs());
    const { page, errors } = await openApp(host);
    await openWhatIf(page);
    expect(await page.getByTestId('document-title').innerText()).not.toContain('●');

    await storageValue(page).fill('0.5');
    await page.getByLabel('Variant name').fill('Tiny storage');
    await page.getByRole('button', { name: 'Save as variant' }).click();
    const problem = page.getByTestId('variant-problem');
    await expect.poll(() => problem.innerText()).toMatch(/storage must be a whole number \(got 0\.5\) \(allowed: 20 to 65,536, whole numbers\)/i);
    await expect.poll(() => page.getByTestId('driver-problem').first().innerText()).toMatch(/at least 20/);
    expect(await storageValue(page).getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'variant-out-of-range');
    // Nothing was saved: no toast, no variant, the document unchanged and valid.
    expect(await page.getByRole('status').filter({ hasText: 'Saved variant' }).count()).toBe(0);
    expect(await variantRows(page).filter({ hasText: 'Tiny storage' }).count()).toBe(0);
    expect(await page.getByTestId('document-title').innerText()).not.toContain('●');
    expect(await nav(page, 'Dashboard').isDisabled()).toBe(false);

    // A name the file refuses is named next to the name box: "base", and a control character.
    await storageValue(page).fill('1000');
    for (const [name, why] of [
      ['base', /"base" names the scenario itself/],
      ['Bad\u202ename', /letters, digits, spaces and punctuation/],
    ] as const) {
      await page.getByLabel('Variant name').fill(name);
      await page.getByRole('button', { name: 'Save as variant' }).click();
      await expect.poll(() => problem.innerText()).toMatch(why);
      expect(await page.getByLabel('Variant name').getAttribute('aria-invalid')).toBe('true');
    }
    expect(await page.getByTestId('document-title').innerText()).not.toContain('●');

    // Fixed, it saves; a second variant with the same name is refused rather than replacing it.
    await page.getByLabel('Variant name').fill('Storage 1 TB');
    await page.getByRole('button', { name: 'Save as variant' }).click();
    await expect.poll(() => variantRows(page).filter({ hasText: 'Storage 1 TB' }).count()).toBe(1);
    expect(await problem.count()).toBe(0);
    await storageValue(page).fill('2000');
    await page.getByLabel('Variant name').fill('Storage 1 TB');
    await page.getByRole('button', { name: 'Save as variant' }).click();
    await expect.poll(() => problem.innerText()).toMatch(/already has a variant named "Storage 1 TB"/);
    expect(await nav(page, 'Dashboard').isDisabled()).toBe(false);
    expect(errors).toEqual([]);
  });
});
