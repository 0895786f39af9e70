import type { CommandIo } from './command-io';

/** Work shorter than this shows no progress on a terminal: most scenarios finish before it. */
export const PROGRESS_DELAY_MS = 1000;
/** Redraws of the terminal line at most this often. */
const REDRAW_MS = 100;

export interface AnalysisProgress {
  /** A callback for one step ("10,000 runs"), given done and total as the analysis reports them. */
  step(label: string): (done: number, total: number) => void;
  /** Clears the terminal line (the result follows on stdout). */
  finish(): void;
  /** States the time the command took, when progress was shown (long work on a terminal, or --progress). */
  elapsed(what: string): void;
}

/**
 * Progress of a long analysis (simulate, sensitivity, report) on stderr. On a terminal: one line
 * redrawn in place, shown only once the work has taken PROGRESS_DELAY_MS. With --progress it is
 * shown from the start, and off a terminal as plain lines, one per 10%, so logs stay readable.
 * The analyses run synchronously; stderr writes to a terminal, file or pipe are synchronous on
 * Linux and macOS, so the line moves while the work runs.
 */
export function analysisProgress(io: CommandIo, command: string, requested: boolean): AnalysisProgress {
  const start = io.now().getTime();
  let drawn = false;
  let lastDraw = 0;
  let lastDecile = new Map<string, number>();
  const visible = (now: number) => requested || (io.stderrIsTty && now - start >= PROGRESS_DELAY_MS);
  return {
    step(label) {
      return (done, total) => {
        const now = io.now().getTime();
        if (!visible(now)) return;
        const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
        if (io.stderrIsTty) {
          if (now - lastDraw < REDRAW_MS && done !== total) return;
          lastDraw = now;
          const width = 24;
          const bar = `[${'#'.repeat(Math.round((pct / 100) * width)).padEnd(width, '-')}] ${String(pct).padStart(3)}%`;
          io.write(`\r\x1b[K${`${command}: ${bar}  ${label}`.slice(0, Math.max(20, io.stderrColumns - 1))}`);
          drawn = true;
          return;
        }
        const decile = Math.floor(pct / 10);
        if (decile > (lastDecile.get(label) ?? -1)) {
          lastDecile.set(label, decile);
          io.write(`${command}: ${label}: ${pct}%\n`);
        }
      };
    },
    finish() {
      if (drawn) io.write('\r\x1b[K');
      drawn = false;
      lastDecile = new Map();
    },
    elapsed(what) {
      const now = io.now().getTime();
      if (!visible(now)) return;
      io.write(`${command}: ${what} in ${((now - start) / 1000).toFixed(1)} s\n`);
    },
  };
}
