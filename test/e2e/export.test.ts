import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, closeBrowser, hostDirs, openApp, screenshot, startHost } from './support/app';
import { formatUsdWhole } from '../../src/format/format';
import { exampleScenario, expectedTotals } from './support/expect-numbers';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

describe('exporting from the app', () => {
  it('Export PDF (to the Downloads folder) and CSV (to a chosen path) write reports whose totals match the dashboard', async () => {
    const dirs = hostDirs();
    const host = await startHost(dirs);
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    const totals = expectedTotals(exampleScenario('postgres-oltp-ha'));
    await expect.poll(() => page.getByTestId('total-ec2').locator('.big').innerText()).toBe(totals.ec2);

    await page.getByRole('button', { name: 'Export PDF' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click(); // empty: the Downloads folder
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Exported / }).count(), { timeout: 30_000 }).toBe(1);
    const pdfs = readdirSync(dirs.downloadsDir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    const text = spawnSync('pdftotext', ['-layout', join(dirs.downloadsDir, pdfs[0]!), '-'], { encoding: 'utf8' }).stdout;
    for (const value of Object.values(totals)) expect(text).toContain(value);

    const csv = join(dirs.docsDir, 'orders-lines.csv');
    await page.getByRole('combobox', { name: 'Export as' }).selectOption('csv');
    await page.getByRole('dialog').getByLabel('File path').fill(csv);
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Exported ${csv}` }).count(), { timeout: 30_000 }).toBe(1);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toMatch(/option/i);
    expect(errors).toEqual([]);
  });
});

describe('exporting the workbook from the app', () => {
  it("Export… → Excel workbook writes the XLSX at the chosen path; its Summary's EC2 horizon total is the dashboard's", async () => {
    const dirs = hostDirs();
    const host = await startHost(dirs);
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await page.getByTestId('total-ec2').waitFor();
    const out = join(dirs.docsDir, 'orders.xlsx');
    await page.getByRole('combobox', { name: 'Export as' }).selectOption('xlsx');
    await page.getByRole('dialog').getByLabel('File path').fill(out);
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Exported ${out} (Excel workbook` }).count(), { timeout: 30_000 }).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Lines', 'Months', 'Ops tasks', 'Assumptions', 'Sources']);
    const totals = expectedTotals(exampleScenario('postgres-oltp-ha'));
    const summary = wb.getWorksheet('Summary')!;
    const ec2 = summary.getRow(2).getCell(4).value as ExcelJS.CellFormulaValue;
    expect(summary.getRow(2).getCell(2).value).toBe('ec2');
    expect(formatUsdWhole(ec2.result as number)).toBe(totals.ec2);
    expect(errors).toEqual([]);
  });
});

describe('export options', () => {
  it('exports the chosen variant on the chosen paper, shows progress while it runs, then a notice with the written path; the paper size is kept as the default', async () => {
    const dirs = hostDirs();
    const host = await startHost(dirs);
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Small company: two databases and an ML team' }).click();
    await page.getByTestId('total-ec2').waitFor();

    const options = page.locator('details.export-options');
    await options.locator('summary').click();
    await options.getByLabel('Report on').selectOption({ label: 'Variant: team of six' });
    await options.getByLabel('Paper (PDF and HTML)').selectOption('letter');
    expect(await options.locator('summary').innerText()).toBe('Options: team of six, US Letter, brief');
    await screenshot(page, 'export-options');

    // Hold the host's answer until the progress indicator has been seen.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let body: Record<string, unknown> = {};
    await page.route('**/api/exportReport', async (route) => {
      body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click(); // empty: the Downloads folder
    await expect.poll(() => page.getByTestId('export-progress').innerText()).toBe('Exporting PDF…');
    expect(await page.getByRole('button', { name: 'Export PDF' }).isDisabled()).toBe(true);
    release();

    const notice = page.getByRole('status').filter({ hasText: /^Exported / });
    await expect.poll(() => notice.count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('export-progress').count()).toBe(0);
    expect(body).toMatchObject({ format: 'pdf', variant: 'team of six', paper: 'letter' });
    const pdfs = readdirSync(dirs.downloadsDir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    const written = join(dirs.downloadsDir, pdfs[0]!);
    expect(pdfs[0]).toContain('team of six');
    expect(await notice.innerText()).toContain(`Exported ${written} (PDF report of the variant “team of six”, US Letter paper, two-page brief)`);
    // US Letter: 612 × 792 points.
    // The default PDF is the two-page brief.
    expect(spawnSync('pdfinfo', [written], { encoding: 'utf8' }).stdout).toMatch(/Page size:\s+612 x 792 pts/);
    expect(spawnSync('pdfinfo', [written], { encoding: 'utf8' }).stdout).toMatch(/^Pages:\s+2$/m);
    expect(spawnSync('pdftotext', [written, '-'], { encoding: 'utf8' }).stdout).toContain('team of six');

    // The paper size is a setting: a new window starts with it.
    await page.reload();
    await expect.poll(() => page.locator('details.export-options summary').innerText()).toBe('Options: Scenario, US Letter, brief');
    expect(errors).toEqual([]);
  });
});

describe('report sections, and the file after an export', () => {
  it('exports the full report without two unticked sections (its first page names them); the notice\'s "Show in folder" and "Open" ask the opener for that file; the length and the sections are kept', async () => {
    const dirs = hostDirs();
    const openerLog = join(dirs.root, 'opener.log');
    const host = await startHost(dirs, { TCO_STUDIO_OPENER_LOG: openerLog });
    const { page, errors } = await openApp(host);
    await page.getByRole('button', { name: 'Orders database (PostgreSQL OLTP with HA)' }).click();
    await page.getByTestId('total-ec2').waitFor();

    const options = page.locator('details.export-options');
    const summary = options.locator('summary');
    await summary.click();
    // The sections belong to the appendix: their picker waits for "Include the full appendix".
    expect(await options.getByRole('button', { name: 'Sections… (all)' }).isDisabled()).toBe(true);
    await options.getByRole('checkbox', { name: /Include the full appendix/ }).check();
    await options.getByRole('button', { name: 'Sections… (all)' }).click();
    await options.getByLabel('Trade-offs', { exact: true }).uncheck();
    await options.getByLabel('Methodology', { exact: true }).uncheck();
    expect(await summary.innerText()).toBe('Options: Scenario, A4, full report, 6 of 8 sections');
    await screenshot(page, 'export-sections');
    await summary.click(); // closes the options

    let body: Record<string, unknown> = {};
    await page.route('**/api/exportReport', async (route) => {
      body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click(); // empty: the Downloads folder
    const notice = page.getByRole('status').filter({ hasText: /^Exported / });
    await expect.poll(() => notice.count(), { timeout: 30_000 }).toBe(1);
    expect(body.sections).toEqual(['cost-over-time', 'uncertainty', 'lines', 'variants', 'assumptions', 'provenance']);
    expect(body.full).toBe(true);
    const pdfs = readdirSync(dirs.downloadsDir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    const written = join(dirs.downloadsDir, pdfs[0]!);
    expect(await notice.innerText()).toContain(`Exported ${written} (PDF report of the scenario, A4 paper, brief and appendix, 2 sections left out)`);
    const text = spawnSync('pdftotext', [written, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Sections left out: Trade-offs, Methodology');
    expect(text).toContain('Price provenance and sources');
    expect(text).not.toContain('Trade-offs beyond dollars');
    expect(text).not.toContain('Methodology and limitations');

    const requests = () => (existsSync(openerLog) ? readFileSync(openerLog, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { action: string; path: string; opener: { command: string; args: string[] } }) : []);
    await notice.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => requests().length).toBe(1);
    expect(requests()[0]).toMatchObject({ action: 'folder', path: written });
    if (process.platform === 'linux') expect(requests()[0]!.opener).toEqual({ command: 'xdg-open', args: [dirs.downloadsDir] });
    await notice.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => requests().length).toBe(2);
    expect(requests()[1]).toMatchObject({ action: 'open', path: written });

    // The length and the sections are settings: a new window starts with them.
    await page.reload();
    await expect.poll(() => page.locator('details.export-options summary').innerText()).toBe('Options: Scenario, A4, full report, 6 of 8 sections');
    expect(errors).toEqual([]);
  });
});
