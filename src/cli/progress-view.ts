import type { RefreshObserver, RefreshProgress } from '../aws/progress';
import type { CommandIo } from './command-io';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value >= 100 ? 0 : 1)} ${UNITS[unit]}`;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

function fraction(p: RefreshProgress): number | undefined {
  if (p.bytesTotal) return Math.min(1, p.bytesDone / p.bytesTotal);
  if (p.itemsTotal) return Math.min(1, p.itemsDone / p.itemsTotal);
  return undefined;
}

function details(p: RefreshProgress): string {
  const parts: string[] = [];
  if (p.bytesTotal) parts.push(`${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesTotal)}`);
  else if (p.bytesDone > 0) parts.push(formatBytes(p.bytesDone));
  if (p.phase === 'download' && p.itemsDone > 0) parts.push(`${p.itemsDone.toLocaleString('en-US')} records`);
  if (p.phase !== 'download' && p.itemsTotal) parts.push(`${p.itemsDone} of ${p.itemsTotal}`);
  if (p.etaMs !== undefined && p.etaMs > 0) parts.push(`about ${formatDuration(p.etaMs)} left`);
  return parts.join(', ');
}

/**
 * Progress on stderr: a bar redrawn in place on a terminal; on anything else (a pipe, a log, CI)
 * plain lines — one per step, and one per 10% of a download — so logs stay readable.
 */
export function progressView(io: CommandIo, prefix: string): RefreshObserver & { finish(): void } {
  let drawn = false;
  let lastLabel = '';
  let lastDecile = -1;
  let lastDraw = 0;
  const clear = () => {
    if (drawn) io.write('\r\x1b[K');
    drawn = false;
  };
  return {
    onProgress(p) {
      const f = fraction(p);
      if (io.stderrIsTty) {
        const now = Date.now();
        if (now - lastDraw < 100 && f !== 1 && p.label === lastLabel) return;
        lastDraw = now;
        lastLabel = p.label;
        const width = 24;
        const bar = f === undefined ? '' : `[${'#'.repeat(Math.round(f * width)).padEnd(width, '-')}] ${String(Math.floor(f * 100)).padStart(3)}%  `;
        const text = `${prefix}: ${bar}${p.label}${details(p) ? `  ${details(p)}` : ''}`;
        io.write(`\r\x1b[K${text.slice(0, Math.max(20, io.stderrColumns - 1))}`);
        drawn = true;
        return;
      }
      const decile = f === undefined ? -1 : Math.floor(f * 10);
      if (p.label !== lastLabel) {
        lastLabel = p.label;
        lastDecile = decile;
        io.write(`${prefix}: ${p.label}${details(p) ? ` (${details(p)})` : ''}\n`);
      } else if (p.phase === 'download' && decile > lastDecile) {
        lastDecile = decile;
        io.write(`${prefix}: ${p.label}: ${decile * 10}% (${details(p)})\n`);
      }
    },
    onWarning(message) {
      clear();
      io.write(`${prefix}: warning: ${message}\n`);
    },
    finish() {
      clear();
    },
  };
}
