import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findSnapshotDir } from '../../src/aws/snapshot/snapshot-dir';
import { PROJECT_ROOT } from '../support/paths';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');

/** Width, height and a full decode check of a PNG: signature, chunk CRCs implicitly by zlib, IDAT size. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(join(PROJECT_ROOT, path));
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect([bytes[24], bytes[25]]).toEqual([8, 6]); // 8-bit RGBA
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  expect(inflateSync(Buffer.concat(idat)).length).toBe(height * (width * 4 + 1));
  return { width, height };
}

describe('packaging configuration (build/)', () => {
  const config = read('build/electron-builder.yml');

  it('ships only the bundles, the built renderer, the examples and package.json', () => {
    for (const entry of ['dist-electron/**', 'dist/renderer/**', 'examples/**', 'package.json']) expect(config).toContain(`  - ${entry}\n`);
    expect(config).toContain('productName: TCO Studio');
    expect(config).toMatch(/^appId: \S+$/m);
  });

  it('ships the offline price snapshot as data beside the app (extraResources), where the app looks for it', () => {
    expect(config).toMatch(/extraResources:\n {2}- from: src\/pricing\/snapshot\n {4}to: price-snapshot\n {4}filter:\n {6}- index\.json\n {6}- "\*\.json\.br"\n/);
    expect(findSnapshotDir({ env: {}, resourcesPath: '/nowhere', moduleDir: undefined, cwd: PROJECT_ROOT })).toBe(join(PROJECT_ROOT, 'src', 'pricing', 'snapshot'));
    const resources = tempResources();
    expect(findSnapshotDir({ env: {}, resourcesPath: resources, moduleDir: undefined, cwd: PROJECT_ROOT })).toBe(join(resources, 'price-snapshot'));
  });

  it('targets NSIS, DMG, AppImage and deb, and associates .tco.json files', () => {
    for (const target of ['target: nsis', 'target: dmg', '- AppImage', '- deb']) expect(config).toContain(target);
    expect(config).toMatch(/fileAssociations:\n {2}- ext: tco\.json\n/);
    expect(config).toContain('entitlements: build/entitlements.mac.plist');
    expect(read('build/entitlements.mac.plist')).toContain('<key>com.apple.security.cs.allow-jit</key>');
  });

  it('has the icons: an SVG source and PNGs at 512 and 256', () => {
    expect(read('build/icon.svg')).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
    expect(pngSize('build/icon.png')).toEqual({ width: 512, height: 512 });
    expect(pngSize('build/icons/512x512.png')).toEqual({ width: 512, height: 512 });
    expect(pngSize('build/icons/256x256.png')).toEqual({ width: 256, height: 256 });
  });

  it('package.json: Electron main is the bundle; renderer libraries are devDependencies (bundled by Vite, not shipped twice)', () => {
    const pkg = JSON.parse(read('package.json')) as { main: string; scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.main).toBe('dist-electron/main.cjs');
    for (const lib of ['react', 'react-dom', 'recharts', 'electron']) {
      expect(pkg.dependencies).not.toHaveProperty(lib);
      expect(pkg.devDependencies).toHaveProperty(lib);
    }
    for (const script of ['start', 'web', 'build:electron', 'dist']) expect(pkg.scripts).toHaveProperty(script);
    expect(pkg.scripts.dist).toContain('--config build/electron-builder.yml');
  });
});

describe('npm start without an Electron binary', () => {
  it('finds no binary when Electron points at a missing folder, without trying to download', () => {
    const probe = spawnSync(process.execPath, ['--input-type=module', '-e', "import('./scripts/start.mjs').then((m) => process.stdout.write(JSON.stringify(m.findElectronBinary())))"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron-dist' },
      encoding: 'utf8',
    });
    expect(JSON.parse(probe.stdout)).toEqual({ reason: expect.stringMatching(/^it is missing \(\/nonexistent-electron-dist\//) });
    expect(existsSync('/nonexistent-electron-dist')).toBe(false);
  });
});

/** A packaged app's resources folder holding the snapshot as electron-builder places it. */
function tempResources(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tco-resources-'));
  cpSync(join(PROJECT_ROOT, 'src', 'pricing', 'snapshot'), join(dir, 'price-snapshot'), { recursive: true });
  return dir;
}
