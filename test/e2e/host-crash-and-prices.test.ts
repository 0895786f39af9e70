import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AUTOSAVE_MS } from '../../renderer/state/use-session';
import { feedDerivedItems } from '../fake-aws/feed-derived-records';
import { cleanupAll, closeBrowser, hostDirs, nav, openApp, screenshot, startHost, startFakeAwsForTest } from './support/app';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

describe('the app when its host dies', () => {
  it('after the host is killed mid-edit, the next start offers the autosaved draft and restores the edit', async () => {
    const dirs = hostDirs();
    const first = await startHost(dirs);
    const { page } = await openApp(first);
    await page.getByRole('button', { name: 'ML platform: EC2, EKS or SageMaker' }).click();
    await page.getByLabel('Name', { exact: true }).first().fill('Crash test platform');
    await page.getByLabel('Horizon (months)').fill('42');
    const draft = join(dirs.dataDir, 'recovery', 'draft.json');
    // The autosave writes within AUTOSAVE_MS of the edit.
    await expect.poll(() => existsSync(draft) && readFileSync(draft, 'utf8').includes('\\"horizonMonths\\": 42'), { timeout: AUTOSAVE_MS * 3 }).toBe(true);
    await first.stop('SIGKILL');

    const second = await startHost(dirs);
    const { page: again, errors } = await openApp(second);
    const offer = again.getByRole('alertdialog');
    await expect.poll(() => offer.innerText()).toMatch(/Unsaved work from .* was recovered/);
    await screenshot(again, 'recovery-offer');
    await offer.getByRole('button', { name: 'Restore' }).click();
    expect(await again.getByLabel('Horizon (months)').inputValue()).toBe('42');
    expect(await again.getByTestId('document-title').innerText()).toContain('●');
    expect(errors).toEqual([]);
  });

  it('an API call while the host is down names the problem, and the document stays open', async () => {
    const dirs = hostDirs();
    const host = await startHost(dirs);
    const { page } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await page.getByTestId('total-ec2').waitFor();
    await host.stop('SIGKILL');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog').getByLabel('File path').fill(join(dirs.docsDir, 'x.tco.json'));
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toMatch(/Not saved: .*(host|reach|connect)/i);
    expect(await page.getByTestId('total-ec2').count()).toBe(1);
  });
});

describe('refreshing prices from AWS in the app', () => {
  it('shows progress while the fake Price List API answers, then the estimate uses the refreshed prices with their date', async () => {
    const fake = await startFakeAwsForTest({ products: feedDerivedItems() });
    fake.inject({ operation: 'GetProducts', kind: 'hold', skip: 1 });
    const dirs = hostDirs();
    const host = await startHost(dirs, { AWS_ENDPOINT_URL_PRICING: fake.endpoint });
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    // The Region's prices are in (the estimate exists) before the Prices view is read; a loaded machine may take a while.
    await page.getByTestId('total-ec2').waitFor({ timeout: 30_000 });
    await nav(page, 'Prices').click();
    const sources = page.getByRole('table', { name: 'Price sources of the estimate' });
    await sources.waitFor({ timeout: 30_000 });
    await expect.poll(() => sources.innerText()).toContain('snapshot');
    await page.getByRole('button', { name: 'Refresh prices' }).click();
    await fake.waitFor('GetProducts', 2);
    // Held mid-refresh: the progress bar and counts are on screen.
    await expect.poll(() => page.getByTestId('refresh-progress').innerText()).toMatch(/query: [\d,]+ items/);
    expect(await page.getByRole('progressbar', { name: 'Price refresh progress' }).count()).toBe(1);
    await screenshot(page, 'price-refresh-progress');
    fake.release();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /prices/i }).first().innerText(), { timeout: 20_000 }).toMatch(/\d+ prices/);
    const cacheTable = page.getByRole('table', { name: 'Cached prices' });
    await expect.poll(() => cacheTable.innerText()).toMatch(/us-east-1/);
    await expect.poll(() => sources.innerText()).toMatch(/AWS Price List API \(GetProducts\), AmazonRDS us-east-1.*\tcache\t\d{4}-\d{2}-\d{2}/);
    expect(await sources.innerText()).not.toMatch(/\tsnapshot\t/);
    await screenshot(page, 'price-refresh-done');
    expect(fake.requests.filter((r) => r.operation === 'GetProducts').length).toBeGreaterThan(1);
    expect(errors).toEqual([]);
  });

  it('a refresh AWS refuses: the error is shown next to the Refresh button, naming the IAM action, and the estimate keeps its prices', async () => {
    const fake = await startFakeAwsForTest({ products: feedDerivedItems() });
    fake.inject({ operation: 'GetProducts', kind: 'access-denied' });
    const host = await startHost(hostDirs(), { AWS_ENDPOINT_URL_PRICING: fake.endpoint });
    const { page } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await page.getByTestId('total-ec2').waitFor({ timeout: 30_000 });
    await nav(page, 'Prices').click();
    await page.getByRole('button', { name: 'Refresh prices' }).click();
    const error = page.getByTestId('refresh-error');
    await expect.poll(() => error.innerText(), { timeout: 20_000 }).toMatch(/^Refresh failed: .*pricing:GetProducts/);
    // In the refresh panel, below its button; nothing at the top of the view.
    const refreshPanel = page.getByRole('region', { name: 'Refresh from AWS' });
    expect(await refreshPanel.getByTestId('refresh-error').count()).toBe(1);
    const [button, message] = await Promise.all([page.getByRole('button', { name: 'Refresh prices' }).boundingBox(), error.boundingBox()]);
    expect(message!.y).toBeGreaterThan(button!.y);
    expect(await page.getByRole('table', { name: 'Price sources of the estimate' }).innerText()).toContain('snapshot');
  });
});

