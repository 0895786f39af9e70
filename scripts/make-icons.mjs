#!/usr/bin/env node
/**
 * Draws the app icon from one description and writes it twice: as SVG (build/icon.svg, the
 * source to edit) and as PNG at 512×512 and 256×256 (build/icon.png, build/icons/NxN.png), which
 * electron-builder turns into .ico and .icns. Uses only Node: a small rasterizer (16 samples per
 * pixel for anti-aliasing) and a PNG encoder over node:zlib, so icons can be regenerated on any
 * machine without image tools. The picture: three cost bars rising, crossed by a break-even line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = 512;

/** The icon in a 512-unit square, back to front. */
const SHAPES = [
  { kind: 'roundRect', x: 32, y: 32, w: 448, h: 448, r: 96, fill: { top: '#2563EB', bottom: '#1E3A8A' } },
  { kind: 'roundRect', x: 112, y: 292, w: 72, h: 112, r: 10, fill: '#93C5FD' },
  { kind: 'roundRect', x: 220, y: 228, w: 72, h: 176, r: 10, fill: '#BFDBFE' },
  { kind: 'roundRect', x: 328, y: 148, w: 72, h: 256, r: 10, fill: '#FFFFFF' },
  { kind: 'roundRect', x: 96, y: 396, w: 320, h: 16, r: 8, fill: '#FFFFFF' },
  { kind: 'line', x1: 104, y1: 176, x2: 420, y2: 330, width: 22, stroke: '#F59E0B' },
  { kind: 'circle', cx: 272, cy: 258, r: 24, fill: '#F59E0B' },
  { kind: 'circle', cx: 272, cy: 258, r: 11, fill: '#FFFFFF' },
];

// ---- SVG --------------------------------------------------------------------------------------

function svg() {
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">`,
    '  <title>TCO Studio</title>',
    '  <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2563EB"/><stop offset="1" stop-color="#1E3A8A"/></linearGradient></defs>',
  ];
  for (const s of SHAPES) {
    if (s.kind === 'roundRect') {
      const fill = typeof s.fill === 'string' ? s.fill : 'url(#bg)';
      parts.push(`  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${fill}"/>`);
    } else if (s.kind === 'line') {
      parts.push(`  <line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${s.stroke}" stroke-width="${s.width}" stroke-linecap="round"/>`);
    } else {
      parts.push(`  <circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.fill}"/>`);
    }
  }
  parts.push('</svg>', '');
  return parts.join('\n');
}

// ---- rasterizer --------------------------------------------------------------------------------

const hex = (c) => [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)];

function insideRoundRect(s, x, y) {
  if (x < s.x || x > s.x + s.w || y < s.y || y > s.y + s.h) return false;
  const cx = Math.min(Math.max(x, s.x + s.r), s.x + s.w - s.r);
  const cy = Math.min(Math.max(y, s.y + s.r), s.y + s.h - s.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= s.r ** 2;
}

function insideLine(s, x, y) {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const t = Math.max(0, Math.min(1, ((x - s.x1) * dx + (y - s.y1) * dy) / (dx * dx + dy * dy)));
  return (x - s.x1 - t * dx) ** 2 + (y - s.y1 - t * dy) ** 2 <= (s.width / 2) ** 2;
}

/** The colour at a point of the 512 square, or null for transparent. */
function colourAt(x, y) {
  let colour = null;
  for (const s of SHAPES) {
    const hit = s.kind === 'roundRect' ? insideRoundRect(s, x, y) : s.kind === 'line' ? insideLine(s, x, y) : (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2;
    if (!hit) continue;
    const fill = s.kind === 'line' ? s.stroke : s.fill;
    if (typeof fill === 'string') colour = hex(fill);
    else {
      const t = (y - s.y) / s.h;
      const [a, b] = [hex(fill.top), hex(fill.bottom)];
      colour = a.map((v, i) => v + (b[i] - v) * t);
    }
  }
  return colour;
}

/** RGBA pixels at `size`, 4×4 samples per pixel, colour averaged over the covered samples. */
function rasterize(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = SIZE / size;
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) * scale, (py + (sy + 0.5) / n) * scale);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const o = (py * size + px) * 4;
      if (covered === 0) continue;
      pixels[o] = Math.round(r / covered);
      pixels[o + 1] = Math.round(g / covered);
      pixels[o + 2] = Math.round(b / covered);
      pixels[o + 3] = Math.round((255 * covered) / (n * n));
    }
  }
  return pixels;
}

// ---- PNG (ISO/IEC 15948: signature, IHDR, IDAT, IEND; CRC-32 over type + data) ----------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4); // filter 0 per row
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const build = join(ROOT, 'build');
  mkdirSync(join(build, 'icons'), { recursive: true });
  writeFileSync(join(build, 'icon.svg'), svg());
  const big = encodePng(512, 512, rasterize(512));
  writeFileSync(join(build, 'icon.png'), big);
  writeFileSync(join(build, 'icons', '512x512.png'), big);
  writeFileSync(join(build, 'icons', '256x256.png'), encodePng(256, 256, rasterize(256)));
  console.log('wrote build/icon.svg, build/icon.png, build/icons/512x512.png, build/icons/256x256.png');
}
