import { describe, expect, it } from 'vitest';
import type { RefreshProgress } from '../../src/aws/progress';
import type { CommandIo } from '../../src/cli/command-io';
import { formatBytes, formatDuration, progressView } from '../../src/cli/progress-view';

function io(tty: boolean): CommandIo & { out: string[] } {
  const out: string[] = [];
  return { out, write: (t) => void out.push(t), stderrIsTty: tty, stderrColumns: 100, stdinIsTty: false, ask: async () => '', now: () => new Date(0) };
}

const download = (bytesDone: number): RefreshProgress => ({
  phase: 'download',
  label: 'AmazonEC2 us-east-1 offer file (1 of 7)',
  itemsDone: bytesDone / 1000,
  bytesDone,
  bytesTotal: 2_000_000_000,
  elapsedMs: 1000,
  ...(bytesDone > 0 ? { etaMs: (1000 * (2_000_000_000 - bytesDone)) / bytesDone } : {}),
});

describe('CLI progress', () => {
  it('on a terminal, redraws one line with a bar, percentage, bytes, records and time left', () => {
    const t = io(true);
    const view = progressView(t, 'prices');
    view.onProgress!(download(500_000_000));
    expect(t.out[0]).toBe('\r\x1b[K' + 'prices: [######------------------]  25%  AmazonEC2 us-east-1 offer file (1 of 7)  500 MB of 2.0 GB, 500,000 records, about 3s left'.slice(0, 99));
    view.onWarning!('retrying');
    expect(t.out.slice(1)).toEqual(['\r\x1b[K', 'prices: warning: retrying\n']);
    view.finish();
  });

  it('elsewhere, writes plain lines: one per step and one per 10% of a download', () => {
    const t = io(false);
    const view = progressView(t, 'prices');
    for (let done = 0; done <= 2_000_000_000; done += 50_000_000) view.onProgress!(download(done));
    view.onProgress!({ phase: 'write', label: 'writing the price cache', itemsDone: 0, itemsTotal: 1, bytesDone: 0, elapsedMs: 0 });
    expect(t.out.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(t.out).toHaveLength(1 + 10 + 1);
    expect(t.out[0]).toBe('prices: AmazonEC2 us-east-1 offer file (1 of 7) (0 B of 2.0 GB)\n');
    expect(t.out[5]).toBe('prices: AmazonEC2 us-east-1 offer file (1 of 7): 50% (1.0 GB of 2.0 GB, 1,000,000 records, about 1s left)\n');
    expect(t.out[11]).toBe('prices: writing the price cache (0 of 1)\n');
  });

  it.each([
    [999, '999 B'],
    [1_500_000, '1.5 MB'],
    [2_700_000_000, '2.7 GB'],
  ])('formats %d bytes as %s', (n, text) => expect(formatBytes(n)).toBe(text));

  it.each([
    [4_000, '4s'],
    [80_000, '1m 20s'],
    [3_900_000, '1h 05m'],
  ])('formats %d ms as %s', (n, text) => expect(formatDuration(n)).toBe(text));
});
