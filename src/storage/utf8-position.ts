/**
 * Where a byte sequence stops being UTF-8, as a line and column (1-based, columns in characters),
 * so "not UTF-8" can point at the byte as a JSON syntax error points at a character. Follows the
 * well-formed sequences of the Unicode standard (table 3-7), as TextDecoder's fatal mode does.
 */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } | undefined {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length = 0;
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    }
    if (length === 0) return { line, column, byte: b };
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (c === undefined || c < min || c > max) return { line, column, byte: b };
    }
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if (!(i === 0 && b === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) column++;
    i += length;
  }
  return undefined;
}
