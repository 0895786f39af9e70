import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src/contract/host-api';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** DevTools and reload only in development: a packaged app has no way into the page. */
  readonly isPackaged: boolean;
  readonly send: (command: MenuCommand) => void;
  readonly openExternal: (url: string) => void;
}

/** The app's own items: each sends its command to the renderer, which owns the document. */
function command(id: MenuCommand, label: string, accelerator: string | undefined, send: (c: MenuCommand) => void): MenuItemConstructorOptions {
  return { id, label, ...(accelerator ? { accelerator } : {}), click: () => send(id) };
}

/**
 * The native menus with keyboard shortcuts. New, Open, Save, Save As, Export, Undo, Redo and
 * Refresh prices are app commands sent to the renderer (undo/redo act on the scenario editor's
 * history, not on a text field); the rest are Electron's standard roles. macOS gets the app
 * menu first, as its Human Interface Guidelines require.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { send } = options;
  const mac = options.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('new', 'New Scenario', 'CmdOrCtrl+N', send),
      command('open', 'Open…', 'CmdOrCtrl+O', send),
      { type: 'separator' },
      command('save', 'Save', 'CmdOrCtrl+S', send),
      command('save-as', 'Save As…', 'CmdOrCtrl+Shift+S', send),
      { type: 'separator' },
      command('export-pdf', 'Export PDF Report…', 'CmdOrCtrl+P', send),
      command('export-csv', 'Export Cost Lines (CSV)…', 'CmdOrCtrl+Shift+E', send),
      command('export-xlsx', 'Export Workbook (XLSX)…', 'CmdOrCtrl+Shift+X', send),
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('undo', 'Undo', 'CmdOrCtrl+Z', send),
      command('redo', 'Redo', options.platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z', send),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const prices: MenuItemConstructorOptions = {
    label: '&Prices',
    submenu: [command('refresh-prices', 'Refresh Prices from AWS…', 'CmdOrCtrl+Shift+R', send)],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(options.isPackaged ? [] : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'AWS Pricing', click: () => options.openExternal('https://aws.amazon.com/pricing/') },
      { label: 'AWS Price List API', click: () => options.openExternal('https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-ppslong.html') },
      { label: 'AWS Cost Explorer API Pricing', click: () => options.openExternal('https://aws.amazon.com/aws-cost-management/aws-cost-explorer/pricing/') },
    ],
  };
  const appMenu: MenuItemConstructorOptions[] = mac ? [{ label: options.appName, role: 'appMenu' }] : [];
  return [...appMenu, file, edit, prices, view, window, help];
}
