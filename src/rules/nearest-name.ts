import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to a misspelt name, for "did you mean …?" hints; undefined when nothing is close
 * enough to be a plausible typo. A case-insensitive match always wins ("MonthsInYdelse" → "monthsInYdelse").
 * Otherwise the edit distance must be at most a third of the longer name (at least 1, at most 4 edits), so
 * `nearestName("monthsInYdelsen", FACT_NAMES)` → "monthsInYdelse" but "xyz" suggests nothing.
 */
export function nearestName(input: string, candidates: Iterable<string>): string | undefined {
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    if (candidate.toLowerCase() === lower) return candidate;
    const edits = distance(lower, candidate.toLowerCase());
    const limit = Math.min(4, Math.max(1, Math.floor(Math.max(input.length, candidate.length) / 3)));
    // Ties go to the first candidate, so the answer does not depend on anything but the candidate order.
    if (edits <= limit && edits < bestDistance) {
      best = candidate;
      bestDistance = edits;
    }
  }
  return best;
}
