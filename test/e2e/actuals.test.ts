import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startFakeAws, type FakeAws } from '../fake-aws/fake-aws-server';
import { loadRealCostSample } from '../fake-aws/fake-cost-explorer';
import { cleanupAll, closeBrowser, hostDirs, openApp, screenshot, startHost } from './support/app';

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });

describe('importing costs in the app', () => {
  it('states one request count and cost in the text and on the button, makes exactly those requests, and takes the profile chosen in the view', async () => {
    fake = await startFakeAws({ costs: loadRealCostSample({ forecast: true }) });
    // A named profile in a shared credentials file, as the AWS CLI writes it.
    const dirs = hostDirs();
    const credentials = join(dirs.dataDir, 'aws-credentials');
    writeFileSync(credentials, '[finops]\naws_access_key_id = AKIDFINOPSFAKE\naws_secret_access_key = fake-secret\n');
    const host = await startHost(dirs, { AWS_ENDPOINT_URL_COST_EXPLORER: fake.endpoint, AWS_SHARED_CREDENTIALS_FILE: credentials });
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await page.getByTestId('total-ec2').waitFor();
    await nav(page, 'Actuals').click();
    await page.getByLabel('AWS profile').fill('finops');
    await page.getByRole('button', { name: 'Check the cost' }).click();
    const plan = page.locator('.banner').filter({ hasText: 'Cost Explorer charges' });
    await expect.poll(() => plan.innerText()).toMatch(/makes 3 requests \(\$0\.03\).* never more than 10 \(\$0\.10\)/);
    const button = page.getByRole('button', { name: /^Import:/ });
    expect(await button.innerText()).toBe('Import: 3 requests, $0.03 (at most 10, $0.10)');
    await screenshot(page, 'actuals-plan');
    await button.click();
    await expect.poll(() => page.getByTestId('import-done').innerText(), { timeout: 20_000 }).toMatch(/with profile finops: 3 Cost Explorer requests made \(\$0\.03\)\.$/);
    expect(fake.requests.length).toBe(3);
    // Signed with the profile's key, not the environment's.
    expect(fake.requests.every((r) => /Credential=AKIDFINOPSFAKE\//.test(r.authorization ?? ''))).toBe(true);
    // The profile is the app's setting: the Prices view shows the same one.
    await nav(page, 'Prices').click();
    await expect.poll(() => page.locator('#aws-profile').inputValue()).toBe('finops');
    expect(errors).toEqual([]);
  });
});
