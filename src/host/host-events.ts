import type { MenuCommand, MenuCommandDetail, RefreshProgress } from '../contract/host-api';

/** What the host pushes to the renderer, by channel (the names of API_EVENTS). */
export interface HostEventMap {
  readonly 'refresh-progress': RefreshProgress;
  readonly 'menu-command': { readonly command: MenuCommand; readonly detail?: MenuCommandDetail | undefined };
}

export type HostEventName = keyof HostEventMap;
type Listener<E extends HostEventName> = (payload: HostEventMap[E]) => void;

/**
 * A tiny typed event hub between the host and whatever carries events to the renderer (Electron's
 * webContents.send, the web host's Server-Sent Events). A throwing listener is isolated so one
 * broken transport cannot stop a price refresh.
 */
export class HostEvents {
  private readonly listeners: { [E in HostEventName]: Set<Listener<E>> } = { 'refresh-progress': new Set(), 'menu-command': new Set() };

  on<E extends HostEventName>(event: E, listener: Listener<E>): () => void {
    const set = this.listeners[event] as Set<Listener<E>>;
    set.add(listener);
    return () => set.delete(listener);
  }

  emit<E extends HostEventName>(event: E, payload: HostEventMap[E]): void {
    for (const listener of [...(this.listeners[event] as Set<Listener<E>>)]) {
      try {
        listener(payload);
      } catch {
        // A transport that fails (a closed window, a dropped connection) must not break the sender.
      }
    }
  }
}
