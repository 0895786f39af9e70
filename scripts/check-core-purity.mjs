#!/usr/bin/env node
/**
 * Fails when a module of the pure core imports anything but other pure-core modules and the
 * allow-listed packages. NODE_DIRS inside it (the report exporters) are Node-side: not checked, and
 * a pure module may not import them. Together with tsconfig.core.json (no Node or DOM types) this keeps
 * src/model, src/analysis, src/pricing, src/report and src/tradeoffs free of Node, DOM, Electron
 * and React, so the renderer can run them in-process. Exit 1 with one line per violation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PURE_DIRS = ['src/model', 'src/analysis', 'src/pricing', 'src/report', 'src/tradeoffs', 'src/contract'];
export const PURE_FILES = ['src/index.ts'];
/** Node-side folders inside the pure directories: the report exporters (Chromium, file system). */
export const NODE_DIRS = [];
const ALLOWED_PACKAGES = new Set(['zod']);

function walk(dir, skip = []) {
  let out = [];
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!skip.includes(path)) out = out.concat(walk(path, skip));
    } else if (/\.(ts|tsx|mts|cts|js|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

const IMPORT_RE = /(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

export function checkPurity(root = ROOT) {
  const skip = NODE_DIRS.map((d) => join(root, d));
  const files = [...PURE_DIRS.flatMap((d) => walk(join(root, d), skip)), ...PURE_FILES.map((f) => join(root, f))];
  const pureRoots = PURE_DIRS.map((d) => join(root, d) + sep);
  const nodeRoots = skip.map((d) => d + sep);
  const violations = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT_RE)) {
      const spec = match[1] ?? match[2] ?? match[3];
      const rel = relative(root, file);
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        const inside =
          (pureRoots.some((r) => target.startsWith(r)) && !nodeRoots.some((r) => target.startsWith(r) || target + sep === r)) ||
          PURE_FILES.some((f) => target === join(root, f).replace(/\.ts$/, ''));
        if (!inside) violations.push(`${rel}: imports ${spec}, which is outside the pure core`);
      } else {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (!ALLOWED_PACKAGES.has(pkg)) violations.push(`${rel}: imports "${spec}"; the pure core may import only ${[...ALLOWED_PACKAGES].join(', ')} and its own modules`);
      }
    }
  }
  return { files: files.length, violations };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { files, violations } = checkPurity();
  for (const v of violations) console.error(`core purity: ${v}`);
  if (violations.length > 0) process.exit(1);
  console.log(`core purity: ${files} files checked, no Node, DOM, Electron or React imports`);
}
