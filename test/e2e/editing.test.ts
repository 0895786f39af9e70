import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario, starterScenario } from '../../src/index';
import { COALESCE_MS } from '../../renderer/state/document';
import { cleanupAll, closeBrowser, hostDirs, nav, openApp, screenshot, startHost } from './support/app';
import { exampleScenario, expectedTotals, withInput } from './support/expect-numbers';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

const total = (page: Page, option: string) => page.getByTestId(`total-${option}`).locator('.big').innerText();

/** Answers the web host's path prompt (it has no native file dialogs). */
async function answerPath(page: Page, path: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel('File path');
  await input.fill(path);
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
}

describe('editing a scenario in the app', () => {
  it('starts from a template, names an invalid field, and once fixed shows the numbers the core computes; undo and redo step through the edits', async () => {
    const host = await startHost(hostDirs());
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Database: EC2 or RDS' }).click();
    const horizon = page.getByLabel('Horizon (months)');
    await horizon.fill('0');
    await expect.poll(() => page.getByTestId('validation-summary').innerText()).toMatch(/horizonMonths/);
    expect(await horizon.getAttribute('aria-invalid')).toBe('true');
    expect(await nav(page, 'Dashboard').isDisabled()).toBe(true);
    await screenshot(page, 'editor-validation');

    // A pause longer than the typing-coalescing window, so the fix is its own undo step.
    await page.waitForTimeout(COALESCE_MS + 200);
    await horizon.fill('48');
    await expect.poll(() => page.getByTestId('validation-summary').count()).toBe(0);
    expect(await nav(page, 'Dashboard').isDisabled()).toBe(false);

    await nav(page, 'Dashboard').click();
    const expected = expectedTotals(parseScenario({ ...(starterScenario('database') as object), horizonMonths: 48 }));
    for (const [option, text] of Object.entries(expected)) await expect.poll(() => total(page, option)).toBe(text);
    expect(await page.getByTestId('total-ec2').innerText()).toContain('over 48 months');

    await nav(page, 'Scenario').click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => horizon.inputValue()).toBe('0');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => horizon.inputValue()).toBe('48');
    expect(errors).toEqual([]);
  });

  it('what-if: a driver re-estimates every option and redraws the charts; saved as a variant, saved to a file and reopened, the numbers are the same', async () => {
    const dirs = hostDirs();
    const host = await startHost(dirs);
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    const base = exampleScenario('postgres-oltp-ha');
    const baseTotals = expectedTotals(base);
    for (const [option, text] of Object.entries(baseTotals)) await expect.poll(() => total(page, option)).toBe(text);

    await nav(page, 'What-if').click();
    const curve = page.getByTestId('whatif-charts').locator('path.recharts-line-curve').first();
    await curve.waitFor();
    const curveBefore = await curve.getAttribute('d');
    // Move the slider itself, from the keyboard: two steps right, 1 → 3 read replicas.
    const slider = page.getByRole('slider', { name: /read replicas \(instances\)/ });
    expect(await slider.inputValue()).toBe('1');
    await slider.focus();
    await slider.press('ArrowRight');
    await slider.press('ArrowRight');
    expect(await page.getByRole('spinbutton', { name: /read replicas value$/ }).inputValue()).toBe('3');
    const changed = withInput(base, 'read replicas', 3);
    const changedTotals = expectedTotals(changed.scenario);
    expect(changedTotals.ec2).not.toBe(baseTotals.ec2);
    for (const [option, text] of Object.entries(changedTotals)) await expect.poll(() => page.getByTestId(`whatif-total-${option}`).locator('.big').innerText()).toBe(text);
    expect(await page.getByTestId('whatif-total-ec2').innerText()).toMatch(/\+\$[\d,.]+ against the scenario/);
    await expect.poll(() => curve.getAttribute('d')).not.toBe(curveBefore);
    await screenshot(page, 'whatif-three-replicas');

    await page.getByLabel('Variant name').fill('Three replicas');
    await page.getByRole('button', { name: 'Save as variant' }).click();
    const variantRow = page.getByRole('table', { name: 'Variants' }).getByRole('row', { name: /Three replicas/ });
    await expect.poll(() => variantRow.innerText()).toContain(changedTotals.ec2!);
    for (const text of Object.values(changedTotals)) expect(await variantRow.innerText()).toContain(text);
    // The what-if session was folded into the variant: the sliders are back at the scenario's values.
    expect(await page.getByTestId('whatif-total-ec2').locator('.big').innerText()).toBe(baseTotals.ec2);
    await page.getByRole('button', { name: 'Compare Three replicas with base' }).click();
    const lines = page.getByRole('table', { name: 'Variant comparison' });
    await expect.poll(() => lines.innerText()).toMatch(/replica/i);
    await screenshot(page, 'variant-compare');
    expect(await page.getByTestId('document-title').innerText()).toContain('●');

    const file = join(dirs.docsDir, 'orders.tco.json');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await answerPath(page, file);
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Saved ${file}` }).count()).toBe(1);
    expect(await page.getByTestId('document-title').innerText()).not.toContain('●');
    const saved = parseScenario(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    expect(saved.variants).toEqual([{ name: 'Three replicas', overrides: [{ path: changed.path, value: 3 }] }]);

    // A fresh page (as after a restart): open the file and see the same numbers.
    await page.reload();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await answerPath(page, file);
    await nav(page, 'Dashboard').click();
    for (const [option, text] of Object.entries(baseTotals)) await expect.poll(() => total(page, option)).toBe(text);
    await nav(page, 'What-if').click();
    await expect.poll(() => variantRow.innerText()).toContain(changedTotals.ec2!);
    expect(errors).toEqual([]);
  });

  it('a malformed or missing file gets a message naming the problem, and the open document is kept', async () => {
    const dirs = hostDirs();
    const host = await startHost(dirs);
    const { page } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await nav(page, 'Scenario').click();
    await page.getByLabel('Horizon (months)').fill('60');

    const broken = join(dirs.docsDir, 'broken.tco.json');
    writeFileSync(broken, '{"schemaVersion": 1, "name": ');
    const dismissed: string[] = [];
    page.removeAllListeners('dialog');
    page.on('dialog', (d) => {
      dismissed.push(d.message());
      void d.dismiss();
    });
    // Unsaved changes: the app asks first; saying no keeps everything as it was.
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    expect(dismissed).toEqual([expect.stringMatching(/Discard unsaved changes to Orders database/)]);
    expect(await page.getByLabel('Horizon (months)').inputValue()).toBe('60');

    page.removeAllListeners('dialog');
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await answerPath(page, broken);
    await expect.poll(() => page.getByRole('alert').first().innerText()).toMatch(/broken\.tco\.json.*(JSON|json)/s);
    expect(await page.getByLabel('Horizon (months)').inputValue()).toBe('60');

    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await answerPath(page, join(dirs.docsDir, 'nowhere.tco.json'));
    await expect.poll(() => page.getByRole('alert').last().innerText()).toMatch(/nowhere\.tco\.json/);
    expect(await page.getByLabel('Horizon (months)').inputValue()).toBe('60');
    await screenshot(page, 'open-errors');
  });
});
