import { readFileSync } from 'node:fs';
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

const total = (page: Page, option: string) => page.getByTestId(`total-${option}`).locator('.big').innerText();
const exampleJson = () => JSON.parse(readFileSync(join(EXAMPLES_DIR, 'postgres-fleet-ec2-rds-aurora.tco.json'), 'utf8')) as { workloads: Record<string, unknown>[]; options: string[] };

describe('Aurora beside EC2 and RDS in the app', () => {
  it('shows the three options the core computes; the Aurora fields of a database re-estimate it; unticking Aurora drops it', async () => {
    const host = await startHost(hostDirs());
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'PostgreSQL fleet: EC2 vs RDS vs Aurora I/O-Optimized' }).click();
    const base = exampleJson();
    for (const [option, text] of Object.entries(expectedTotals(parseScenario(base)))) await expect.poll(() => total(page, option)).toBe(text);

    await nav(page, 'Scenario').click();
    expect(await page.getByRole('checkbox', { name: 'Managed: Amazon Aurora' }).isChecked()).toBe(true);
    const billing = page.getByRole('region', { name: /^Workload 3:/ });
    const toggle = billing.locator('button.workload-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await billing.getByLabel(/^Aurora storage configuration/).selectOption('standard');
    await billing.getByLabel(/^Aurora I\/O requests/).fill('500');
    await screenshot(page, 'editor-aurora-fields');

    const changed = exampleJson();
    changed.workloads[2] = { ...changed.workloads[2], aurora: { storageConfiguration: 'standard', ioRequestsMillionsPerMonth: 500 } };
    const changedTotals = expectedTotals(parseScenario(changed));
    expect(changedTotals.aurora).not.toBe(expectedTotals(parseScenario(base)).aurora);
    await nav(page, 'Dashboard').click();
    for (const [option, text] of Object.entries(changedTotals)) await expect.poll(() => total(page, option)).toBe(text);

    await nav(page, 'Scenario').click();
    await page.getByRole('checkbox', { name: 'Managed: Amazon Aurora' }).uncheck();
    await expect.poll(() => billing.getByLabel(/^Aurora storage configuration/).count()).toBe(0);
    await nav(page, 'Dashboard').click();
    await expect.poll(() => page.getByTestId('total-aurora').count()).toBe(0);
    await expect.poll(() => total(page, 'managed')).toBe(changedTotals.managed);
    expect(errors).toEqual([]);
  });
});
