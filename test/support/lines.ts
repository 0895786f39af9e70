import type { Estimate, EstimatedLine } from '../../src/index';

/** Rounds to the cent, for comparing money to AWS's worked examples. */
export const cents = (x: number): number => Math.round(x * 100) / 100;

/** The line with this id; fails the test naming the ids there are when it is absent. */
export function lineById(e: Estimate, id: string): EstimatedLine {
  const found = e.lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id}; have ${e.lines.map((l) => l.id).join(', ')}`);
  return found;
}
