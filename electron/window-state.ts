import { join } from 'node:path';
import * as z from 'zod';
import { JsonStore } from '../src/host/json-store';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const stateSchema = z.object({
  format: z.literal('tco-studio-window/1'),
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().min(200), height: z.number().int().min(200) }),
  maximized: z.boolean(),
});

export type WindowState = Omit<z.infer<typeof stateSchema>, 'format'>;

export const DEFAULT_SIZE = { width: 1280, height: 840 } as const;
/** At least this much of the window's title bar must be on a screen for the saved position to be used. */
const VISIBLE_MIN = 100;

function visibleOn(bounds: Rectangle, area: Rectangle): boolean {
  const overlapX = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const titleBarInside = bounds.y >= area.y && bounds.y < area.y + area.height - 40;
  return overlapX >= VISIBLE_MIN && titleBarInside;
}

/**
 * The main window's size and position (`<user data>/window-state.json`), restored at launch. A
 * saved position that is no longer on any screen (a monitor was unplugged) is dropped, keeping
 * only the size, clipped to the primary screen, so the window never opens out of sight.
 */
export class WindowStateStore {
  private readonly store: JsonStore<z.infer<typeof stateSchema>>;

  constructor(userDataDir: string, onProblem?: (message: string) => void) {
    this.store = new JsonStore(join(userDataDir, 'window-state.json'), stateSchema, onProblem);
  }

  /** Bounds for a new window given the screens' work areas (primary first). */
  restore(workAreas: readonly Rectangle[]): { bounds: Partial<Rectangle> & { width: number; height: number }; maximized: boolean } {
    const saved = this.store.read();
    const primary = workAreas[0];
    if (!saved) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
    if (workAreas.some((area) => visibleOn(saved.bounds, area))) return { bounds: { ...saved.bounds }, maximized: saved.maximized };
    const width = primary ? Math.min(saved.bounds.width, primary.width) : saved.bounds.width;
    const height = primary ? Math.min(saved.bounds.height, primary.height) : saved.bounds.height;
    return { bounds: { width, height }, maximized: saved.maximized };
  }

  save(state: WindowState): void {
    this.store.write({ format: 'tco-studio-window/1', bounds: roundRect(state.bounds), maximized: state.maximized });
  }
}

function roundRect(r: Rectangle): Rectangle {
  return { x: Math.round(r.x), y: Math.round(r.y), width: Math.max(200, Math.round(r.width)), height: Math.max(200, Math.round(r.height)) };
}
