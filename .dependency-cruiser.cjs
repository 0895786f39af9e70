/**
 * Which way dependencies may run (DESIGN.md: model ← analysis, tradeoffs, report ← adapters ← shells),
 * checked by dependency-cruiser in `npm test` (`npm run lint:deps`). Each rule's name is what a
 * violation prints; its comment says what to do instead.
 *
 *   pure core   src/format, src/pricing (lowest) ← src/model ← src/analysis, src/tradeoffs ← src/report
 *               src/contract: the renderer↔host contract (types and names), above model, analysis, pricing
 *               src/index.ts: the core's public API
 *               No Node built-ins, no packages but zod, nothing from the layers below.
 *   adapters    src/aws, src/host, src/cli, src/storage, src/export (Node: network, files, Chromium)
 *   shells      electron/ (may use adapters), renderer/ (pure core and contract only)
 */

const CORE = '^src/(format|model|analysis|tradeoffs|pricing|report|contract)/';
const PURE = `${CORE}|^src/index\\.ts$`;
const ADAPTERS = '^src/(aws|host|cli|storage|export)/';
const SHELLS = '^(electron|renderer)/';
/** Packages the pure core may import. */
const PURE_PACKAGES = '(^|/)node_modules/zod/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other in a cycle (type imports too): move what both need into a module below them.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-is-the-base',
      severity: 'error',
      comment: 'src/model imports only src/pricing, src/format and itself: analysis, trade-offs, reports, the contract, adapters and shells read the model, never the other way.',
      from: { path: '^src/model/' },
      to: { path: `^src/(analysis|report|contract)/|^src/index\\.ts$|${ADAPTERS}|${SHELLS}` },
    },
    {
      name: 'model-not-tradeoffs',
      severity: 'error',
      comment: 'src/model must not import src/tradeoffs: trade-offs read the model. Exit effort and the value of delay are cost lines, so they live in the model.',
      from: { path: '^src/model/' },
      to: { path: '^src/tradeoffs/' },
    },
    {
      name: 'format-is-below-everything',
      severity: 'error',
      comment: 'src/format (number and money formatting) imports nothing else from src: the model, trade-offs and reports all use it.',
      from: { path: '^src/format/' },
      to: { path: '^src/', pathNot: '^src/format/' },
    },
    {
      name: 'pricing-is-below-the-model',
      severity: 'error',
      comment: 'src/pricing (catalogue, price keys, snapshot) imports nothing else from src: the model and everything above read it.',
      from: { path: '^src/pricing/' },
      to: { path: '^src/', pathNot: '^src/(pricing|format)/' },
    },
    {
      name: 'analysis-reads-model-and-pricing',
      severity: 'error',
      comment: 'src/analysis imports only src/model and src/pricing: reports and trade-offs read analysis, not the other way.',
      from: { path: '^src/analysis/' },
      to: { path: CORE, pathNot: '^src/(analysis|model|pricing|format)/' },
    },
    {
      name: 'tradeoffs-read-model-and-pricing',
      severity: 'error',
      comment: 'src/tradeoffs imports only src/model, src/pricing and src/format: the report reads trade-offs, not the other way.',
      from: { path: '^src/tradeoffs/' },
      to: { path: CORE, pathNot: '^src/(tradeoffs|model|pricing|format)/' },
    },
    {
      name: 'report-reads-the-core',
      severity: 'error',
      comment: 'src/report reads model, pricing, analysis, trade-offs and the contract; nothing in the core reads the report.',
      from: { path: '^src/report/' },
      to: { path: CORE, pathNot: '^src/(report|model|pricing|analysis|tradeoffs|contract|format)/' },
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
