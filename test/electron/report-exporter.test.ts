import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronReportExporter } from '../../electron/report-exporter';
import { EXAMPLES_DIR } from '../support/paths';
import { BrowserWindow, FakeWebContents, resetElectronStub } from '../support/electron-stub';

let dir: string;
beforeEach(() => {
  resetElectronStub();
  dir = mkdtempSync(join(tmpdir(), 'tco-electron-report-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const scenarioText = readFileSync(join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json'), 'utf8');
const exporter = (timeoutMs?: number) =>
  electronReportExporter({ reportPage: '/app/dist/renderer/report.html', cacheDir: join(dir, 'cache'), generator: 'TCO Studio test', ...(timeoutMs ? { timeoutMs } : {}) });

/** Plays a report page that renders and reports ready. */
function pageThatRenders(state: { ready: string | null; error: string | null } = { ready: 'true', error: null }) {
  FakeWebContents.evaluate = (code) => {
    if (code.startsWith('typeof window.__TCO_RENDER_REPORT__')) return 'function';
    if (code.startsWith('window.__TCO_RENDER_REPORT__(')) return undefined;
    if (code.includes('reportReady')) return state;
    if (code.startsWith('window.__TCO_REPORT_HTML__')) return '<!doctype html><title>report</title>';
    throw new Error(`unexpected script ${code.slice(0, 40)}`);
  };
}

const SETTINGS = { staleAfterDays: 90 };

describe('the desktop report exporter (hidden window + printToPDF)', () => {
  it('prints the report page in a hidden, hardened window on the paper asked for, then closes it', async () => {
    pageThatRenders();
    const out = join(dir, 'report.pdf');
    await exporter()({ format: 'pdf', scenarioText, paper: 'letter' }, out, { staleAfterDays: 30 });
    const win = BrowserWindow.instances[0]!;
    expect(win.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(win.loaded).toEqual(['/app/dist/renderer/report.html']);
    const render = win.webContents.scripts.find((s) => s.startsWith('window.__TCO_RENDER_REPORT__('))!;
    const input = JSON.parse(render.slice('window.__TCO_RENDER_REPORT__('.length, -1)) as {
      paper: string;
      report: { estimate: unknown; provenance: { priceAge: { staleAfterDays: number } } };
    };
    expect(input.paper).toBe('letter');
    // The user's stale-price threshold reaches the report.
    expect(input.report.provenance.priceAge.staleAfterDays).toBe(30);
    expect(input.report.estimate).toBeDefined();
    expect(win.webContents.printed).toEqual([{ printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, generateDocumentOutline: true, pageSize: 'Letter' }]);
    expect(readFileSync(out, 'utf8')).toBe('%PDF-1.4 stub');
    expect(win.destroyed).toBe(true);
  });

  it('asks the page for the brief by default, and for the appendix with its sections when the request says full', async () => {
    const inputOf = async (request: { full?: boolean; sections?: string[] }) => {
      resetElectronStub();
      pageThatRenders();
      await exporter()({ format: 'pdf', scenarioText, ...request } as never, join(dir, 'length.pdf'), SETTINGS);
      const render = BrowserWindow.instances[0]!.webContents.scripts.find((s) => s.startsWith('window.__TCO_RENDER_REPORT__('))!;
      return JSON.parse(render.slice('window.__TCO_RENDER_REPORT__('.length, -1)) as { full?: boolean; sections?: string[] };
    };
    expect(await inputOf({})).not.toHaveProperty('full');
    expect(await inputOf({ full: true, sections: ['lines'] })).toMatchObject({ full: true, sections: ['lines'] });
  });

  it('writes the self-contained HTML', async () => {
    pageThatRenders();
    await exporter()({ format: 'html', scenarioText }, join(dir, 'r.html'), SETTINGS);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toBe('<!doctype html><title>report</title>');
  });

  it('reports a page that fails to render, writes nothing, and closes the window', async () => {
    pageThatRenders({ ready: 'error', error: 'chart failed' });
    await expect(exporter()({ format: 'pdf', scenarioText }, join(dir, 'r.pdf'), SETTINGS)).rejects.toThrow('the report page could not render the report: chart failed');
    expect(readdirSync(dir)).toEqual([]);
    expect(BrowserWindow.instances[0]!.destroyed).toBe(true);
  });

  it('gives up on a page that never renders', async () => {
    FakeWebContents.evaluate = (code) => (code.startsWith('typeof') ? 'function' : new Promise(() => {}));
    await expect(exporter(50)({ format: 'pdf', scenarioText }, join(dir, 'r.pdf'), SETTINGS)).rejects.toThrow('the report page did not render within 0 s');
  });

  it('CSV and JSON need no window', async () => {
    await exporter()({ format: 'csv', scenarioText }, join(dir, 'lines.csv'), SETTINGS);
    await exporter()({ format: 'json', scenarioText }, join(dir, 'report.json'), SETTINGS);
    expect(readdirSync(dir).sort()).toEqual(['lines.csv', 'lines.projection.csv', 'report.json']);
    expect(BrowserWindow.instances).toHaveLength(0);
  });
});
