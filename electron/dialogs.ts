import { dialog, type BrowserWindow } from 'electron';
import type { HostDialogs, SaveKind } from '../src/host/host-options';

const FILTERS: Readonly<Record<SaveKind, Electron.FileFilter[]>> = {
  // Dialog filters match the last extension only, so ".tco.json" files are found by "json".
  scenario: [{ name: 'TCO Studio scenario', extensions: ['json'] }],
  pdf: [{ name: 'PDF report', extensions: ['pdf'] }],
  html: [{ name: 'HTML report', extensions: ['html'] }],
  csv: [{ name: 'CSV (cost lines)', extensions: ['csv'] }],
  json: [{ name: 'JSON (estimate)', extensions: ['json'] }],
  xlsx: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
};

/** Native open and save dialogs, attached to the app window so they are modal to it. */
export function nativeDialogs(window: () => BrowserWindow | undefined): HostDialogs {
  return {
    async chooseScenarioToOpen() {
      const options: Electron.OpenDialogOptions = { title: 'Open scenario', properties: ['openFile'], filters: [...FILTERS.scenario, { name: 'All files', extensions: ['*'] }] };
      const win = window();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(kind, defaultName) {
      const options: Electron.SaveDialogOptions = {
        title: kind === 'scenario' ? 'Save scenario' : `Export ${kind.toUpperCase()}`,
        defaultPath: defaultName,
        filters: FILTERS[kind],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = window();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

export type CloseChoice = 'save' | 'discard' | 'cancel';

/** Save / Don't Save / Cancel before closing unsaved work. */
export async function confirmClose(window: BrowserWindow, title: string): Promise<CloseChoice> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    message: `Save the changes to “${title}” before closing?`,
    detail: 'Your changes are lost if you don’t save them.',
    buttons: ['Save', 'Don’t Save', 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}
