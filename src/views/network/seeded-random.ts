/**
 * Runs `work` with Math.random replaced by a seeded generator, so that a
 * force layout, which draws its starting positions at random, draws the same
 * map every time a network is opened. `work` must be synchronous.
 */
import { mulberry32 } from '../../analysis/random';

export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
