/**
 * Runs `work` with Math.random replaced by a seeded generator (mulberry32), so
 * that a force layout, which draws its starting positions at random, draws
 * the same map every time a network is opened. `work` must be synchronous.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  let state = seed >>> 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
