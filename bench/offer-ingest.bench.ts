/**
 * Offer-file ingest benchmark (`npm run bench -- offer-ingest`).
 *
 * Generates, in a temporary folder deleted afterwards, an AmazonEC2 regional offer file of at least
 * 1 GB from real record shapes with varied SKUs (bench/support/offer-file-generator.ts), then in
 * separate child processes (so each peak RSS is its own):
 *   - ingests it with the streaming ingester the app uses (src/aws/offer-file/offer-file-ingest.ts),
 *     from a file stream, measuring throughput and peak RSS;
 *   - times plain JSON.parse (best of 3, string already in memory) on a slice of the same data
 *     small enough to parse whole: the generator with the same seed and the first 50 instance
 *     types writes exactly the first 50 types' records of the big file, as a complete document.
 * Prints one JSON object on the last line. Targets: ingest throughput at least half of JSON.parse
 * throughput; ingest peak RSS at most 300 MB. MB = 10^6 bytes.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestOfferFile } from '../src/aws/offer-file/offer-file-ingest';
import { writeGeneratedOfferFile } from './support/offer-file-generator';

const MB = 1e6;
const TARGET_BYTES = 1e9;
const SLICE_TYPES = 50;
const TARGETS = { ingestToJsonParseRatioAtLeast: 0.5, peakRssMbAtMost: 300 } as const;

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const rssMb = () => process.resourceUsage().maxRSS / 1024;

async function ingestChild(path: string): Promise<void> {
  const started = process.hrtime.bigint();
  const result = await ingestOfferFile(createReadStream(path, { highWaterMark: 1024 * 1024 }), { serviceCode: 'AmazonEC2', region: 'us-east-1' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    `${JSON.stringify({ seconds, bytes: result.bytes, peakRssMb: rssMb(), prices: result.prices.length, records: result.stats.records, accepted: result.stats.accepted })}\n`,
  );
}

function jsonParseChild(path: string): void {
  const text = readFileSync(path, 'utf8');
  const bytes = Buffer.byteLength(text);
  let best = Infinity;
  let products = 0;
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    const doc = JSON.parse(text) as { products: Record<string, unknown> };
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
    products = Object.keys(doc.products).length;
  }
  process.stdout.write(`${JSON.stringify({ seconds: best, bytes, products, peakRssMb: rssMb() })}\n`);
}

function child<T>(mode: string, path: string): T {
  const run = spawnSync(process.execPath, [process.argv[1]!, mode, path], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${mode} failed: ${(run.stderr || '').trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as T;
}

async function main(): Promise<void> {
  const [mode, path] = process.argv.slice(2);
  if (mode === '--ingest') return ingestChild(path!);
  if (mode === '--json-parse') return jsonParseChild(path!);

  // The recorded AWS records the project keeps for its tests (npm run bench runs from the project root).
  const fixturesDir = resolve(process.cwd(), 'test', 'fixtures', 'aws');
  const dir = mkdtempSync(join(tmpdir(), 'tco-offer-bench-'));
  try {
    // ~1.16 MB of offer file per instance type: enough types for at least 1 GB.
    const probe = writeGeneratedOfferFile(join(dir, 'slice.json'), { fixturesDir, instanceTypes: SLICE_TYPES });
    const typesNeeded = Math.ceil((TARGET_BYTES / probe.bytes) * SLICE_TYPES * 1.02);
    const genStarted = Date.now();
    const big = writeGeneratedOfferFile(join(dir, 'offer.json'), { fixturesDir, instanceTypes: typesNeeded });
    const generateSeconds = (Date.now() - genStarted) / 1000;

    const ingest = child<{ seconds: number; bytes: number; peakRssMb: number; prices: number; records: number; accepted: number }>('--ingest', join(dir, 'offer.json'));
    const parse = child<{ seconds: number; bytes: number; products: number; peakRssMb: number }>('--json-parse', join(dir, 'slice.json'));
    const expectedPrices = big.instanceTypes.length * (1 + big.reservedTermsPerType);
    const ingestMbps = ingest.bytes / MB / ingest.seconds;
    const parseMbps = parse.bytes / MB / parse.seconds;
    const ratio = ingestMbps / parseMbps;
    const result = {
      file: { bytes: big.bytes, megabytes: round(big.bytes / MB), products: big.products, instanceTypes: big.instanceTypes.length, generateSeconds: round(generateSeconds) },
      ingest: {
        seconds: round(ingest.seconds, 2),
        mbPerSecond: round(ingestMbps),
        peakRssMb: round(ingest.peakRssMb),
        records: ingest.records,
        prices: ingest.prices,
        pricesCorrect: ingest.prices === expectedPrices && ingest.accepted === big.instanceTypes.length,
      },
      jsonParse: { sliceBytes: parse.bytes, sliceMegabytes: round(parse.bytes / MB), seconds: round(parse.seconds, 3), mbPerSecond: round(parseMbps), peakRssMb: round(parse.peakRssMb) },
      ingestToJsonParseRatio: round(ratio, 2),
      targets: TARGETS,
      meetsTargets: { throughput: ratio >= TARGETS.ingestToJsonParseRatioAtLeast, memory: ingest.peakRssMb <= TARGETS.peakRssMbAtMost },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`offer-ingest bench: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
