import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../../support/paths';
import { FAKE_AWS_ENV } from '../../fake-aws/fake-credentials';

const bundles = new Map<string, Promise<string>>();

/**
 * Bundles a Node entry point the way scripts/build-cli.mjs bundles the CLI, once per test process,
 * so CLI tests run the current source even when `npx vitest run` is used without `npm test`.
 */
export function bundle(entry: string): Promise<string> {
  let pending = bundles.get(entry);
  if (!pending) {
    const outfile = join(mkdtempSync(join(tmpdir(), 'tco-cli-')), 'bundle.cjs');
    pending = build({
      entryPoints: [join(PROJECT_ROOT, entry)],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile,
      logLevel: 'warning',
      define: { __TCO_VERSION__: JSON.stringify('test') },
      external: ['electron', 'playwright-core'],
    }).then(() => outfile);
    bundles.set(entry, pending);
  }
  return pending;
}

export const bundledCli = () => bundle('src/cli/entry.ts');

/** The environment of a CLI child: fake credentials, the fake endpoint, a private cache folder. */
export function cliEnv(endpoint: string, cacheDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_') && !k.startsWith('TCO_STUDIO_')) env[k] = v;
  return {
    ...env,
    ...FAKE_AWS_ENV,
    AWS_ENDPOINT_URL_PRICING: endpoint,
    AWS_ENDPOINT_URL_COST_EXPLORER: endpoint,
    TCO_STUDIO_CACHE_DIR: cacheDir,
    ...extra,
  };
}

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts the CLI; the returned promise settles when it exits. Asynchronous, so an in-process fake keeps serving. */
export function startCli(cli: string, args: readonly string[], env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<CliRun>; stderr: () => string } {
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  child.stdin!.end();
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done, stderr: () => stderr };
}

export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return startCli(await bundledCli(), args, env).done;
}

/** Resolves when `read()` satisfies `test`, checking on every output chunk (no timers, no races). */
export function whenOutput(child: ChildProcess, read: () => string, test: (text: string) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (test(read())) {
        child.stderr!.off('data', check);
        child.stdout!.off('data', check);
        resolve();
      }
    };
    child.stderr!.on('data', check);
    child.stdout!.on('data', check);
    child.on('close', () => reject(new Error(`process exited before the expected output; stderr: ${read()}`)));
    check();
  });
}
