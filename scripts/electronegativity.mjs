#!/usr/bin/env node
/**
 * Runs @doyensec/electronegativity over electron/ and fails on any finding of medium severity or
 * above that is not in build/electronegativity-allowlist.json (each entry says why it is
 * accepted). Findings are matched on issue, file and code sample, not line numbers, so moving
 * code does not break the check but changing the flagged call does. Part of `npm test`.
 *
 * The Electron version is passed explicitly (the scanned folder has no package.json, and the
 * version-dependent checks would otherwise assume Electron 0.1). AvailableSecurityFixesGlobalCheck
 * is skipped: it downloads Electron's release list from GitHub, which is unreachable offline and
 * says nothing about our code; Electron upgrades are a dependency decision, not a code finding.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const THRESHOLD = SEVERITIES.indexOf('MEDIUM');

/** RFC 4180 CSV, enough for electronegativity's output (quoted fields may hold commas and quotes). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

export function findingsFromCsv(text) {
  const [header, ...rows] = parseCsv(text);
  const column = (name) => header.findIndex((h) => h.trim() === name);
  const at = { issue: column('issue'), severity: column('severity'), confidence: column('confidence'), file: column('filename'), location: column('location'), sample: column('sample'), description: column('description') };
  return rows.map((r) => Object.fromEntries(Object.entries(at).map(([key, i]) => [key, (r[i] ?? '').trim()])));
}

export function compareWithAllowList(findings, allowList) {
  const key = (f) => `${f.issue}\u0000${f.file}\u0000${f.sample}`;
  const allowed = new Map(allowList.map((entry) => [key(entry), entry]));
  const serious = findings.filter((f) => SEVERITIES.indexOf(f.severity) >= THRESHOLD);
  const fresh = serious.filter((f) => !allowed.has(key(f)));
  const seen = new Set(serious.map(key));
  const stale = allowList.filter((entry) => !seen.has(key(entry)));
  return { serious, fresh, stale };
}

function run() {
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const out = mkdtempSync(join(tmpdir(), 'tco-electronegativity-'));
  const csv = join(out, 'findings.csv');
  try {
    const bin = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
    const result = spawnSync(bin, ['-i', 'electron', '-o', csv, '-r', '-e', version, '-x', 'AvailableSecurityFixesGlobalCheck'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
    let text;
    try {
      text = readFileSync(csv, 'utf8');
    } catch {
      console.error(`electronegativity: produced no report (exit ${result.status}):\n${result.stderr || result.stdout}`);
      return 1;
    }
    const allowList = JSON.parse(readFileSync(join(ROOT, 'build', 'electronegativity-allowlist.json'), 'utf8')).findings;
    const findings = findingsFromCsv(text);
    const { serious, fresh, stale } = compareWithAllowList(findings, allowList);
    for (const f of fresh) console.error(`electronegativity: NEW ${f.severity} ${f.issue} at electron/${f.file}:${f.location}: ${f.sample} — ${f.description}`);
    for (const e of stale) console.log(`electronegativity: note: allow-list entry no longer found, remove it: ${e.issue} ${e.file} ${e.sample}`);
    console.log(`electronegativity ${version}: ${findings.length} findings, ${serious.length} of medium severity or above, ${serious.length - fresh.length} allow-listed, ${fresh.length} new`);
    return fresh.length > 0 ? 1 : 0;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = run();
}
