/**
 * Which way dependencies may run (DESIGN.md: model ← analysis, tradeoffs, report ← adapters ← shells),
 * checked by dependency-cruiser in `npm test` (`npm run lint:deps`). Each rule's name is what a
 * violation prints; its comment says what to do instead.
 *
 *   pure core   src/pricing (lowest) ← src/model ← src/analysis, src/tradeoffs ← src/report
 *               src/contract: the renderer↔host contract (types and names), above model, analysis, pricing
 *               src/index.ts: the core's public API
 *               No Node built-ins, no packages but zod, nothing from the layers below.
 *   adapters    src/aws, src/host, src/cli, src/storage, src/export (Node: network, files, Chromium)
 *   shells      electron/ (may use adapters), renderer/ (pure core and contract only)
 */

const CORE = '^src/(model|analysis|tradeoffs|pricing|report|contract)/';
const PURE = `${CORE}|^src/index\\.ts$`;
const ADAPTERS = '^src/(aws|host|cli|storage|export)/';
const SHELLS = '^(electron|renderer)/';
/** Packages the pure core may import. */
const PURE_PACKAGES = '(^|/)node_modules/zod/';

/*
 * TEMPORARY, until the model stops importing trade-offs (issue 11, section 3): the model builds exit
 * effort and the value of delay from src/tradeoffs, and trade-offs format with src/report/format.ts.
 * Exactly these imports are let through; delete this block (and its uses below) once they are gone:
 *   src/model/estimate.ts        → src/tradeoffs/tco-lines.ts
 *   src/model/scenario-schema.ts → src/tradeoffs/criteria.ts, exit-steps.ts, time-to-value-inputs.ts
 *   src/tradeoffs/tco-lines.ts, src/tradeoffs/scorecard.ts → src/report/format.ts
 * and the import cycles that run through those trade-off modules; and, inside src/model, the cycles
 * closed by type-only imports of estimate.ts (build-context.ts and line-sink.ts import the
 * EstimatedLine type from the module that imports them), which the model's stage split removes.
 */
const KNOWN_MODEL_TO_TRADEOFFS = {
  'src/model/estimate.ts': ['src/tradeoffs/tco-lines.ts'],
  'src/model/scenario-schema.ts': ['src/tradeoffs/criteria.ts', 'src/tradeoffs/exit-steps.ts', 'src/tradeoffs/time-to-value-inputs.ts'],
};
const KNOWN_TRADEOFFS_TO_REPORT = { from: '^src/tradeoffs/(tco-lines|scorecard)\\.ts$', to: '^src/report/format\\.ts$' };
const KNOWN_CYCLE_MODULES = '^src/tradeoffs/(tco-lines|criteria|exit-steps|time-to-value-inputs)\\.ts$';

const exact = (paths) => `^(${paths.map((p) => p.replace(/[.]/g, '\\.')).join('|')})$`;
const knownModelFiles = Object.keys(KNOWN_MODEL_TO_TRADEOFFS);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other in a cycle: move what both need into a module below them.',
      from: {},
      to: { circular: true, viaOnly: { pathNot: KNOWN_CYCLE_MODULES, dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other in a cycle (type imports too): move the shared types into a module below them. (Type-only cycles inside src/model are a temporary exception.)',
      from: { pathNot: '^src/model/' },
      to: { circular: true, viaOnly: { pathNot: KNOWN_CYCLE_MODULES } },
    },
    {
      name: 'model-is-the-base',
      severity: 'error',
      comment: 'src/model imports only src/pricing and itself: analysis, trade-offs, reports, the contract, adapters and shells read the model, never the other way.',
      from: { path: '^src/model/' },
      to: { path: `^src/(analysis|report|contract)/|^src/index\\.ts$|${ADAPTERS}|${SHELLS}` },
    },
    {
      name: 'model-not-tradeoffs',
      severity: 'error',
      comment: 'src/model must not import src/tradeoffs: trade-offs read the model. (Known exceptions listed in .dependency-cruiser.cjs are temporary.)',
      from: { path: '^src/model/', pathNot: exact(knownModelFiles) },
      to: { path: '^src/tradeoffs/' },
    },
    ...knownModelFiles.map((file) => ({
      name: 'model-not-tradeoffs',
      severity: 'error',
      comment: `src/model must not import src/tradeoffs; ${file} has a temporary exception for the imports it had.`,
      from: { path: exact([file]) },
      to: { path: '^src/tradeoffs/', pathNot: exact(KNOWN_MODEL_TO_TRADEOFFS[file]) },
    })),
    {
      name: 'pricing-is-below-the-model',
      severity: 'error',
      comment: 'src/pricing (catalogue, price keys, snapshot) imports nothing else from src: the model and everything above read it.',
      from: { path: '^src/pricing/' },
      to: { path: '^src/', pathNot: '^src/pricing/' },
    },
    {
      name: 'analysis-reads-model-and-pricing',
      severity: 'error',
      comment: 'src/analysis imports only src/model and src/pricing: reports and trade-offs read analysis, not the other way.',
      from: { path: '^src/analysis/' },
      to: { path: CORE, pathNot: '^src/(analysis|model|pricing)/' },
    },
    {
      name: 'tradeoffs-read-model-and-pricing',
      severity: 'error',
      comment: 'src/tradeoffs imports only src/model and src/pricing: the report reads trade-offs, not the other way. (src/report/format.ts from tco-lines and scorecard is a temporary exception.)',
      from: { path: '^src/tradeoffs/', pathNot: KNOWN_TRADEOFFS_TO_REPORT.from },
      to: { path: CORE, pathNot: '^src/(tradeoffs|model|pricing)/' },
    },
    {
      name: 'tradeoffs-read-model-and-pricing',
      severity: 'error',
      comment: 'src/tradeoffs imports only src/model and src/pricing (temporary exception: src/report/format.ts).',
      from: { path: KNOWN_TRADEOFFS_TO_REPORT.from },
      to: { path: CORE, pathNot: `^src/(tradeoffs|model|pricing)/|${KNOWN_TRADEOFFS_TO_REPORT.to}` },
    },
    {
      name: 'report-reads-the-core',
      severity: 'error',
      comment: 'src/report reads model, pricing, analysis, trade-offs and the contract; nothing in the core reads the report.',
      from: { path: '^src/report/' },
      to: { path: CORE, pathNot: '^src/(report|model|pricing|analysis|tradeoffs|contract)/' },
    },
    {
      name: 'contract-is-neutral',
      severity: 'error',
      comment: 'src/contract (renderer↔host contract) holds types and names over the model, analysis and pricing only; both sides import it, it imports neither.',
      from: { path: '^src/contract/' },
      to: { path: CORE, pathNot: '^src/(contract|model|analysis|pricing)/' },
    },
    {
      name: 'pure-core-not-adapters-or-shells',
      severity: 'error',
      comment: 'The pure core runs in the renderer: it never imports Node adapters (aws, host, cli, storage, export) or shells. Pass what it needs in as an argument.',
      from: { path: PURE },
      to: { path: `${ADAPTERS}|${SHELLS}` },
    },
    {
      name: 'pure-core-no-node',
      severity: 'error',
      comment: 'The pure core uses no Node built-ins (fs, path, crypto, ...): do that in an adapter and pass the result in.',
      from: { path: PURE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pure-core-packages',
      severity: 'error',
      comment: 'The pure core imports no packages but zod (no Electron, React, DOM or Node libraries).',
      from: { path: PURE },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown', 'unknown', 'undetermined'], pathNot: PURE_PACKAGES },
    },
    {
      name: 'renderer-not-node-side',
      severity: 'error',
      comment: 'The renderer imports the pure core and src/contract only: never electron/ or the Node adapters (aws, host, cli, storage, export).',
      from: { path: '^renderer/' },
      to: { path: `^electron/|${ADAPTERS}` },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      comment: 'The renderer runs in a browser: no Node built-ins.',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'adapters-not-shells',
      severity: 'error',
      comment: 'src/ never imports electron/ or renderer/: the shells sit on top.',
      from: { path: '^src/' },
      to: { path: SHELLS },
    },
    {
      name: 'electron-not-renderer',
      severity: 'error',
      comment: 'electron/ talks to the renderer through src/contract, not by importing it.',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment: 'An import that does not resolve to a file or an installed package.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'product-not-tests',
      severity: 'error',
      comment: 'Product code never imports test/ or bench/.',
      from: { path: '^(src|renderer|electron)/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-electron)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
