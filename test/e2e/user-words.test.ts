import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths';
import { cleanupAll, closeBrowser, hostDirs, nav, openApp, startHost } from './support/app';

afterAll(async () => {
  await cleanupAll();
  await closeBrowser();
});

const EXAMPLES = ['Orders database (PostgreSQL OLTP with HA)', 'ML platform for a team of eight', 'Small company: two databases and an ML team'] as const;
const VIEWS = ['Scenario', 'Dashboard', 'What-if', 'Trade-offs', 'Commitments', 'Prices', 'Actuals'] as const;

/**
 * Words of the file format and the command line that mean nothing to a reader of the app: option ids used as
 * names, ops-task ids, warning kinds, field paths of the file and command-line flags.
 */
const LEAKS: readonly (readonly [string, RegExp])[] = [
  ['an option id as a name', /(?<![\w.-])(ec2|eks|managed)(?![\w.-])(?= (and|or|vs\.?|costs|is|wins)\b|[,)]| − )|\b(between|and|than|vs\.?) (ec2|eks|managed)\b/],
  ['an ops-task id', /\b(ec2-db|rds|ec2-ml|eks-ml|sagemaker)\.[a-z]+(-[a-z]+)*\b/],
  ['a warning kind', /\b(missing-price|fallback-price|derived-price|input-needed):/],
  ['a field path of the file', /\banalysis\.(uncertainty|sensitivity|commitments)\b/],
  ['a command-line flag', /(^|[\s(])--(min|max|profile|between|variant|variants|options|allow-missing|region)\b/m],
  ['an internal call name', /\b(saveScenario|openScenario|exportReport|regionPrices|refreshPrices|importCosts):/],
  ['a doubled prefix', /not saved: not saved|Not saved: not saved/i],
];

function leaksIn(text: string): string[] {
  const found: string[] = [];
  for (const [what, pattern] of LEAKS) {
    const m = pattern.exec(text);
    if (m) found.push(`${what}: …${text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60).replace(/\s+/g, ' ')}…`);
  }
  return found;
}


describe('the app speaks the user’s words', () => {
  it('shows no option ids, task ids, warning kinds, file paths or command-line wording on any view of any example', async () => {
    const host = await startHost(hostDirs());
    const { page, errors } = await openApp(host);
    const seen: string[] = [];
    const found: string[] = [];
    for (const example of EXAMPLES) {
      await nav(page, 'Start').click();
      await page.getByRole('button', { name: example }).click();
      await page.getByTestId('total-ec2').waitFor();
      for (const view of VIEWS) {
        await nav(page, view).click();
        await page.locator('main section.panel').first().waitFor();
        if (view === 'Dashboard') await expect.poll(() => page.getByTestId('simulation-summary').innerText(), { timeout: 20_000 }).toMatch(/runs|uncertain|distribution/i);
        const text = await page.locator('body').innerText();
        seen.push(`== ${example} / ${view}\n${text}`);
        for (const leak of leaksIn(text)) found.push(`${example} / ${view}: ${leak}`);
      }
    }
    // The text read, kept as an artefact for whoever reads a failure.
    mkdirSync(join(PROJECT_ROOT, 'test-artifacts'), { recursive: true });
    writeFileSync(join(PROJECT_ROOT, 'test-artifacts', 'visible-text.txt'), seen.join('\n\n'));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the patterns catch the wording the issue found', () => {
    for (const text of [
      'Priced by ec2-ml.image-driver-upkeep',
      'fallback-price: no reserved rate',
      'No break-even (search a wider range with --min and --max).',
      'add them in the file under analysis.uncertainty',
      'no AWS credentials found: sign in, or pass --profile',
      'Not saved: saveScenario: path: must be an absolute file path',
      'Not saved: not saved: the scenario is invalid',
      'managed costs $3 less than ec2',
    ]) {
      expect(leaksIn(text), text).not.toEqual([]);
    }
    for (const text of ['Self-managed on EC2', 'Managed: Amazon RDS', 'the managed service', 'db.r6i.xlarge in us-east-1', 'Ops-effort scale (all tasks)']) {
      expect(leaksIn(text), text).toEqual([]);
    }
  });
});
