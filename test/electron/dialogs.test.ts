import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { confirmClose, nativeDialogs } from '../../electron/dialogs';
import { BrowserWindow, dialog, resetElectronStub } from '../support/electron-stub';

beforeEach(resetElectronStub);

describe('native dialogs', () => {
  it('open: the chosen file, or null when cancelled; scenario files filtered by .json', async () => {
    const win = new BrowserWindow() as unknown as ElectronWindow;
    const dialogs = nativeDialogs(() => win);
    dialog.openAnswers.push({ canceled: false, filePaths: ['/home/me/a.tco.json'] });
    expect(await dialogs.chooseScenarioToOpen()).toBe('/home/me/a.tco.json');
    expect(await dialogs.chooseScenarioToOpen()).toBeNull();
    expect(dialog.calls[0]!.options).toMatchObject({ properties: ['openFile'], filters: [{ name: 'TCO Studio scenario', extensions: ['json'] }, { extensions: ['*'] }] });
  });

  it('save: suggests the name, filters by format, asks before overwriting', async () => {
    const dialogs = nativeDialogs(() => undefined);
    dialog.saveAnswers.push({ canceled: false, filePath: '/home/me/r.pdf' }, { canceled: false, filePath: '' });
    expect(await dialogs.chooseSavePath('pdf', 'Orders.pdf')).toBe('/home/me/r.pdf');
    expect(await dialogs.chooseSavePath('csv', 'Orders.csv')).toBeNull();
    expect(dialog.calls[0]!.options).toMatchObject({ title: 'Export PDF', defaultPath: 'Orders.pdf', filters: [{ extensions: ['pdf'] }], properties: ['createDirectory', 'showOverwriteConfirmation'] });
  });

  it.each([
    [0, 'save'],
    [1, 'discard'],
    [2, 'cancel'],
  ] as const)('confirm close: button %i is %s; Cancel is the escape answer', async (response, choice) => {
    dialog.messageBoxAnswers.push({ response });
    expect(await confirmClose(new BrowserWindow() as unknown as ElectronWindow, 'Orders')).toBe(choice);
    expect(dialog.calls[0]!.options).toMatchObject({ buttons: ['Save', 'Don’t Save', 'Cancel'], defaultId: 0, cancelId: 2, message: 'Save the changes to “Orders” before closing?' });
  });
});
