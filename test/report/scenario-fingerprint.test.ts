import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioFingerprint as inBrowser } from '../../renderer/report/scenario-fingerprint';
import { scenarioFingerprint as inNode } from '../../src/storage/scenario-file';
import { EXAMPLES_DIR } from '../support/paths';

/**
 * The report's scenario fingerprint is hashed at the edge: node:crypto in the CLI and the hosts
 * (src/storage/scenario-file.ts), WebCrypto in the report page (renderer/report/scenario-fingerprint.ts).
 * Both must print what `sha256sum` prints for the file.
 */
describe('scenario fingerprint', () => {
  it('is the SHA-256 and size of the UTF-8 text (a known vector)', () => {
    expect(inNode('abc')).toEqual({ sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', bytes: 3 });
    expect(inNode('é').bytes).toBe(2);
  });

  it('hashes the file as on disk', () => {
    const path = join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json');
    const onDisk = readFileSync(path);
    expect(inNode(readFileSync(path, 'utf8')).bytes).toBe(onDisk.length);
  });

  it.each(['', 'abc', 'The quick brown fox jumps over the lazy dog', 'é ✓ 𝄞 中文', 'x'.repeat(100_000), '\ud800 lone surrogate', '\ufeff{"bom": true}'])(
    'is the same in the browser (WebCrypto) as in Node, text %#',
    async (text) => {
      expect(await inBrowser(text)).toEqual(inNode(text));
    },
  );
});
