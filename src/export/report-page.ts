import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ReportExportError } from './errors';

function findProject(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'tco-studio') return dir;
      } catch {
        // not ours; keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * The project folder: the nearest parent of this module (the CLI bundle lives in dist/cli) whose
 * package.json is TCO Studio's, else of the working folder (bundles run from elsewhere, e.g. benchmarks).
 */
export function projectRoot(): string {
  const here = typeof __dirname === 'string' ? findProject(__dirname) : undefined;
  return here ?? findProject(process.cwd()) ?? process.cwd();
}

/** Sources the built report page depends on; absent in a packaged app, where the build is all there is. */
const SOURCES = ['renderer/report.html', 'renderer/report-main.tsx', 'renderer/report', 'renderer/charts', 'src'];

function newestMtime(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) {
    if (name === 'export' || name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/** True when the built page is missing, or older than a source file it is built from. */
export function reportPageStale(root: string = projectRoot(), page: string = join(root, 'dist', 'renderer', 'report.html')): boolean {
  if (!existsSync(page)) return true;
  const built = statSync(page).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(root, s)) > built);
}

/**
 * The built report page: $TCO_REPORT_PAGE when set, else dist/renderer/report.html, built first
 * with scripts/build-report-page.mjs when it is missing or older than its sources. Throws
 * page-build-failed with Vite's message.
 */
export function ensureReportPage(root: string = projectRoot(), env: NodeJS.ProcessEnv = process.env): string {
  if (env.TCO_REPORT_PAGE) {
    // An explicit build (a packaged app's resources, or a test's private build) is used as it is.
    const given = resolve(env.TCO_REPORT_PAGE);
    if (!existsSync(given)) throw new ReportExportError('page-build-failed', `the report page ${given} (TCO_REPORT_PAGE) does not exist`);
    return given;
  }
  const page = join(root, 'dist', 'renderer', 'report.html');
  if (!reportPageStale(root, page)) return page;
  const script = join(root, 'scripts', 'build-report-page.mjs');
  if (!existsSync(script)) {
    if (existsSync(page)) return page;
    throw new ReportExportError('page-build-failed', `the report page ${page} is missing and cannot be built here (no ${script}); run npm run build:renderer in the project folder`);
  }
  const result = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0 || !existsSync(page)) {
    const detail = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').filter(Boolean).slice(-4).join(' | ');
    throw new ReportExportError('page-build-failed', `building the report page failed${detail ? `: ${detail}` : ` (${result.error?.message ?? `exit ${result.status}`})`}; run node scripts/build-report-page.mjs to see the whole error`);
  }
  return page;
}
