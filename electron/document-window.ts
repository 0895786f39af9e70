import type { BrowserWindow } from 'electron';
import type { MenuCommand } from '../src/contract/host-api';
import type { CloseChoice } from './dialogs';
import { createSecureWindow, hardenWebContents } from './security';
import type { Rectangle, WindowStateStore } from './window-state';

export interface DocumentWindowOptions {
  readonly preload: string;
  readonly rendererIndex: string;
  readonly windowState: WindowStateStore;
  readonly workAreas: () => Rectangle[];
  readonly platform: NodeJS.Platform;
  readonly confirmClose: (window: BrowserWindow, title: string) => Promise<CloseChoice>;
  readonly sendMenuCommand: (command: MenuCommand) => void;
  readonly openExternal: (url: string) => void;
  /** The user chose "Don't Save": the unsaved draft is thrown away, so recovery must not offer it. */
  readonly onDiscard: () => void;
  /** The window really closed (after any confirmation). */
  readonly onClosed: () => void;
}

export const APP_TITLE = 'TCO Studio';

/** "• Orders database — TCO Studio": the dot marks unsaved changes (macOS also shows it in the close button). */
export function windowTitle(title: string, dirty: boolean): string {
  return `${dirty ? '• ' : ''}${title || 'Untitled'} — ${APP_TITLE}`;
}

/**
 * The app's one window: the built renderer from disk, hardened, at its remembered size and
 * position, titled after the open document. Closing with unsaved changes asks Save / Don't Save /
 * Cancel; "Save" asks the renderer to save ('save-and-close') and the window closes once the
 * renderer reports the document clean.
 */
export class DocumentWindow {
  readonly window: BrowserWindow;
  private title = 'Untitled';
  private dirty = false;
  private closeAfterSave = false;
  private closeConfirmed = false;
  private confirming = false;

  constructor(private readonly options: DocumentWindowOptions) {
    const { bounds, maximized } = options.windowState.restore(options.workAreas());
    this.window = createSecureWindow({ ...bounds, minWidth: 900, minHeight: 600, show: false, title: windowTitle(this.title, false) }, options.preload);
    hardenWebContents(this.window.webContents, options.openExternal);
    if (maximized) this.window.maximize();
    this.window.once('ready-to-show', () => this.window.show());
    this.window.on('close', (event) => this.onClose(event));
    this.window.on('closed', () => options.onClosed());
    void this.window.loadFile(options.rendererIndex);
  }

  send(channel: string, payload: unknown): void {
    if (!this.window.isDestroyed() && !this.window.webContents.isDestroyed()) this.window.webContents.send(channel, payload);
  }

  setDocumentState(state: { readonly title: string; readonly dirty: boolean }): void {
    this.title = state.title;
    this.dirty = state.dirty;
    if (this.window.isDestroyed()) return;
    this.window.setTitle(windowTitle(state.title, state.dirty));
    if (this.options.platform === 'darwin') this.window.setDocumentEdited(state.dirty);
    if (this.closeAfterSave) {
      // The renderer's answer to 'save-and-close': clean means saved, so close; dirty means the save was cancelled or failed.
      this.closeAfterSave = false;
      if (!state.dirty) this.close();
    }
  }

  /**
   * A save finished (seen at the IPC edge). A save that was cancelled or failed ends a pending
   * "Save, then close": the window stays, and a later save must not close it by surprise.
   */
  saveFinished(saved: boolean): void {
    if (!saved) this.closeAfterSave = false;
  }

  /** Closes without asking again. */
  close(): void {
    this.closeConfirmed = true;
    if (!this.window.isDestroyed()) this.window.close();
  }

  private onClose(event: Electron.Event): void {
    if (this.closeConfirmed || !this.dirty) {
      this.rememberBounds();
      return;
    }
    event.preventDefault();
    if (this.confirming) return;
    this.confirming = true;
    void this.options.confirmClose(this.window, this.title).then((choice) => {
      this.confirming = false;
      if (choice === 'save') {
        this.closeAfterSave = true;
        this.options.sendMenuCommand('save-and-close');
      } else if (choice === 'discard') {
        this.options.onDiscard();
        this.close();
      }
    });
  }

  private rememberBounds(): void {
    if (this.window.isDestroyed()) return;
    try {
      this.options.windowState.save({ bounds: this.window.getNormalBounds(), maximized: this.window.isMaximized() });
    } catch {
      // Window bounds are a convenience; failing to store them must never block closing.
    }
  }
}
