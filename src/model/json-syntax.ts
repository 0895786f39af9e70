/**
 * Where and why a text is not JSON, in our own words. JSON.parse's messages differ between engines,
 * leave out the position for some faults (end of input, a bad token) and quote the file's own bytes,
 * newlines and escape sequences included. This scanner finds the first fault itself, so every
 * message has a line and a column and quotes nothing raw.
 */
export interface JsonSyntaxProblem {
  /** What is wrong, safe to print anywhere (no control characters, snippets quoted and capped). */
  readonly detail: string;
  /** 1-based; a line ends at "\n". */
  readonly line: number;
  /** 1-based, in characters (a surrogate pair is one). */
  readonly column: number;
}

/** The longest piece of the file a message quotes. */
const SNIPPET_CHARS = 16;
/** JSON's whitespace: space, tab, line feed, carriage return. */
const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** A character (or a few) quoted for a message: printable ASCII as is, anything else as \uXXXX. */
export function quoteSnippet(text: string): string {
  const cut = [...text].slice(0, SNIPPET_CHARS);
  let out = '';
  for (const ch of cut) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else if (code === 0x0a) out += '\\n';
    else if (code === 0x0d) out += '\\r';
    else if (code === 0x09) out += '\\t';
    else if (code > 0xffff) out += ch.length === 2 ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}\\u${ch.charCodeAt(1).toString(16).padStart(4, '0')}` : '';
    else out += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return `"${out}${[...text].length > SNIPPET_CHARS ? '…' : ''}"`;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      column = 1;
    } else if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) column++;
  }
  return { line, column };
}

class Fault {
  constructor(
    readonly offset: number,
    readonly detail: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS = /[A-Za-z_$][\w$]*/y;

/**
 * The first syntax fault of a text, or undefined when it is JSON. A leading byte-order mark is not
 * part of the text here (callers strip it, as parseScenarioJson does).
 */
export function jsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const fault = findFault(text);
  if (fault === undefined) return undefined;
  return { detail: fault.detail, ...lineColumn(text, fault.offset) };
}

/** Formats a problem as "<detail> at line L, column C". */
export function describeJsonSyntaxProblem(p: JsonSyntaxProblem): string {
  return `${p.detail} at line ${p.line}, column ${p.column}`;
}

function findFault(text: string): Fault | undefined {
  let i = 0;
  const n = text.length;
  const skip = () => {
    while (i < n && isWhitespace(text.charCodeAt(i))) i++;
  };
  const unexpected = (what: string): Fault => {
    if (i >= n) return new Fault(i, `the text ends where ${what} should follow (is the file cut short?)`);
    const word = (WORDS.lastIndex = i, WORDS.exec(text))?.[0];
    if (word === 'NaN' || word === 'Infinity') return new Fault(i, `${word} is not allowed in JSON; write a number`);
    if (word !== undefined && word !== 'true' && word !== 'false' && word !== 'null') {
      return new Fault(i, `unexpected word ${quoteSnippet(word)} where ${what} should be (text must be in double quotes)`);
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (ch === "'") return new Fault(i, `a single quote where ${what} should be (JSON uses double quotes)`);
    return new Fault(i, `unexpected ${quoteSnippet(ch)} where ${what} should be`);
  };

  const readString = (): Fault | undefined => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) {
        return new Fault(i, c === 0x0a ? 'a line break inside a string (close the string, or write \\n)' : `the control character ${quoteSnippet(text[i]!)} inside a string (write it as an escape)`);
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) break;
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return new Fault(i, `a bad escape ${quoteSnippet(text.slice(i, i + 6))} (\\u needs four hex digits)`);
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) return new Fault(i, `a bad escape ${quoteSnippet(text.slice(i, i + 2))} inside a string`);
        i += 2;
        continue;
      }
      i++;
    }
    return new Fault(start, 'a string that is never closed (a missing ")');
  };

  const readScalar = (what: string): Fault | undefined => {
    const c = text[i];
    if (c === '"') return readString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) return new Fault(i, `a number that is not written as JSON allows (${quoteSnippet(text.slice(i, i + 8))})`);
      const next = text[i + m[0].length];
      if (next !== undefined && /[\w.+-]/.test(next)) return new Fault(i, `a number that is not written as JSON allows (${quoteSnippet(text.slice(i, i + m[0].length + 4))})`);
      i += m[0].length;
      return undefined;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    return unexpected(what);
  };

  // An explicit stack of open containers, so deep nesting cannot overflow the call stack.
  const stack: ('{' | '[')[] = [];
  skip();
  if (n === 0 || i >= n) return new Fault(i, n === 0 ? 'the file is empty' : 'the file holds only whitespace');
  let expectValue = true;
  for (;;) {
    skip();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          expectValue = false;
          if (stack.length === 0) break;
          continue;
        }
        if (c === '{') {
          if (text[i] !== '"') return text[i] === undefined ? unexpected('a "key"') : unexpected('a "key" or }');
          const f = readString();
          if (f) return f;
          skip();
          if (text[i] !== ':') return unexpected('a colon');
          i++;
        }
        continue;
      }
      if (c === '}' || c === ']') {
        return new Fault(i, stack.length > 0 && text.slice(0, i).trimEnd().endsWith(',') ? `a comma before ${c} (remove the trailing comma)` : `unexpected ${quoteSnippet(c)} where a value should be`);
      }
      const f = readScalar('a value');
      if (f) return f;
      expectValue = false;
      if (stack.length === 0) break;
      continue;
    }
    const top = stack[stack.length - 1]!;
    const close = top === '{' ? '}' : ']';
    if (text[i] === ',') {
      i++;
      skip();
      if (text[i] === ',') return new Fault(i, 'two commas in a row');
      if (top === '{') {
        if (text[i] === '}') return new Fault(i, 'a comma before } (remove the trailing comma)');
        if (text[i] !== '"') return unexpected('a "key"');
        const f = readString();
        if (f) return f;
        skip();
        if (text[i] !== ':') return unexpected('a colon');
        i++;
      }
      expectValue = true;
      continue;
    }
    if (text[i] === close) {
      i++;
      stack.pop();
      if (stack.length === 0) break;
      continue;
    }
    return unexpected(`a comma or ${close}`);
  }
  skip();
  if (i < n) return new Fault(i, `more text after the end of the JSON value (${quoteSnippet(text.slice(i))})`);
  return undefined;
}
