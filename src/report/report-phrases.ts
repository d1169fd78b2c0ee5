/**
 * Phrases the goal text and the rationale share: the direction of a level ("højst 428 personer"), a change
 * ("et fald på 20 %"), and an interim status. Every number in them comes from the row they are given.
 */
import type { Lang } from '../messages.ts';
import type { Observation } from '../scenario/scenario.ts';
import type { Month } from '../time/month.ts';
import type { ReportFormat, ReportUnit } from './report-format.ts';

const DIRECTION_WORDS = {
  da: { atMost: 'højst', atLeast: 'mindst' },
  en: { atMost: 'at most', atLeast: 'at least' },
} as const satisfies { [L in Lang]: { atMost: string; atLeast: string } };

/** Decimals a value is written with: whole persons, per cent with one decimal. */
export function unitDecimals(unit: ReportUnit): number {
  return unit === 'percent' ? 1 : 0;
}

/** `levelPhrase(f, 'atMost', 428, 'persons')` → "højst 428 personer". */
export function levelPhrase(
  format: ReportFormat,
  direction: 'atMost' | 'atLeast',
  level: number,
  unit: ReportUnit,
): string {
  return `${DIRECTION_WORDS[format.lang][direction]} ${format.value(level, unit, unitDecimals(unit))}`;
}

/** Whole per cent unless the change needs a decimal to be told apart (−5,9 %). */
function changeDecimals(share: number): number {
  const percent = Math.abs(share * 100);
  return Math.abs(percent - Math.round(percent)) < 0.05 ? 0 : 1;
}

/**
 * A relative change in words, with its sign as a word: `changePhrase(f, -0.2)` → "et fald på 20 %",
 * English "a fall of 20 %"; 0 → "uændret".
 */
export function changePhrase(format: ReportFormat, share: number): string {
  const da = format.lang === 'da';
  const size = format.percent(Math.abs(share), changeDecimals(share));
  if (Math.abs(share) < 0.0005) return da ? 'uændret' : 'unchanged';
  if (share < 0) return da ? `et fald på ${size}` : `a fall of ${size}`;
  return da ? `en stigning på ${size}` : `a rise of ${size}`;
}

/** A change of a per cent value in percentage points: 60 → 65 gives "en stigning på 5 procentpoint". */
export function pointsPhrase(format: ReportFormat, from: number, to: number): string {
  const da = format.lang === 'da';
  const size = format.number(Math.abs(to - from), 1);
  const word = da ? 'procentpoint' : 'percentage points';
  if (Math.abs(to - from) < 0.05) return da ? 'uændret' : 'unchanged';
  return to < from
    ? `${da ? 'et fald på' : 'a fall of'} ${size} ${word}`
    : `${da ? 'en stigning på' : 'a rise of'} ${size} ${word}`;
}

/**
 * One interim status: "et fald på 15 % fra december 2013 til oktober 2014" or "47 personer i november 2014".
 * A change without `since` is counted from `baselineMonth`.
 */
export function observationPhrase(
  format: ReportFormat,
  observation: Observation,
  unit: ReportUnit,
  baselineMonth: Month,
): string | undefined {
  const da = format.lang === 'da';
  const month = format.month(observation.month);
  if (observation.value !== undefined) {
    const value = format.value(observation.value, unit, unitDecimals(unit));
    const note = observation.note ? ` (${observation.note[format.lang].replace(/\.$/, '')})` : '';
    return `${value} ${da ? 'i' : 'in'} ${month}${note}`;
  }
  if (observation.relativeChange === undefined) return undefined;
  const since = format.month(observation.since ?? baselineMonth);
  return `${changePhrase(format, observation.relativeChange)} ${da ? 'fra' : 'from'} ${since} ${da ? 'til' : 'to'} ${month}`;
}
