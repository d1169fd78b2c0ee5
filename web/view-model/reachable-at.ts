/**
 * Picks, from the levels the core offers per probability, the one for the ambition the user chose. A lookup,
 * not a computation: when the exact probability is missing, the nearest offered one is used and returned so
 * the board can say which.
 */
import type { ReachableLevel } from './target-row.ts';

/**
 * @example reachableAt([{ probability: 0.8, level: 440 }, { probability: 0.9, level: 452 }], 0.9)
 *   → { probability: 0.9, level: 452 }
 * @returns undefined when no levels are offered.
 */
export function reachableAt(levels: readonly ReachableLevel[], ambition: number): ReachableLevel | undefined {
  let best: ReachableLevel | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const level of levels) {
    const distance = Math.abs(level.probability - ambition);
    // Ties go to the higher probability: the more cautious reading.
    const tie =
      Math.abs(distance - bestDistance) <= 1e-9 && best !== undefined && level.probability > best.probability;
    if (distance < bestDistance - 1e-9 || tie) {
      best = level;
      bestDistance = distance;
    }
  }
  return best;
}
