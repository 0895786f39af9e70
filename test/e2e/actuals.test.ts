import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRealCostSample } from '../fake-aws/fake-cost-explorer';
import { costExplorerCsvPath } from '../support/paths';
import { cleanupAll, closeBrowser, hostDirs, nav, openApp, screenshot, startHost, type HostProcess, startFakeAwsForTest } from './support/app';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

/** The orders database example, on the Actuals view. */
async function openActuals(host: HostProcess) {
  const app = await openApp(host);
  await app.page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
  await app.page.getByTestId('total-ec2').waitFor();
  await nav(app.page, 'Actuals').click();
  return app;
}

describe('importing costs in the app', () => {
  it('states one request count and cost in the text and on the button, makes exactly those requests, and takes the profile chosen in the view', async () => {
    const fake = await startFakeAwsForTest({ costs: loadRealCostSample({ forecast: true }) });
    // A named profile in a shared credentials file, as the AWS CLI writes it.
    const dirs = hostDirs();
    const credentials = join(dirs.dataDir, 'aws-credentials');
    writeFileSync(credentials, '[finops]\naws_access_key_id = AKIDFINOPSFAKE\naws_secret_access_key = fake-secret\n');
    const host = await startHost(dirs, { AWS_ENDPOINT_URL_COST_EXPLORER: fake.endpoint, AWS_SHARED_CREDENTIALS_FILE: credentials });
    const { page, errors } = await openActuals(host);
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

  it('shows the import like an API one (period, file, no request) and calibrates on it; a wrong file shows why and keeps the import', async () => {
    // No AWS endpoint and no credentials: the file is read in the page, nothing is requested.
    const host = await startHost(hostDirs());
    const { page, errors } = await openActuals(host);
    await expect.poll(() => page.getByText('Or import a CSV downloaded from the Cost Explorer console').count()).toBe(1);
    expect(await page.getByText(/Cost Explorer → Group by: Service → Download CSV/).count()).toBe(1);

    await page.getByLabel('Cost Explorer CSV').setInputFiles(costExplorerCsvPath('handmade-rds-sagemaker-monthly.csv'));
    const done = page.getByTestId('import-done');
    await expect
      .poll(() => done.innerText())
      .toBe('Imported 2025-01-01 to 2025-04-01 from handmade-rds-sagemaker-monthly.csv (Cost Explorer console CSV): no Cost Explorer requests made ($0.00).');

    await page.locator('#cal-option').selectOption('managed');
    const rds = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Amazon RDS', exact: true }) });
    await expect.poll(() => rds.getByRole('cell').nth(1).innerText()).toBe('$786.19');
    expect(await rds.getByRole('cell').nth(4).innerText()).toBe('Amazon Relational Database Service');
    expect(await page.getByTestId('calibration-summary').innerText()).toMatch(/^Today you spend \$[\d,.]+\/month on these services; the model's .+ says \$[\d,.]+/);
    await screenshot(page, 'actuals-csv');

    await page.getByLabel('Cost Explorer CSV').setInputFiles(costExplorerCsvPath('handmade-grouped-by-usage-type.csv'));
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toBe(
        'Not imported: handmade-grouped-by-usage-type.csv: the costs are grouped by "Usage type"; TCO Studio needs them grouped by Service (Cost Explorer → Group by: Service → Download CSV)',
      );
    // The earlier import and its calibration stay.
    expect(await done.innerText()).toMatch(/^Imported 2025-01-01 to 2025-04-01 from handmade-rds-sagemaker-monthly\.csv/);
    expect(await rds.getByRole('cell').nth(1).innerText()).toBe('$786.19');
    await screenshot(page, 'actuals-csv-refused');

    // A daily file replaces it and clears the message.
    await page.getByLabel('Cost Explorer CSV').setInputFiles(costExplorerCsvPath('handmade-daily-two-months-bom-crlf.csv'));
    await expect.poll(() => done.innerText()).toMatch(/^Imported 2025-01-30 to 2025-03-01 from handmade-daily-two-months-bom-crlf\.csv/);
    expect(await alert.count()).toBe(0);
    await expect.poll(() => page.getByText('2025-01 covers 2 of its 31 days and is left out').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
