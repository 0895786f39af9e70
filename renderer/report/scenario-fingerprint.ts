import type { ScenarioFingerprint } from '../../src/report/report-data';

/**
 * A scenario text's fingerprint in the browser (the Node side uses node:crypto): SHA-256 of its UTF-8
 * encoding through WebCrypto, which exists only in secure contexts (the app's file:// page, the web
 * host on 127.0.0.1, and the command line's private report origin, launched as one).
 */
export async function scenarioFingerprint(text: string): Promise<ScenarioFingerprint> {
  const bytes = new TextEncoder().encode(text);
  if (!globalThis.crypto?.subtle) throw new Error('the report page cannot hash the scenario here: WebCrypto needs a secure context (https, localhost or file://)');
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return { sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''), bytes: bytes.length };
}
