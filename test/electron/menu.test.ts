import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, type MenuCommand } from '../../src/contract/host-api';
import { menuTemplate, type MenuOptions } from '../../electron/menu';
import { checkExternalUrl } from '../../src/host/external-links';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  const template = menuTemplate({ platform: 'linux', appName: 'TCO Studio', isPackaged: true, send: (c) => sent.push(c), openExternal: (u) => opened.push(u), ...overrides });
  return { template, all: items(template), sent, opened };
}

describe('native menus', () => {
  it.each([
    ['new', 'CmdOrCtrl+N'],
    ['open', 'CmdOrCtrl+O'],
    ['save', 'CmdOrCtrl+S'],
    ['save-as', 'CmdOrCtrl+Shift+S'],
    ['export-pdf', 'CmdOrCtrl+P'],
    ['export-csv', 'CmdOrCtrl+Shift+E'],
    ['export-xlsx', 'CmdOrCtrl+Shift+X'],
    ['undo', 'CmdOrCtrl+Z'],
    ['redo', 'CmdOrCtrl+Shift+Z'],
    ['refresh-prices', 'CmdOrCtrl+Shift+R'],
  ] as const)('%s has %s and sends its command to the renderer', (command, accelerator) => {
    const { all, sent } = build();
    const item = all.find((i) => i.id === command)!;
    expect(item.accelerator).toBe(accelerator);
    (item.click as () => void)();
    expect(sent).toEqual([command]);
  });

  it('every app item is a contract command; accelerators are unique', () => {
    const { all } = build();
    const ids = all.filter((i) => i.id).map((i) => i.id!);
    for (const id of ids) expect(MENU_COMMANDS).toContain(id);
    const accelerators = all.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('Windows redo is Ctrl+Y; macOS gets the app menu first and no Quit in File', () => {
    expect(build({ platform: 'win32' }).all.find((i) => i.id === 'redo')!.accelerator).toBe('Ctrl+Y');
    const mac = build({ platform: 'darwin' });
    expect(mac.template[0]).toMatchObject({ role: 'appMenu' });
    expect(mac.template.find((m) => m.label === '&File')!.submenu).not.toContainEqual({ role: 'quit' });
    expect(build().template.find((m) => m.label === '&File')!.submenu).toContainEqual({ role: 'quit' });
  });

  it('has the standard Edit, View, Window and Help menus; DevTools only in development', () => {
    const packaged = build();
    expect(packaged.all.map((i) => i.role).filter(Boolean)).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'windowMenu', 'help']),
    );
    expect(packaged.all.some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
    expect(build({ isPackaged: false }).all.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('help links go through the allow-listed opener', () => {
    const { template, opened } = build();
    const help = template.find((m) => m.role === 'help')!.submenu as MenuItemConstructorOptions[];
    for (const item of help) (item.click as () => void)();
    expect(opened.length).toBe(help.length);
    for (const url of opened) expect(checkExternalUrl(url)).toBe(url);
  });
});
