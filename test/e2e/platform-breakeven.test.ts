import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, closeBrowser, hostDirs, openApp, startHost } from './support/app';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

describe('EC2 or EKS by team size', () => {
  it('the dashboard of an ML scenario comparing EC2 and EKS says from which team size EKS is cheaper', async () => {
    const host = await startHost(hostDirs());
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'ML platform for a team of eight' }).click();
    await page.getByTestId('total-ec2').waitFor();
    const text = await page.getByTestId('platform-breakeven-message').innerText();
    expect(text).toMatch(/^EC2 or EKS, by team size: Self-managed on EC2 is cheaper up to .*data scientists = (\d+) people, Self-managed on EKS from (\d+) people\.$/);
    expect(errors).toEqual([]);
  });
});
