import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalOutput, terminalText } from '../../src/cli/terminal-text';
import { runCli } from '../support/run-cli';
import { dbWorkload, mlWorkload } from '../support/scenarios';

const dir = mkdtempSync(join(tmpdir(), 'tco-hostile-'));

function scenarioFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const base = { schemaVersion: 1, name: 'T', question: 'Q?', region: 'us-east-1', horizonMonths: 12, discountRateAnnualPct: 5 };

/** Sequences a terminal acts on: window title (OSC), clear screen (CSI), 8-bit CSI, right-to-left override. */
const HOSTILE = ['\u001b]0;pwned\u0007', '\u001b[2J', '\u009b31m', '\u202e'] as const;
const hostile = (label: string) => `${label} ${HOSTILE.join(' ')} end`;

function expectClean(text: string): void {
  for (const h of HOSTILE) expect(text).not.toContain(h);
  expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  expect(text).not.toContain('pwned');
}

describe('a variant override path that names a key inside a list', () => {
  it.each(['workloads.foo', 'workloads.length', 'workloads.constructor', '__proto__.x'])('%s is invalid input (exit 1) naming the path', (path) => {
    const file = scenarioFile('override.tco.json', { ...base, workloads: [dbWorkload()], variants: [{ name: 'v', overrides: [{ path, value: 1 }] }] });
    for (const command of ['estimate', 'sensitivity']) {
      const r = runCli([command, file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('variants[0].overrides[0].path');
      expect(r.stderr).toContain(JSON.stringify(path));
      expect(r.stderr).not.toContain('internal error');
    }
  });
});

describe('text printed to a terminal', () => {
  const file = scenarioFile('hostile.tco.json', {
    ...base,
    name: hostile('name'),
    question: hostile('question'),
    workloads: [dbWorkload({ name: hostile('db') }), mlWorkload({ name: hostile('ml') })],
  });

  it.each([
    ['estimate', 'table'],
    ['tradeoffs', 'table'],
    ['estimate', 'csv'],
    ['tradeoffs', 'csv'],
  ])('%s --format %s carries no escape sequence, control or bidi override from the file', (command, format) => {
    const r = runCli([command, file, '--format', format, '--allow-missing']);
    expect(r.code, r.stderr).toBe(0);
    expectClean(r.stdout);
    expectClean(r.stderr);
    expect(r.stdout).toContain('db');
  });

  it('JSON output stays JSON with the same text, every control written as an escape', () => {
    const r = runCli(['estimate', file, '--format', 'json', '--allow-missing']);
    expect(r.code, r.stderr).toBe(0);
    expect(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(r.stdout)).toBe(false);
    expect((JSON.parse(r.stdout) as { scenario: { name: string } }).scenario.name).toBe(hostile('name'));
  });

  it.each([
    ['a\u001b]0;title\u0007b', 'ab'],
    ['a\u001b]0;title\u001b\\b', 'ab'],
    ['a\u001b[2Jb\u001b[1;31mc', 'abc'],
    ['a\u009b31mb', 'ab'],
    ['a\u202eb\u2066c\u2069d', 'abcd'],
    ['a\u0000b\u0007c\u007fd\u0085e', 'abcde'],
    ['keep\ttab\nand\r\nCRLF', 'keep\ttab\nand\r\nCRLF'],
    ['over\rwrite', 'overwrite'],
    ['an unterminated \u001b]0;title\nstops at the line end', 'an unterminated \nstops at the line end'],
    ['café ✓ 日本', 'café ✓ 日本'],
  ])('terminalText(%j) is %j', (input, expected) => {
    expect(terminalText(input)).toBe(expected);
  });

  it('keeps a JSON document parseable and equal', () => {
    const value = { s: 'a\u009bb\u202ec\u001b' };
    const out = terminalOutput(JSON.stringify(value));
    expect(out).not.toMatch(/[\u009b\u202e\u001b]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});
