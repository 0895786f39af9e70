import { afterEach, describe, expect, it } from 'vitest';
import { API_CALLS } from '../../src/contract/host-api';
import { createDispatcher } from '../../src/host/dispatcher';
import type { HostCalls } from '../../src/host/host-calls';
import { HostError } from '../../src/host/host-error';
import { cleanupFixtures, hostFixture, reason } from './support/host-fixture';

afterEach(cleanupFixtures);

describe('the dispatcher: the one edge where renderer input enters the host', () => {
  it.each([
    ['openScenario', { path: 42 }, 'the path must be text (got 42)'],
    ['openScenario', { path: 'docs/a.tco.json' }, 'the path must be an absolute file path'],
    ['openScenario', { path: '/tmp/a\0.tco.json' }, 'the path must be an absolute file path'],
    ['openScenario', 'just a string', 'the request: must be an object (got "just a string")'],
    ['openScenario', { path: '/a.tco.json', extra: 1 }, 'the request: unknown field "extra"'],
    ['saveScenario', { path: '/a.tco.json' }, 'text: is required (text)'],
    ['saveScenario', { text: 'x'.repeat(5 * 1024 * 1024 + 1) }, 'text: must be at most 5242880 characters'],
    ['saveScenario', { text: '{}', saveAs: 'yes' }, 'saveAs: must be true or false (got "yes")'],
    ['regionPrices', { region: 'mars-1' }, 'region: must be one of "us-east-1"'],
    ['refreshPrices', { region: 'us-east-1', profile: '../../etc' }, 'profile: must be an AWS profile name'],
    ['planCostImport', { months: 13 }, 'months: must be at most 12 (got 13)'],
    ['planCostImport', { months: 1.5 }, 'months: must be a whole number'],
    ['importCosts', { months: 3 }, 'confirmed: is required (true or false)'],
    ['exportReport', { format: 'docx', scenarioText: '{}' }, 'format: must be one of "pdf", "html", "csv", "json", "xlsx" (got "docx")'],
    ['setSettings', { theme: 'neon' }, 'theme: must be one of "system", "light", "dark" (got "neon")'],
    ['setSettings', { awsRegion: 'moon-1' }, 'awsRegion: '],
    ['setDocumentState', { title: 'x' }, 'dirty: is required (true or false)'],
    ['openExternal', {}, 'url: is required (text)'],
    ['appInfo', { unexpected: true }, 'the request: '],
    ['openExample', { id: 'A B' }, 'id: must be an example id'],
  ])('%s(%j) fails with the field path', async (call, argument, expected) => {
    const f = hostFixture();
    expect(reason(await f.api.dispatch(call, argument))).toContain(expected);
  });

  it('tells the user what is wrong without the name of the call (an internal function), and keeps that detail in the log', async () => {
    const logged: string[] = [];
    const refusing = new Proxy({} as HostCalls, {
      get: () => async () => {
        throw new HostError('saveScenario: /x.tco.json is outside the folders the web host may save to');
      },
    });
    const dispatch = createDispatcher(refusing, (m) => void logged.push(m));
    const refused = await dispatch('saveScenario', { text: '{}', path: '/x.tco.json' });
    expect(refused).toEqual({ ok: false, reason: '/x.tco.json is outside the folders the web host may save to' });
    const argument = await dispatch('saveScenario', { text: '{}', path: 'x.tco.json' });
    expect(argument).toEqual({ ok: false, reason: 'the path must be an absolute file path' });
    expect(logged).toEqual([
      'saveScenario refused: saveScenario: /x.tco.json is outside the folders the web host may save to',
      'refused saveScenario: path: must be an absolute file path',
    ]);
    for (const call of API_CALLS) {
      const r = await dispatch(call, { surely: 'not an argument' });
      expect(r.ok).toBe(false);
      expect((r as { reason: string }).reason).not.toContain(call);
    }
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
