import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../src/export/chromium';
import { startFakeAws, type FakeAws, type FakeAwsOptions } from '../../fake-aws/fake-aws-server';
import { FAKE_AWS_ENV } from '../../fake-aws/fake-credentials';
import { PROJECT_ROOT } from '../../support/paths';

/** Where screenshots of the running app go: CI keeps test-artifacts/ as the run's artefacts. */
export const SCREENSHOTS = join(PROJECT_ROOT, 'test-artifacts', 'screenshots');

const HOST_BUNDLE = join(PROJECT_ROOT, 'dist-electron', 'web-host.cjs');

/** The renderer and the web host bundle are built once per run by test/support/global-setup.ts. */
function checkBuilt(): void {
  for (const file of [HOST_BUNDLE, join(PROJECT_ROOT, 'dist', 'renderer', 'index.html')]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run the tests through vitest (its global setup builds the app)`);
  }
}

export interface HostProcess {
  readonly url: string;
  readonly origin: string;
  readonly child: ChildProcess;
  readonly stderr: string[];
  /** Stops the host (SIGTERM, or SIGKILL to simulate a crash) and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface HostDirs {
  readonly root: string;
  readonly dataDir: string;
  readonly downloadsDir: string;
  readonly docsDir: string;
  readonly cacheDir: string;
}

const cleanups: (() => void | Promise<void>)[] = [];

/** Fresh folders for one app "installation": user data, downloads, documents, price cache. */
export function hostDirs(): HostDirs {
  const root = mkdtempSync(join(tmpdir(), 'tco-e2e-'));
  const dirs = { root, dataDir: join(root, 'data'), downloadsDir: join(root, 'downloads'), docsDir: join(root, 'docs'), cacheDir: join(root, 'cache') };
  for (const d of [dirs.dataDir, dirs.downloadsDir, dirs.docsDir, dirs.cacheDir]) mkdirSync(d, { recursive: true });
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  return dirs;
}

/** Runs the real web host (`npm run web`'s bundle) as its own process, so a test can kill it. */
export async function startHost(dirs: HostDirs, env: Record<string, string> = {}): Promise<HostProcess> {
  checkBuilt();
  const child = spawn(process.execPath, [HOST_BUNDLE, '--root', PROJECT_ROOT, '--port', '0', '--data-dir', dirs.dataDir, '--downloads-dir', dirs.downloadsDir, '--documents-dir', dirs.docsDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...FAKE_AWS_ENV, TCO_STUDIO_CACHE_DIR: dirs.cacheDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (d: string) => stderr.push(d));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${stderr.join('')}`)), 20_000);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /running at (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}: ${stderr.join('')}`)));
  });
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  cleanups.push(() => stop('SIGKILL'));
  return { url, origin: new URL(url).origin, child, stderr, stop };
}

let browser: Browser | undefined;

export async function launchBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS] });
  return browser;
}

export interface AppPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught page errors seen so far: a working app has none. */
  readonly errors: string[];
}

/** Opens the app at the host's address in a fresh browser context. */
export async function openApp(host: HostProcess, viewport = { width: 1400, height: 900 }): Promise<AppPage> {
  const b = await launchBrowser();
  const context = await b.newContext({ viewport, acceptDownloads: false });
  const page = await context.newPage();
  // A step that waits longer than this is a failure, reported at that step rather than as a test timeout.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // Electron-style confirmations (discard unsaved changes?) are answered yes unless a test says otherwise.
  page.on('dialog', (d) => void d.accept());
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'TCO Studio', exact: true }).waitFor();
  cleanups.push(() => context.close());
  return { page, context, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Closes every context, host and temporary folder this test file made. */
export async function cleanupAll(): Promise<void> {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()!();
    } catch {
      // already gone
    }
  }
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** A view's tab in the navigation ("Scenario", "What-if", …). */
export const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });

/** A fake AWS endpoint for one test, closed with the file's hosts and folders (cleanupAll). */
export async function startFakeAwsForTest(options: FakeAwsOptions): Promise<FakeAws> {
  const fake = await startFakeAws(options);
  cleanups.push(() => fake.close());
  return fake;
}
