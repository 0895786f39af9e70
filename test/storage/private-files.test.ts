import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportedSpend } from '../../src/analysis/imported-spend';
import { PriceCache } from '../../src/aws/cache/price-cache';
import { writeCostCache } from '../../src/aws/cost-explorer/cost-cache';
import type { FetchedPrice } from '../../src/aws/price-list/fetched-price';
import { writeFileAtomic } from '../../src/storage/atomic-write';
import { cleanupFixtures, exampleText, hostFixture, value } from '../host/support/host-fixture';

/**
 * Files the app keeps for itself (settings, recent files, recovery drafts, price and spend caches)
 * are readable by the user only: 0o600, in folders the app creates 0o700. Documents the user saves
 * or exports (scenarios, reports) keep the user's usual permissions (0o666 less the umask), like
 * any editor's: the user chose where they go and may mean to share them.
 */

const tmp = mkdtempSync(join(tmpdir(), 'tco-modes-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  cleanupFixtures();
});

const mode = (path: string) => statSync(path).mode & 0o777;

/** The mode this process gives a new file by default: 0o666 less the umask. */
function usualFileMode(): number {
  const probe = join(tmp, `probe-${Math.random()}`);
  writeFileSync(probe, '');
  return mode(probe);
}

describe.skipIf(process.platform === 'win32')('file permissions', () => {
  it('settings, recent files and the recovery draft are 0o600, in folders the host creates 0o700', async () => {
    const userDataDir = join(tmp, 'fresh', 'user-data');
    const f = hostFixture({ host: 'web', withDialogs: false, userDataDir });
    value(await f.api.dispatch('setSettings', { theme: 'dark' }));
    value(await f.api.dispatch('autosave', { text: exampleText('postgres-oltp-ha') }));
    const doc = join(f.docsDir, 'doc.tco.json');
    value(await f.api.dispatch('saveScenario', { text: exampleText('postgres-oltp-ha'), path: doc }));
    expect(mode(join(userDataDir, 'settings.json'))).toBe(0o600);
    expect(mode(join(userDataDir, 'recent-files.json'))).toBe(0o600);
    expect(mode(join(userDataDir, 'recovery', 'draft.json'))).toBe(0o600);
    expect(mode(userDataDir)).toBe(0o700);
    expect(mode(join(userDataDir, 'recovery'))).toBe(0o700);
  });

  it('an app file that was readable by others becomes private at its next write', async () => {
    const f = hostFixture();
    writeFileSync(join(f.userDataDir, 'settings.json'), '{"format": "tco-studio-settings/1", "theme": "light", "paper": "a4"}', { mode: 0o644 });
    value(await f.api.dispatch('setSettings', { theme: 'dark' }));
    expect(mode(join(f.userDataDir, 'settings.json'))).toBe(0o600);
  });

  it('price and spend caches are 0o600 in 0o700 folders', () => {
    const cacheDir = join(tmp, 'cache');
    const price: FetchedPrice = {
      key: { service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: 'm5.large' },
      unit: 'Hrs',
      usdPerUnit: 0.096,
      sku: 'SKU1',
      origin: { serviceCode: 'AmazonEC2', publishedOn: '2026-11-20', method: 'targeted' },
    };
    const { written } = new PriceCache(cacheDir).store([price], [], new Date('2026-11-25T08:00:00Z'));
    expect(written.map(mode)).toEqual([0o600]);
    expect(mode(join(written[0]!, '..'))).toBe(0o700);
    const spendPath = join(cacheDir, 'costs', 'default.json');
    writeCostCache(spendPath, { months: [] } as unknown as ImportedSpend);
    expect(mode(spendPath)).toBe(0o600);
    expect(mode(join(cacheDir, 'costs'))).toBe(0o700);
  });

  it('scenario saves and exports keep the user’s usual permissions (decision: documents are the user’s to share)', async () => {
    const f = hostFixture({ host: 'web', withDialogs: false });
    const doc = join(f.docsDir, 'shared.tco.json');
    value(await f.api.dispatch('saveScenario', { text: exampleText('postgres-oltp-ha'), path: doc }));
    const report = join(f.docsDir, 'costs.csv');
    value(await f.api.dispatch('exportReport', { format: 'csv', scenarioText: exampleText('postgres-oltp-ha'), path: report }));
    expect(mode(doc)).toBe(usualFileMode());
    expect(mode(report)).toBe(usualFileMode());
    // The same writer, asked for a private file, makes one whatever the umask.
    mkdirSync(join(tmp, 'w'), { recursive: true });
    writeFileAtomic(join(tmp, 'w', 'p.json'), '{}', { mode: 0o600 });
    expect(mode(join(tmp, 'w', 'p.json'))).toBe(0o600);
  });
});
