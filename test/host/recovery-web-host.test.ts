import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundle, startCli, whenOutput } from '../aws/support/cli-harness';
import { rawRequest, type RawResponse } from './support/http-client';

const root = mkdtempSync(join(tmpdir(), 'tco-recovery-web-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A request that must be answered in time: a host stuck reading a FIFO or /dev/zero never answers. */
function answeredWithin(ms: number, pending: Promise<RawResponse>): Promise<RawResponse> {
  return Promise.race([pending, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);
}

const BAD_DRAFTS: readonly { name: string; make: (draft: string) => void; problem: RegExp }[] = [
  { name: 'a symlink to /dev/zero', make: (d) => symlinkSync('/dev/zero', d), problem: /is a symbolic link/ },
  { name: 'a 50 MB file', make: (d) => (writeFileSync(d, ''), truncateSync(d, 50 * 1024 * 1024)), problem: /is 52428800 bytes/ },
  { name: 'a FIFO', make: (d) => execFileSync('mkfifo', [d]), problem: /is a named pipe \(FIFO\)/ },
  { name: 'invalid JSON', make: (d) => writeFileSync(d, '{"format": "tco-studio-recovery/1", "te'), problem: /is not valid JSON/ },
  {
    name: 'a draft naming /dev/zero as its document',
    make: (d) => writeFileSync(d, JSON.stringify({ format: 'tco-studio-recovery/1', text: '{}', path: '/dev/zero', savedAt: '2026-01-01T00:00:00Z' })),
    problem: /is not a recovery draft \(path: /,
  },
];

describe('npm run web: a bad recovery draft left by an earlier run', () => {
  for (const bad of BAD_DRAFTS) {
    it(`${bad.name}: the host starts, reports the draft set aside over HTTP, and keeps serving`, async () => {
      const app = join(root, 'app');
      mkdirSync(join(app, 'dist', 'renderer'), { recursive: true });
      mkdirSync(join(app, 'examples'), { recursive: true });
      writeFileSync(join(app, 'package.json'), '{"version": "4.5.6"}');
      const data = mkdtempSync(join(root, 'data-'));
      mkdirSync(join(data, 'recovery'));
      bad.make(join(data, 'recovery', 'draft.json'));
      const entry = await bundle('src/host/web-main.ts');
      const run = startCli(entry, ['--root', app, '--data-dir', data, '--downloads-dir', join(root, 'dl')], process.env);
      try {
        let stdout = '';
        run.child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
        await whenOutput(run.child, () => stdout, (text) => text.includes('Ctrl+C'));
        const url = new URL(/http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(stdout)![0]);
        const post = (call: string) =>
          answeredWithin(
            10_000,
            rawRequest(Number(url.port), { method: 'POST', path: `/api/${call}`, headers: { 'content-type': 'application/json', 'x-tco-token': url.searchParams.get('token')! }, body: '' }),
          ).then((r) => JSON.parse(r.body) as { ok: boolean; reason?: string; value?: unknown });
        const recovery = await post('getRecovery');
        expect(recovery.ok).toBe(false);
        expect(recovery.reason).toMatch(bad.problem);
        expect(recovery.reason).toMatch(/it was set aside as .*recovery\.bad-[\dT-]+Z\.json and not restored$/);
        expect(run.stderr()).toContain(recovery.reason);
        expect(readdirSync(join(data, 'recovery'))).toEqual([expect.stringMatching(/^recovery\.bad-[\dT-]+Z\.json$/)]);
        expect(await post('getRecovery')).toEqual({ ok: true, value: null });
        expect(await post('appInfo')).toMatchObject({ ok: true, value: { version: '4.5.6' } });
        expect(run.child.exitCode).toBeNull();
      } finally {
        run.child.kill('SIGKILL');
        await run.done;
      }
    }, 30_000);
  }
});
