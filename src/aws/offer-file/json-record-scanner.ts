/**
 * An incremental scanner for one large JSON document that arrives in chunks (an AWS offer file
 * can be several GB). It walks the object structure only as deep as the caller asks and hands
 * over chosen member values as raw bytes, so memory stays bounded by the largest single record,
 * whatever the file size. Values the caller does not want are skipped by a tight byte loop that
 * only tracks strings and nesting — several times faster than JSON.parse, which must build every
 * value (see bench/offer-ingest.bench.ts).
 *
 * The caller decides per object member, by path from the root:
 *   - "descend": the value must be an object; its members are offered in turn,
 *   - "capture": the whole value is delivered as bytes once complete,
 *   - "skip": the value is passed over.
 * Only objects can be descended into; arrays and scalars are captured or skipped whole.
 */
export type MemberAction = 'descend' | 'capture' | 'skip';

export interface ScanHandler {
  /** A member value starts at `path` (keys from the root). The array is reused: copy it to keep it. */
  member(path: readonly string[]): MemberAction;
  /** A captured value, complete, as bytes[start, end). The bytes are valid only during the call. */
  captured(path: readonly string[], bytes: Uint8Array, start: number, end: number): void;
}

export class JsonScanError extends Error {
  override readonly name = 'JsonScanError';
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

const enum State {
  Root,
  KeyOrEnd,
  Key,
  InKey,
  Colon,
  Value,
  CommaOrEnd,
  Done,
}

const enum ValueKind {
  None,
  Container,
  String,
  Scalar,
}

/** Default cap on one captured value: far above any real offer-file record, far below memory limits. */
const DEFAULT_MAX_CAPTURE_BYTES = 64 * 1024 * 1024;

export class JsonRecordScanner {
  private state = State.Root;
  /** Keys of the descended objects, then the current member's key while it is offered. */
  private readonly path: string[] = [];
  private depth = 0;
  private keyBytes: number[] = [];
  private keyEscaped = false;
  private keyEscapePending = false;

  private valueKind = ValueKind.None;
  private capture = false;
  private nesting = 0;
  private inString = false;
  private escapePending = false;
  private captureParts: Uint8Array[] = [];
  private capturedBytes = 0;
  private scanned = 0;
  private readonly maxCaptureBytes: number;
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly handler: ScanHandler,
    options: { readonly maxCaptureBytes?: number } = {},
  ) {
    this.maxCaptureBytes = options.maxCaptureBytes ?? DEFAULT_MAX_CAPTURE_BYTES;
  }

  /** Bytes consumed so far. */
  get bytesScanned(): number {
    return this.scanned;
  }

  push(chunk: Uint8Array): void {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (this.valueKind !== ValueKind.None) {
        i = this.scanValue(chunk, i, n);
        continue;
      }
      const c = chunk[i]!;
      switch (this.state) {
        case State.Root:
          if (isSpace(c)) break;
          if (c !== LBRACE) this.fail(`expected "{" at the start of the document, found ${describe(c)}`);
          this.depth = 1;
          this.state = State.KeyOrEnd;
          break;
        case State.KeyOrEnd:
          if (isSpace(c)) break;
          if (c === RBRACE) this.closeObject();
          else if (c === QUOTE) this.startKey();
          else this.fail(`expected a key or "}", found ${describe(c)}`);
          break;
        case State.Key:
          if (isSpace(c)) break;
          if (c !== QUOTE) this.fail(`expected a key after ",", found ${describe(c)}`);
          this.startKey();
          break;
        case State.InKey:
          if (this.keyEscapePending) {
            this.keyEscapePending = false;
            this.keyBytes.push(c);
          } else if (c === BACKSLASH) {
            this.keyEscaped = true;
            this.keyEscapePending = true;
            this.keyBytes.push(c);
          } else if (c === QUOTE) {
            this.path.push(this.decodeKey());
            this.state = State.Colon;
          } else this.keyBytes.push(c);
          break;
        case State.Colon:
          if (isSpace(c)) break;
          if (c !== COLON) this.fail(`expected ":" after key "${this.path[this.path.length - 1]}", found ${describe(c)}`);
          this.state = State.Value;
          break;
        case State.Value: {
          if (isSpace(c)) break;
          const action = this.handler.member(this.path);
          if (action === 'descend' && c === LBRACE) {
            this.depth++;
            this.state = State.KeyOrEnd;
            break;
          }
          this.startValue(chunk, i, action === 'capture');
          continue; // the value's first byte is scanned by scanValue
        }
        case State.CommaOrEnd:
          if (isSpace(c)) break;
          if (c === COMMA) this.state = State.Key;
          else if (c === RBRACE) this.closeObject();
          else this.fail(`expected "," or "}", found ${describe(c)}`);
          break;
        case State.Done:
          if (!isSpace(c)) this.fail(`unexpected ${describe(c)} after the end of the document`);
          break;
      }
      i++;
      this.scanned++;
    }
  }

  /** Declares the end of input; fails if the document is incomplete. */
  finish(): void {
    if (this.state !== State.Done || this.valueKind !== ValueKind.None) {
      this.fail(this.state === State.Root ? 'the document is empty' : 'the document ends in the middle of a value (truncated download?)');
    }
  }

  private fail(message: string): never {
    throw new JsonScanError(`offer file is not valid JSON at byte ${this.scanned}: ${message}`);
  }

  private startKey(): void {
    this.keyBytes = [];
    this.keyEscaped = false;
    this.state = State.InKey;
  }

  private decodeKey(): string {
    const bytes = this.keyBytes;
    let ascii = !this.keyEscaped;
    for (let k = 0; ascii && k < bytes.length; k++) if (bytes[k]! >= 0x80) ascii = false;
    if (ascii) return String.fromCharCode(...bytes);
    const text = this.decoder.decode(new Uint8Array(bytes));
    try {
      return JSON.parse(`"${text}"`) as string;
    } catch {
      this.fail(`invalid key "${text}"`);
    }
  }

  private closeObject(): void {
    this.depth--;
    if (this.depth === 0) {
      this.state = State.Done;
      return;
    }
    this.path.pop();
    this.state = State.CommaOrEnd;
  }

  private startValue(chunk: Uint8Array, i: number, capture: boolean): void {
    const c = chunk[i]!;
    this.capture = capture;
    this.captureParts = [];
    this.capturedBytes = 0;
    this.inString = false;
    this.escapePending = false;
    this.nesting = 0;
    if (c === LBRACE || c === LBRACKET) this.valueKind = ValueKind.Container;
    else if (c === QUOTE) this.valueKind = ValueKind.String;
    else if (c === RBRACE || c === RBRACKET || c === COMMA || c === COLON) this.fail(`expected a value, found ${describe(c)}`);
    else this.valueKind = ValueKind.Scalar;
    this.valueStart = i;
  }

  /** Where the current value starts in the current chunk (0 once it has crossed a chunk boundary). */
  private valueStart = 0;

  /**
   * Scans the current value from chunk[i]; returns where scanning stopped: the index just after
   * the value when it completed, or n when the chunk ran out first (state is kept for the next).
   */
  private scanValue(chunk: Uint8Array, i: number, n: number): number {
    const from = i;
    let end = -1;
    if (this.valueKind === ValueKind.Scalar) {
      while (i < n) {
        const c = chunk[i]!;
        if (c === COMMA || c === RBRACE || c === RBRACKET || isSpace(c)) break;
        i++;
      }
      if (i < n) end = i;
    } else {
      let depth = this.nesting;
      let inString = this.inString;
      if (this.valueKind === ValueKind.String && depth === 0 && !inString) {
        // The opening quote of a string value.
        i++;
        inString = true;
        depth = 1;
      }
      if (this.escapePending && i < n) {
        i++;
        this.escapePending = false;
      }
      scan: while (i < n) {
        if (inString) {
          // The hot loop: most bytes of an offer file are inside strings.
          for (;;) {
            if (i >= n) break scan;
            const d = chunk[i++]!;
            if (d === QUOTE) break;
            if (d === BACKSLASH) {
              if (i >= n) {
                this.escapePending = true;
                break scan;
              }
              i++;
            }
          }
          inString = false;
          if (this.valueKind === ValueKind.String) {
            depth = 0;
            end = i;
            break;
          }
          continue;
        }
        const c = chunk[i++]!;
        if (c === QUOTE) inString = true;
        else if (c === LBRACE || c === LBRACKET) depth++;
        else if (c === RBRACE || c === RBRACKET) {
          if (--depth === 0) {
            end = i;
            break;
          }
        }
      }
      this.nesting = depth;
      this.inString = inString;
    }

    if (end < 0) {
      this.scanned += n - from;
      if (this.capture) this.keepPart(chunk, this.valueStart, n);
      this.valueStart = 0;
      return n;
    }
    this.scanned += end - from;
    if (this.capture) this.deliver(chunk, end);
    this.valueKind = ValueKind.None;
    this.path.pop();
    this.state = State.CommaOrEnd;
    return end;
  }

  private keepPart(chunk: Uint8Array, start: number, end: number): void {
    this.capturedBytes += end - start;
    if (this.capturedBytes > this.maxCaptureBytes) {
      this.fail(`one record at ${this.path.join('.')} is larger than ${this.maxCaptureBytes} bytes`);
    }
    // Copied (a Node Buffer's slice() is a view): the stream may reuse the chunk after push() returns.
    this.captureParts.push(new Uint8Array(chunk.subarray(start, end)));
  }

  private deliver(chunk: Uint8Array, end: number): void {
    if (this.captureParts.length === 0) {
      this.handler.captured(this.path, chunk, this.valueStart, end);
      return;
    }
    const total = this.capturedBytes + end;
    if (total > this.maxCaptureBytes) this.fail(`one record at ${this.path.join('.')} is larger than ${this.maxCaptureBytes} bytes`);
    const joined = new Uint8Array(total);
    let offset = 0;
    for (const part of this.captureParts) {
      joined.set(part, offset);
      offset += part.length;
    }
    joined.set(chunk.subarray(0, end), offset);
    this.captureParts = [];
    this.handler.captured(this.path, joined, 0, total);
  }
}

function describe(c: number): string {
  return c >= 0x20 && c < 0x7f ? `"${String.fromCharCode(c)}"` : `byte 0x${c.toString(16).padStart(2, '0')}`;
}
