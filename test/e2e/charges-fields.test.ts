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
const exampleJson = () => JSON.parse(readFileSync(join(EXAMPLES_DIR, 'postgres-fleet-ec2-rds-aurora.tco.json'), 'utf8')) as { workloads: Record<string, unknown>[] };

describe('The charges people miss are editable in the app, not only in the file', () => {
  it('engine version, root volumes, incremental snapshots, NLB and NAT gateway of a database re-estimate it as the file would', async () => {
    const host = await startHost(hostDirs());
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'PostgreSQL fleet: EC2 vs RDS vs Aurora I/O-Optimized' }).click();
    await nav(page, 'Scenario').click();
    const billing = page.getByRole('region', { name: /^Workload 3:/ });
    const toggle = billing.locator('button.workload-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await billing.getByLabel(/^Major version/).selectOption('12');
    await billing.getByLabel(/^Root volume per EC2 instance/).fill('30');
    await billing.getByLabel(/^Root volume type/).selectOption('gp2');
    await billing.getByLabel(/^Daily change \(EC2 snapshots\)/).fill('3');
    await billing.getByRole('checkbox', { name: /Network Load Balancer/ }).check();
    await billing.getByLabel(/^Traffic through the NLB/).fill('500');
    await billing.getByLabel(/^Traffic through a NAT gateway/).fill('200');
    await screenshot(page, 'editor-database-charges');

    const changed = exampleJson();
    changed.workloads[2] = {
      ...changed.workloads[2],
      engineVersion: '12',
      rootVolumeGb: 30,
      rootVolumeType: 'gp2',
      backup: { ...(changed.workloads[2]!.backup as object), dailyChangePct: 3 },
      selfManagedNetwork: { nlb: true, nlbGbPerMonth: 500, natGatewayGbPerMonth: 200 },
    };
    const changedTotals = expectedTotals(parseScenario(changed));
    const baseTotals = expectedTotals(parseScenario(exampleJson()));
    expect(changedTotals.ec2).not.toBe(baseTotals.ec2);
    expect(changedTotals.managed).not.toBe(baseTotals.managed);
    await nav(page, 'Dashboard').click();
    for (const [option, text] of Object.entries(changedTotals)) await expect.poll(() => total(page, option)).toBe(text);
    expect(errors).toEqual([]);
  });
});
