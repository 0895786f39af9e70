import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIo } from '../../src/cli/command-io';
import { costsImportCommand } from '../../src/cli/commands/costs-import';
import { startFakeAws, type FakeAws } from '../fake-aws/fake-aws-server';
import { loadRealCostSample } from '../fake-aws/fake-cost-explorer';
import { useFakeCredentials } from '../fake-aws/fake-credentials';

/** The interactive confirmation of `costs import`, run in-process with a scripted terminal. */
const tmp = mkdtempSync(join(tmpdir(), 'tco-prompt-'));
let fake: FakeAws;
beforeAll(async () => {
  useFakeCredentials();
  fake = await startFakeAws({ costs: loadRealCostSample() });
  process.env.AWS_ENDPOINT_URL_COST_EXPLORER = fake.endpoint;
});
afterAll(async () => {
  delete process.env.AWS_ENDPOINT_URL_COST_EXPLORER;
  delete process.env.TCO_STUDIO_CACHE_DIR;
  await fake.close();
  rmSync(tmp, { recursive: true, force: true });
});

function terminal(answer: string): CommandIo & { asked: string[]; written: string[] } {
  const asked: string[] = [];
  const written: string[] = [];
  return {
    asked,
    written,
    write: (t) => void written.push(t),
    stderrIsTty: true,
    stderrColumns: 80,
    stdinIsTty: true,
    ask: async (q) => {
      asked.push(q);
      return answer;
    },
    now: () => new Date('2026-11-26T09:30:00Z'),
  };
}

describe('costs import asks before spending', () => {
  it('makes no request when the answer is not yes', async () => {
    process.env.TCO_STUDIO_CACHE_DIR = join(tmp, 'no');
    const io = terminal('n');
    const result = await costsImportCommand(['--months', '3'], io);
    expect(io.asked).toEqual(['Spend up to $0.10 on Cost Explorer requests? [y/N] ']);
    expect(io.written[0]).toMatch(/^costs: Cost Explorer charges \$0\.01 per API request/);
    expect(result).toEqual({ stdout: '', stderr: 'costs: cancelled; nothing was requested\n', exitCode: 0 });
    expect(fake.requests).toHaveLength(0);
    expect(existsSync(join(tmp, 'no', 'costs'))).toBe(false);
  });

  it('imports after a yes', async () => {
    process.env.TCO_STUDIO_CACHE_DIR = join(tmp, 'yes');
    const io = terminal('yes');
    const result = await costsImportCommand(['--months', '3', '--format', 'json'], io);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).requests).toBe(3);
    expect(fake.requests).toHaveLength(3);
    expect(existsSync(join(tmp, 'yes', 'costs', 'default.json'))).toBe(true);
  });

  it('offers to save a paid import elsewhere when the cache folder cannot be written (ENOTDIR: a folder under a regular file)', async () => {
    const blocker = join(tmp, 'a-file');
    writeFileSync(blocker, 'x');
    const elsewhere = join(tmp, 'kept.json');
    const answers = ['yes', elsewhere];
    const io = { ...terminal(''), ask: async (q: string) => (io.asked.push(q), answers.shift() ?? '') };
    const before = fake.requests.length;
    const result = await costsImportCommand(['--months', '3', '--cache-dir', join(blocker, 'cache')], io);
    expect(io.asked[1]).toBe('Save the import ($0.03 of requests) to another file? Path, or empty to skip: ');
    expect(io.written).toContain(`costs: cannot write the cost cache in ${join(blocker, 'cache', 'costs')}: a part of the path is not a folder (ENOTDIR)\n`);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/the import \(\$0\.03 of requests\) is saved to .+kept\.json and printed/);
    expect(JSON.parse(readFileSync(elsewhere, 'utf8')).spend.requests).toBe(3);
    expect(fake.requests.length - before).toBe(3);
  });
});
