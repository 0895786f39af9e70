import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioJson, ScenarioError } from '../../src/index';
import { readScenarioText, ScenarioFileError } from '../../src/storage/scenario-file';

const valid = JSON.stringify({ schemaVersion: 1, name: 'T', question: 'Q?', region: 'us-east-1', horizonMonths: 12, discountRateAnnualPct: 5, workloads: [] }, null, 2);
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n - 1);

/** Malformed texts, each with the line and column of its first fault. */
const CASES: readonly (readonly [string, string, number, number])[] = [
  ['empty file', '', 1, 1],
  ['only spaces', '   ', 1, 4],
  ['only newlines', '\n\n\n', 4, 1],
  ['only a BOM', '\uFEFF', 1, 1],
  ['BOM then garbage', '\uFEFFgarbage', 1, 1],
  ['two BOMs', '\uFEFF\uFEFF{}', 1, 1],
  ['a closing brace only', '}', 1, 1],
  ['a closing bracket only', ']', 1, 1],
  ['an opening brace only', '{', 1, 2],
  ['an opening bracket only', '[', 1, 2],
  ['a comma only', ',', 1, 1],
  ['a colon only', ':', 1, 1],
  ['truncated after a key', '{"name"', 1, 8],
  ['truncated after a colon', '{"name":', 1, 9],
  ['truncated after a comma', '{"name": 1,', 1, 12],
  ['truncated inside a number', '{"a": -', 1, 7],
  ['truncated mid-literal', '{"a": tru', 1, 7],
  ['truncated valid scenario', valid.slice(0, valid.length - 10), 8, 3],
  ['truncated after a line break', '{\n  "a": 1,\n', 3, 1],
  ['trailing comma in an object', '{"a": 1,}', 1, 9],
  ['trailing comma in an array', '[1, 2,]', 1, 7],
  ['trailing comma on its own line', '{\n  "a": 1,\n}', 3, 1],
  ['duplicate commas in an object', '{"a": 1,, "b": 2}', 1, 9],
  ['duplicate commas in an array', '[1,,2]', 1, 4],
  ['leading comma in an array', '[,1]', 1, 2],
  ['leading comma in an object', '{,"a":1}', 1, 2],
  ['missing comma between members', '{"a": 1 "b": 2}', 1, 9],
  ['missing comma between elements', '[1 2]', 1, 4],
  ['missing colon', '{"a" 1}', 1, 6],
  ['double colon', '{"a":: 1}', 1, 6],
  ['NaN', '{"a": NaN}', 1, 7],
  ['Infinity', '{"a": Infinity}', 1, 7],
  ['minus Infinity', '{"a": -Infinity}', 1, 7],
  ['undefined', '{"a": undefined}', 1, 7],
  ['hex number', '{"a": 0x10}', 1, 7],
  ['leading zero', '{"a": 012}', 1, 7],
  ['leading plus', '{"a": +1}', 1, 7],
  ['trailing dot', '{"a": 1.}', 1, 7],
  ['leading dot', '{"a": .5}', 1, 7],
  ['exponent without digits', '{"a": 1e}', 1, 7],
  ['single-quoted string', "{'a': 1}", 1, 2],
  ['single-quoted value', "{\"a\": 'x'}", 1, 7],
  ['unquoted key', '{a: 1}', 1, 2],
  ['True capitalised', '{"a": True}', 1, 7],
  ['null misspelt', '{"a": nul}', 1, 7],
  ['line comment', '{"a": 1 // note\n}', 1, 9],
  ['block comment', '/* c */ {}', 1, 1],
  ['unterminated string at EOF', '{"name": "abc', 1, 10],
  ['unterminated key at EOF', '{"na', 1, 2],
  ['unterminated string across lines', '{"name": "abc\n}', 1, 14],
  ['newline inside a string', '{"a": "x\ny"}', 1, 9],
  ['tab inside a string', '{"a": "x\ty"}', 1, 9],
  ['NUL inside a string', '{"a": "x\u0000y"}', 1, 9],
  ['ESC inside a string', '{"a": "\u001b]0;pwned\u0007"}', 1, 8],
  ['carriage return inside a string', '{"a": "x\ry"}', 1, 9],
  ['bad escape', '{"a": "\\x41"}', 1, 8],
  ['short unicode escape', '{"a": "\\u12"}', 1, 8],
  ['non-hex unicode escape', '{"a": "\\uZZZZ"}', 1, 8],
  ['backslash at EOF', '{"a": "\\', 1, 7],
  ['control char outside a string', '{"a": 1\u0007}', 1, 8],
  ['form feed as whitespace', '{\f"a": 1}', 1, 2],
  ['NBSP as whitespace', '{\u00a0"a": 1}', 1, 2],
  ['C1 control outside a string', '\u009b{}', 1, 1],
  ['bidi override outside a string', '{"a": 1}\u202e', 1, 9],
  ['lone high surrogate outside a string', '{"a": \ud800}', 1, 7],
  ['lone low surrogate outside a string', '[\udc00]', 1, 2],
  ['emoji outside a string', '{"a": 😀}', 1, 7],
  ['text after the value', '{} {}', 1, 4],
  ['garbage after the value', '{}garbage\n', 1, 3],
  ['second line of garbage', '{}\n\u001b[2J', 2, 1],
  ['extra closing brace', '{"a": 1}}', 1, 9],
  ['mismatched brackets', '{"a": [1}', 1, 9],
  ['mismatched braces', '[{"a": 1]', 1, 9],
  ['unclosed nested', '{"a": {"b": [1, 2', 1, 18],
  ['deep nesting unclosed', '['.repeat(5000), 1, 5001],
  ['deep nesting one short', deep(5000), 1, 10000],
  ['key is a number', '{1: 2}', 1, 2],
  ['key is an object', '{{}: 2}', 1, 2],
  ['array as key', '{["a"]: 1}', 1, 2],
  ['JSON Lines', '{}\n{}', 2, 1],
  ['HTML instead of JSON', '<!doctype html>\n<html>', 1, 1],
  ['YAML instead of JSON', 'name: x\nquestion: y\n', 1, 1],
  ['fault after many lines', `${'\n'.repeat(200)}{"a": 1,,}`, 201, 9],
  ['fault after wide characters', '{"日本語": 1,,}', 1, 11],
  ['fault after a surrogate pair', '{"😀😀": x}', 1, 8],
  ['long garbage line', `{"a": ${'z'.repeat(5000)}}`, 1, 7],
];

/** Characters a message must never carry: C0 (newlines included), DEL, C1, bidi controls, lone surrogates. */
const RAW = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function messageOf(text: string): string {
  try {
    parseScenarioJson(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).message;
  }
  throw new Error('expected the text to be refused');
}

describe('JSON syntax errors', () => {
  it('has about eighty cases', () => expect(CASES.length).toBeGreaterThanOrEqual(80));

  it.each(CASES)('%s: names line and column, quotes nothing raw', (_name, text, line, column) => {
    const message = messageOf(text);
    expect(message).toContain(`(root): is not valid JSON: `);
    expect(message).toMatch(new RegExp(` at line ${line}, column ${column}$`));
    expect(RAW.test(message)).toBe(false);
    expect(message).not.toContain('pwned\u0007');
    expect(message.length).toBeLessThan(240);
  });

  it('keeps the line and column of the original report style', () => {
    expect(messageOf('{\n  "schemaVersion": 1,\n  "name": "x",,\n}')).toMatch(/two commas in a row at line 3, column 15$/);
  });
});

describe('a scenario file that is not UTF-8', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tco-utf8-'));
  it.each([
    ['a Latin-1 byte', Buffer.from('{"name": "caf\xe9"}', 'latin1'), 0xe9, 1, 14],
    ['a lone continuation byte on line 2', Buffer.concat([Buffer.from('{\n"a": "'), Buffer.from([0x80]), Buffer.from('"}')]), 0x80, 2, 7],
    ['an overlong encoding', Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]), 0xc0, 1, 7],
    ['an encoded surrogate', Buffer.concat([Buffer.from('{"é":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]), 0xed, 1, 7],
    ['a sequence cut at EOF', Buffer.concat([Buffer.from('\ufeff{"a":"'), Buffer.from([0xe2, 0x82])]), 0xe2, 1, 7],
  ])('%s: named with its byte, line and column', (_name, bytes, byte, line, column) => {
    const path = join(dir, 'bad.tco.json');
    writeFileSync(path, bytes);
    let message = '';
    try {
      readScenarioText(path);
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioFileError);
      message = (error as Error).message;
    }
    expect(message).toContain(`is not UTF-8 text (byte 0x${byte.toString(16)} at line ${line}, column ${column})`);
    expect(RAW.test(message)).toBe(false);
  });
});
