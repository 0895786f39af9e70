import { afterEach, describe, expect, it } from 'vitest';
import { API_CALLS } from '../../src/contract/host-api';
import { createDispatcher } from '../../src/host/dispatcher';
import type { HostCalls } from '../../src/host/host-calls';
import { cleanupFixtures, hostFixture, reason } from './support/host-fixture';

afterEach(cleanupFixtures);

describe('the dispatcher: the one edge where renderer input enters the host', () => {
  it.each([
    ['openScenario', { path: 42 }, 'openScenario: path: must be text (got 42)'],
    ['openScenario', { path: 'docs/a.tco.json' }, 'openScenario: path: must be an absolute file path'],
    ['openScenario', { path: '/tmp/a\0.tco.json' }, 'openScenario: path: must be an absolute file path'],
    ['openScenario', 'just a string', 'openScenario: argument: must be an object (got "just a string")'],
    ['openScenario', { path: '/a.tco.json', extra: 1 }, 'openScenario: argument: unknown field "extra"'],
    ['saveScenario', { path: '/a.tco.json' }, 'saveScenario: text: is required (text)'],
    ['saveScenario', { text: 'x'.repeat(5 * 1024 * 1024 + 1) }, 'saveScenario: text: must be at most 5242880 characters'],
    ['saveScenario', { text: '{}', saveAs: 'yes' }, 'saveScenario: saveAs: must be true or false (got "yes")'],
    ['regionPrices', { region: 'mars-1' }, 'regionPrices: region: must be one of "us-east-1"'],
    ['refreshPrices', { region: 'us-east-1', profile: '../../etc' }, 'refreshPrices: profile: must be an AWS profile name'],
    ['planCostImport', { months: 13 }, 'planCostImport: months: must be at most 12 (got 13)'],
    ['planCostImport', { months: 1.5 }, 'planCostImport: months: must be a whole number'],
    ['importCosts', { months: 3 }, 'importCosts: confirmed: is required (true or false)'],
    ['exportReport', { format: 'docx', scenarioText: '{}' }, 'exportReport: format: must be one of "pdf", "html", "csv", "json" (got "docx")'],
    ['setSettings', { theme: 'neon' }, 'setSettings: theme: must be one of "system", "light", "dark" (got "neon")'],
    ['setSettings', { awsRegion: 'moon-1' }, 'setSettings: awsRegion: '],
    ['setDocumentState', { title: 'x' }, 'setDocumentState: dirty: is required (true or false)'],
    ['openExternal', {}, 'openExternal: url: is required (text)'],
    ['appInfo', { unexpected: true }, 'appInfo: argument: '],
    ['openExample', { id: 'A B' }, 'openExample: id: must be an example id'],
  ])('%s(%j) fails with the field path', async (call, argument, expected) => {
    const f = hostFixture();
    expect(reason(await f.api.dispatch(call, argument))).toContain(expected);
  });

  it('refuses names that are not calls of the contract, including the subscriptions and prototype keys', async () => {
    const f = hostFixture();
    for (const name of ['onRefreshProgress', 'onMenuCommand', 'constructor', '__proto__', 'toString', 'dispatch', 'grantPath']) {
      expect(reason(await f.api.dispatch(name, undefined))).toMatch(/^unknown call/);
    }
  });

  it('never throws: an exception inside a call becomes a one-line reason without a stack', async () => {
    const throwing = new Proxy({} as HostCalls, {
      get: () => async () => {
        throw new Error('disk on fire\n    at secret (/home/me/app.js:1:1)');
      },
    });
    const logged: string[] = [];
    const dispatch = createDispatcher(throwing, (m) => void logged.push(m));
    for (const call of API_CALLS) {
      const result = await dispatch(call, call === 'openExternal' ? { url: 'https://aws.amazon.com/' } : undefined).catch((e: unknown) => e);
      expect(result).toMatchObject({ ok: false });
      expect((result as { reason: string }).reason).not.toMatch(/\n|at secret/);
    }
    expect(logged).toContain('appInfo failed unexpectedly');
  });

  it('accepts no argument, null or {} for calls that take none', async () => {
    const f = hostFixture();
    for (const argument of [undefined, null, {}]) expect((await f.api.dispatch('getSettings', argument)).ok).toBe(true);
  });
});
