import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fileURLToPath } from 'node:url';
import { API_CALLS, type Result } from '../src/contract/host-api';
import type { Dispatch } from '../src/host/dispatcher';
import { comparablePath } from '../src/host/path-grants';

/** The parts of a sender frame the check reads (Electron's WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Only our own page may call the host: the top frame of a window showing the built renderer's
 * index.html from disk (any #route or ?query). Anything else — a subframe, a page navigated
 * elsewhere, a devtools or remote URL — is refused (GitHub Desktop's trusted-ipc-sender, Electron
 * security checklist item 17, "Validate the sender of all IPC messages").
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, rendererIndexPath: string): boolean {
  if (!frame || frame.parent) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return false;
  try {
    return comparablePath(fileURLToPath(url)) === comparablePath(rendererIndexPath);
  } catch {
    return false;
  }
}

/**
 * One `ipcMain.handle` per call of the contract — never a generic channel. Each handler checks
 * the sender, takes at most one argument and hands it to the dispatcher, which validates it
 * against the call's schema and always answers with a Result.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, rendererIndexPath: string): void {
  for (const call of API_CALLS) {
    ipcMain.handle(call, async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame, rendererIndexPath)) return { ok: false, reason: `${call}: refused: the request did not come from the TCO Studio window` };
      if (args.length > 1) return { ok: false, reason: `${call}: takes at most one argument` };
      return dispatch(call, args[0]);
    });
  }
}
