import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundle, startCli, whenOutput } from '../aws/support/cli-harness';
import { rawRequest } from './support/http-client';

const root = mkdtempSync(join(tmpdir(), 'tco-web-main-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run web: the web host entry', () => {
  it('serves the app root it is given, prints its address with the token, and stops on SIGINT', async () => {
    const app = join(root, 'app');
    mkdirSync(join(app, 'dist', 'renderer'), { recursive: true });
    mkdirSync(join(app, 'examples'));
    writeFileSync(join(app, 'package.json'), '{"version": "4.5.6"}');
    writeFileSync(join(app, 'dist', 'renderer', 'index.html'), '<!doctype html><title>built</title>');
    const entry = await bundle('src/host/web-main.ts');
    const run = startCli(entry, ['--root', app, '--data-dir', join(root, 'data'), '--downloads-dir', join(root, 'dl'), '--documents-dir', join(root, 'docs')], process.env);
    let stdout = '';
    run.child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    await whenOutput(run.child, () => stdout, (text) => text.includes('Ctrl+C'));
    const url = new URL(/http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(stdout)![0]);
    expect(stdout).toMatch(/^TCO Studio is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}\n/);
    const port = Number(url.port);
    expect((await rawRequest(port, { path: '/' })).body).toContain('built');
    const info = await rawRequest(port, { method: 'POST', path: '/api/appInfo', headers: { 'content-type': 'application/json', 'x-tco-token': url.searchParams.get('token')! }, body: '' });
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { host: 'web', version: '4.5.6', examples: [] } });
    run.child.kill('SIGINT');
    expect(await run.done).toMatchObject({ code: 0 });
  });

  it('refuses a bad port with a one-line message', async () => {
    const entry = await bundle('src/host/web-main.ts');
    const done = await startCli(entry, ['--root', root, '--port', 'http'], process.env).done;
    expect(done.code).toBe(2);
    expect(done.stderr).toBe('tco-studio web: --port must be a port number (got http)\n');
  });
});
