import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/paths';

/**
 * The dependency rules (.dependency-cruiser.cjs, run by `npm run lint:deps` in `npm test`) hold the
 * layering: these tests seed violations in a small tree laid out like the project's, in a temporary
 * folder (never in src/, where a stray file would upset other tests), and check that the checker
 * fails naming each rule, lets the allowed imports through, and passes the real tree.
 */

const CONFIG = join(PROJECT_ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(PROJECT_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

function depcruise(cwd: string, paths: readonly string[]) {
  const r = spawnSync(process.execPath, [DEPCRUISE, '--config', CONFIG, '--output-type', 'err', ...paths], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

let root = '';

function seed(files: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tco-deps-'));
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', strict: true } }));
  const stub = 'export const stub = 1;\n';
  seed({
    'src/aws/load-catalogue.ts': stub,
    'src/host/web-host.ts': stub,
    'src/contract/host-api.ts': stub,
    'src/analysis/breakeven.ts': "import { stub } from '../model/units';\nexport const b = stub;\n",
    'src/model/units.ts': stub,
    'src/tradeoffs/tco-lines.ts': stub,
    'src/tradeoffs/scorecard.ts': stub,
    'src/tradeoffs/criteria.ts': stub,
    'src/pricing/catalogue.ts': stub,
    'src/format/format.ts': stub,
    'src/report/report-data.ts': stub,
    // Allowed: the model and trade-offs format with src/format.
    'src/model/labels.ts': "import { stub } from '../format/format';\nexport const l = stub;\n",
    'electron/ipc.ts': "import { stub } from '../src/host/web-host';\nimport type { stub as api } from '../src/contract/host-api';\nexport const e: typeof api = stub;\n",
    // Violations, one or more per rule.
    'src/model/seeded.ts': [
      "import { readFileSync } from 'node:fs';",
      "import { chromium } from 'playwright-core';",
      "import * as z from 'zod';",
      "import { stub } from '../aws/load-catalogue';",
      "import { stub as api } from '../contract/host-api';",
      "import { stub as criteria } from '../tradeoffs/criteria';",
      "import { stub as b } from '../analysis/breakeven';",
      "import { cycle } from './cycle';",
      'export const seeded = [readFileSync, chromium, z, stub, api, criteria, b, cycle];',
      '',
    ].join('\n'),
    'src/model/cycle.ts': "import { seeded } from './seeded';\nexport const cycle = () => seeded;\n",
    'src/model/estimate.ts': "import { stub } from '../tradeoffs/tco-lines';\nexport const e = [stub];\n",
    'src/format/seeded.ts': "import { stub } from '../model/units';\nexport const f = stub;\n",
    'src/tradeoffs/seeded.ts': "import { stub } from '../report/report-data';\nimport { stub as f } from '../format/format';\nexport const t = [stub, f];\n",
    'src/pricing/lookup.ts': "import { stub } from '../model/units';\nexport const l = stub;\n",
    'src/analysis/seeded.ts': "import { stub } from '../tradeoffs/tco-lines';\nimport { stub as m } from '../model/units';\nimport { stub as p } from '../pricing/catalogue';\nexport const a = [stub, m, p];\n",
    'renderer/seeded.ts': [
      "import { stub } from '../electron/ipc';",
      "import { stub as host } from '../src/host/web-host';",
      "import type { stub as api } from '../src/contract/host-api';",
      "import { stub as units } from '../src/model/units';",
      'export const r: typeof api = stub + host + units;',
      '',
    ].join('\n'),
  });
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('dependency rules', () => {
  it('fail on seeded violations, naming the rule and the import', () => {
    const { status, output } = depcruise(root, ['src', 'renderer', 'electron']);
    expect(status, output).not.toBe(0);
    const errors = output.split('\n').filter((l) => l.trim().startsWith('error '));
    const expected = [
      'pure-core-no-node: src/model/seeded.ts → fs',
      'pure-core-packages: src/model/seeded.ts → …node_modules/playwright-core/',
      'pure-core-not-adapters-or-shells: src/model/seeded.ts → src/aws/load-catalogue.ts',
      'model-is-the-base: src/model/seeded.ts → src/aws/load-catalogue.ts',
      'model-is-the-base: src/model/seeded.ts → src/contract/host-api.ts',
      'model-is-the-base: src/model/seeded.ts → src/analysis/breakeven.ts',
      'model-not-tradeoffs: src/model/seeded.ts → src/tradeoffs/criteria.ts',
      'model-not-tradeoffs: src/model/estimate.ts → src/tradeoffs/tco-lines.ts',
      'format-is-below-everything: src/format/seeded.ts → src/model/units.ts',
      'tradeoffs-read-model-and-pricing: src/tradeoffs/seeded.ts → src/report/report-data.ts',
      'pricing-is-below-the-model: src/pricing/lookup.ts → src/model/units.ts',
      'analysis-reads-model-and-pricing: src/analysis/seeded.ts → src/tradeoffs/tco-lines.ts',
      'renderer-not-node-side: renderer/seeded.ts → electron/ipc.ts',
      'renderer-not-node-side: renderer/seeded.ts → src/host/web-host.ts',
      'no-circular: src/model/cycle.ts',
    ];
    // "…" stands for any text (the package resolves through the node_modules link to its real path).
    const has = (e: string) => errors.some((l) => e.split('…').every((part) => l.includes(part)));
    for (const e of expected) expect(has(e), `expected "${e}" in:\n${output}`).toBe(true);
    // Allowed: zod in the core, the contract and the core from the renderer, adapters and the contract from electron/, formatting from the model and trade-offs.
    for (const allowed of ['→ node_modules/zod/', 'renderer/seeded.ts → src/contract/', 'renderer/seeded.ts → src/model/', 'electron/ipc.ts →', 'src/model/labels.ts →', 'src/tradeoffs/seeded.ts → src/format/']) {
      expect(errors.filter((l) => l.includes(allowed)), allowed).toEqual([]);
    }
  });

  it('pass on the project itself', () => {
    const { status, output } = depcruise(PROJECT_ROOT, ['src', 'renderer', 'electron']);
    expect(output).toMatch(/no dependency violations found/);
    expect(status).toBe(0);
  }, 120_000);
});
