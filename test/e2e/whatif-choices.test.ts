import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, closeBrowser, hostDirs, nav, openApp, screenshot, startHost } from './support/app';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

const change = (page: Page, option: string) => page.getByTestId(`whatif-total-${option}`).locator('.muted').last().innerText();

/** The example orders database, opened in the What-if view. */
async function openOrdersWhatIf(): Promise<{ page: Page; errors: string[] }> {
  const host = await startHost(hostDirs());
  const { page, errors } = await openApp(host, { width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
  await page.getByTestId('total-ec2').waitFor();
  await nav(page, 'What-if').click();
  await page.getByTestId('whatif-total-managed').waitFor();
  return { page, errors };
}

describe('instance types and commitments as what-if drivers', () => {
  it('re-estimates on a commitment and an instance class, says when a reserved rate is missing, and saves both as a valid variant', async () => {
    const { page, errors } = await openOrdersWhatIf();

    // Found by words of their labels, like the sliders.
    await page.getByLabel('Find a driver').fill('commitment');
    const commitment = page.getByRole('combobox', { name: /: RDS commitment/ });
    expect(await commitment.inputValue()).toBe('on-demand');
    await commitment.selectOption({ label: 'Reserved 1 year, no upfront' });
    await expect.poll(() => change(page, 'managed')).toMatch(/^−\$[\d,]+ against the scenario$/);
    expect(await change(page, 'ec2')).toBe('unchanged');

    // A term and payment AWS publishes no rate for is priced on-demand, and the choice says so.
    await commitment.selectOption({ label: 'Reserved 3 years, all upfront' });
    await expect.poll(() => page.getByTestId('choice-driver').filter({ hasText: 'RDS commitment' }).getByRole('note').innerText()).toMatch(/^Reserved rate not found for RDS PostgreSQL.*priced at on-demand \(enter your own reserved hourly rate and upfront fee with the commitment, or refresh prices\)\.$/);
    expect(await change(page, 'managed')).toBe('unchanged');
    await commitment.selectOption({ label: 'Reserved 1 year, no upfront' });

    // A larger RDS class: only the managed option moves further.
    await page.getByLabel('Find a driver').fill('instance');
    const rdsClass = page.getByRole('combobox', { name: /: RDS instance class/ });
    const ec2Type = page.getByRole('combobox', { name: /: EC2 instance type/ });
    expect(await rdsClass.inputValue()).toBe('db.r6i.4xlarge');
    expect(await ec2Type.inputValue()).toBe('r6i.4xlarge');
    // The EC2 type follows the RDS class unless set: typing it pins it.
    await ec2Type.fill('');
    await ec2Type.fill('r6i.4xlarge');
    // A type the Region does not price changes nothing, and the box says why.
    const before = await change(page, 'managed');
    await rdsClass.fill('db.r6i.9xlarge');
    await expect.poll(() => page.getByTestId('choice-driver').filter({ hasText: 'RDS instance class' }).locator('.hint').innerText()).toBe('"db.r6i.9xlarge" is not an instance type priced in us-east-1: the totals keep db.r6i.4xlarge');
    expect(await change(page, 'managed')).toBe(before);
    await rdsClass.fill('db.r6i.8xlarge');
    await expect.poll(() => change(page, 'managed')).toMatch(/^\+\$[\d,]+ against the scenario$/);
    expect(await change(page, 'ec2')).toBe('unchanged');
    await screenshot(page, 'whatif-choices-1280x720');

    // Saved as a variant: accepted by the file's rules, the scenario stays valid, the values are named.
    await page.getByLabel('Variant name').fill('Reserved RDS (1 year), 8xlarge');
    await page.getByRole('button', { name: 'Save as variant' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Variants' }).innerText()).toContain('Reserved RDS (1 year), 8xlarge');
    await page.getByRole('button', { name: 'Edit Reserved RDS (1 year), 8xlarge' }).click();
    const values = await page.getByRole('table', { name: 'Values of Reserved RDS (1 year), 8xlarge' }).innerText();
    expect(values).toMatch(/RDS commitment\s+on-demand\s+reserved 1yr no-upfront standard/);
    expect(values).toMatch(/RDS instance class\s+db\.r6i\.4xlarge\s+db\.r6i\.8xlarge/);
    expect(await page.getByText(/problems? in the scenario/).count()).toBe(0);
    expect(errors).toEqual([]);
  });
  it('offers practice maturity as a what-if choice that moves self-managed effort only, and shows the calibration table in the editor', async () => {
    const { page, errors } = await openOrdersWhatIf();
    await page.getByLabel('Find a driver').fill('maturity');
    const maturity = page.getByRole('combobox', { name: /Practice maturity/ });
    expect(await maturity.inputValue()).toBe('scripted');
    await maturity.selectOption('automated');
    await expect.poll(() => change(page, 'ec2')).toMatch(/^−\$[\d,]+ against the scenario$/);
    expect(await change(page, 'managed')).toBe('unchanged');

    await nav(page, 'Scenario').click();
    await page.getByRole('button', { name: /How the defaults compare with published evidence/ }).click();
    const table = page.getByRole('table', { name: 'Calibration against published evidence' });
    await expect.poll(() => table.innerText()).toMatch(/Databases per DBA, self-managed on EC2\s+50 highly available PostgreSQL/);
    expect(await page.getByLabel('Practice maturity (self-managed)').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
