/**
 * What a support spell allows of the unemployment history (months unemployed in the last 12): the current
 * ydelse run is all unemployed (a-dagpenge, kontanthjælp as jobparat) or not at all, earlier months of the spell
 * may be, and a spell is preceded by at least 3 months of self-support (the default spell break), which are not.
 */

/** Months of self-support before a support spell (they hold no unemployed month). */
export const SPELL_BREAK_MONTHS = 3;

/**
 * The most months of the last 12 a person can have been unemployed.
 * - on support and unemployed now, spell of m months: max(9, min(m, 12));
 * - on support and not unemployed now: max(8, min(m, 12) − 1);
 * - off support (self-support now): 11.
 */
export function maxUnemployedMonths(onSupport: boolean, unemployedNow: boolean, spellMonths: number): number {
  if (!onSupport) return 11;
  const window = Math.min(spellMonths, 12);
  const beforeBreak = 12 - SPELL_BREAK_MONTHS;
  return unemployedNow ? Math.max(beforeBreak, window) : Math.max(beforeBreak - 1, window - 1);
}

/** The shortest support spell that allows `unemployed` months of the last 12 (1 when any spell does). */
export function minSpellForUnemployment(unemployedNow: boolean, unemployed: number): number {
  const beforeBreak = 12 - SPELL_BREAK_MONTHS;
  if (unemployedNow) return unemployed <= beforeBreak ? 1 : unemployed;
  return unemployed <= beforeBreak - 1 ? 1 : Math.min(12, unemployed + 1);
}
