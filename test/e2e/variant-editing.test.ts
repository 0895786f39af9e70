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

const storageValue = (page: Page) => page.getByRole('spinbutton', { name: /\): storage value$/ });
const variantRows = (page: Page) => page.getByRole('table', { name: 'Variants' }).getByRole('row');

async function saveVariant(page: Page, storageGb: number, name: string): Promise<void> {
  await storageValue(page).fill(String(storageGb));
  await page.getByLabel('Variant name').fill(name);
  await page.getByRole('button', { name: 'Save as variant' }).click();
  await expect.poll(() => variantRows(page).filter({ hasText: name }).count()).toBe(1);
}

describe('editing variants in the app', () => {
  it('renames a variant by the name rule, edits its value, compares any two, and deletes one after asking; the file keeps it all', async () => {
    const dirs = hostDirs();
    const host = await startHost(dirs);
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await nav(page, 'What-if').click();
    await storageValue(page).waitFor();
    const before = Number(await storageValue(page).inputValue());
    await saveVariant(page, before * 3, 'Storage triples');
    await saveVariant(page, before * 2, 'Storage doubles');

    // Rename: a taken name and "base" are refused next to the box, and the document stays as it was.
    await page.getByRole('button', { name: 'Edit Storage doubles' }).click();
    const editor = page.getByRole('group', { name: 'Edit variant Storage doubles' });
    const newName = editor.getByLabel('New name of the variant');
    for (const [name, why] of [
      ['Storage triples', /already has a variant named "Storage triples"/],
      ['base', /"base" names the scenario itself/],
    ] as const) {
      await newName.fill(name);
      await editor.getByRole('button', { name: 'Rename' }).click();
      await expect.poll(() => page.getByTestId('rename-problem').innerText()).toMatch(why);
    }
    expect(await nav(page, 'Dashboard').isDisabled()).toBe(false);
    await newName.fill('Storage doubled (2×, gp3)');
    await editor.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(() => variantRows(page).filter({ hasText: 'Storage doubled (2×, gp3)' }).count()).toBe(1);
    expect(await variantRows(page).filter({ hasText: 'Storage doubles' }).count()).toBe(0);

    // Its value: one the file refuses is named and not applied; a valid one is.
    const renamed = page.getByRole('group', { name: 'Edit variant Storage doubled (2×, gp3)' });
    const value = renamed.getByRole('spinbutton', { name: /storage in Storage doubled \(2×, gp3\)$/i });
    await value.fill('0.5');
    await expect.poll(() => renamed.getByRole('alert').innerText()).toMatch(/whole number/);
    await value.fill(String(before * 4));
    await expect.poll(() => renamed.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'variant-editor');

    // Compare any two: the renamed variant against the other one.
    await page.getByLabel('Compare', { exact: true }).selectOption('Storage doubled (2×, gp3)');
    await page.getByLabel('with', { exact: true }).selectOption('Storage triples');
    await page.getByRole('button', { name: 'Compare the two' }).click();
    await expect.poll(() => page.locator('h3').filter({ hasText: 'against' }).innerText()).toBe('"Storage doubled (2×, gp3)" against "Storage triples"');
    await expect.poll(() => page.getByRole('table', { name: 'Variant comparison' }).innerText()).toMatch(/storage/i);

    // Delete asks first: Cancel keeps it, "Delete variant" removes it.
    await page.getByRole('button', { name: 'Delete Storage triples' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete the variant "Storage triples"?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await variantRows(page).filter({ hasText: 'Storage triples' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Delete Storage triples' }).click();
    await confirm.getByRole('button', { name: 'Delete variant' }).click();
    await expect.poll(() => variantRows(page).filter({ hasText: 'Storage triples' }).count()).toBe(0);
    expect(await page.getByRole('table', { name: 'Variant comparison' }).count()).toBe(0);

    const file = join(dirs.docsDir, 'orders-variants.tco.json');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog').getByLabel('File path').fill(file);
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'orders-variants.tco.json' }).count()).toBe(1);
    const saved = parseScenario(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    expect(saved.variants.map((v) => [v.name, v.overrides.map((o) => o.value)])).toEqual([['Storage doubled (2×, gp3)', [before * 4]]]);

    // Undo brings the deleted variant back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => variantRows(page).filter({ hasText: 'Storage triples' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
