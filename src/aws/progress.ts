/**
 * Progress of a price refresh or cost import, as plain data: the CLI draws a bar from it, the UI
 * subscribes to the same events over IPC.
 */
export type ProgressPhase = 'query' | 'list' | 'download' | 'write';

export interface RefreshProgress {
  readonly phase: ProgressPhase;
  /** What is being worked on, e.g. "AmazonEC2 us-east-1 offer file". */
  readonly label: string;
  /** Queries answered (targeted) or records read (offer file). */
  readonly itemsDone: number;
  readonly itemsTotal?: number;
  readonly bytesDone: number;
  readonly bytesTotal?: number;
  readonly elapsedMs: number;
  /** Estimated time left; absent until there is enough done to estimate. */
  readonly etaMs?: number;
}

export interface RefreshObserver {
  onProgress?(progress: RefreshProgress): void;
  /** Something the user should know that does not stop the refresh (skipped records, retries). */
  onWarning?(message: string): void;
}

/** Time left at the average rate so far: elapsed × remaining / done. */
export function estimateRemainingMs(done: number, total: number | undefined, elapsedMs: number): number | undefined {
  if (total === undefined || done <= 0 || total <= done) return total !== undefined && done >= total ? 0 : undefined;
  return Math.round((elapsedMs * (total - done)) / done);
}
