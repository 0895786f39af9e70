/**
 * A small, fast, seeded pseudo-random generator (mulberry32, public domain, by Tommy Ettinger),
 * so that the same seed gives the same Monte Carlo result on every machine and in every engine.
 * Statistical quality is ample for 10⁴–10⁶ samples of a cost model; it is not for cryptography.
 */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal sample by the Box–Muller transform (two uniforms, the first kept away from 0). */
export function standardNormal(random: () => number): number {
  const u1 = 1 - random();
  const u2 = random();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
