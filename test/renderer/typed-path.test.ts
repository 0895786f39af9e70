import { describe, expect, it } from 'vitest';
import { fileNameOf, resolveTypedPath } from '../../renderer/state/typed-path';

describe('a path typed into the web host prompt', () => {
  const linux = { documentsDir: '/home/me/Documents/TCO Studio', platform: 'linux' };
  const windows = { documentsDir: 'C:\\Users\\me\\Documents\\TCO Studio', platform: 'win32' };

  it.each([
    [linux, 'orders.tco.json', undefined, '/home/me/Documents/TCO Studio/orders.tco.json'],
    [linux, '  orders  ', '.tco.json', '/home/me/Documents/TCO Studio/orders.tco.json'],
    [linux, 'Orders.TCO.JSON', '.tco.json', '/home/me/Documents/TCO Studio/Orders.TCO.JSON'],
    [linux, 'team/orders.tco.json', '.tco.json', '/home/me/Documents/TCO Studio/team/orders.tco.json'],
    [linux, '/tmp/orders.tco.json', '.tco.json', '/tmp/orders.tco.json'],
    [windows, 'orders', '.tco.json', 'C:\\Users\\me\\Documents\\TCO Studio\\orders.tco.json'],
    [windows, 'D:\\work\\orders.tco.json', '.tco.json', 'D:\\work\\orders.tco.json'],
    [{ platform: 'linux' }, 'orders', '.tco.json', 'orders.tco.json'],
  ])('%j + %j → the file it names', (info, typed, extension, expected) => {
    expect(resolveTypedPath(info, typed, extension)).toBe(expected);
  });

  it('suggests a file name a file system takes: no separators or reserved characters', () => {
    expect(fileNameOf('Orders (OLTP, 16 vCPU / 128 GiB)')).toBe('Orders (OLTP, 16 vCPU 128 GiB)');
    expect(fileNameOf('a:b*c?.tco.json')).toBe('a b c');
    expect(fileNameOf('...')).toBe('scenario');
  });
});
