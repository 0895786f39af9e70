#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled into dist/cli by `npm install` (the "prepare" script).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'tco-studio.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('tco-studio: the command line is not built yet; run `npm install` (or `npm run build:cli`) in the project folder\n');
  process.exit(70);
}
require(bundle);
