/**
 * The details of one synthetic person within a joint cell, drawn from the stream and written straight into
 * the cohort's columns (no per-person object). The draws keep related facts consistent:
 * - months unemployed in the last 12 (u) within its band, the support spell (m) within its band and long enough
 *   for u (unemployment-history.ts), months in the ydelse (≤ m; all unemployed for a-dagpenge, so ≤ u);
 * - the 12-month unemployment mask: the current run when unemployed now, the other months as the most recent
 *   months before the run that the spell allows (a spell is preceded by 3 months of self-support);
 * - with part-time unemployment (settings.partTime), a person unemployed now keeps the whole drawn run in the
 *   ydelse even when fewer of its months counted (they are spread over the run), and is part-time with the
 *   probability that the run's counted months give (Bayes: a run of 11 months with 6 counted is part-time);
 *   others are part-time with the share;
 * - the 9-month sick mask: the current run on sygedagpenge; for jobafklaring the spell months before it that
 *   are not unemployed;
 * - weeks from months as src/time/weeks.ts says (sick weeks rounded, the others rounded down); dagpenge months used min(24, max(months in ydelse, u)) on a-dagpenge;
 * - previousYdelse and enteredYdelseThisMonth from the first month of the run (a switch within the spell or an
 *   entry from self-support);
 * - an offer's months so far within its duration and the months it still runs.
 */
import { FACTS, type State } from '../rules/facts.ts';
import { sickWeeksOfMonths, weeksOfMonths } from '../time/weeks.ts';
import type { RandomStream } from '../random/random-stream.ts';
import { bernoulli, uniformInt } from '../random/uniform.ts';
import type { CellValues } from './cell-values.ts';
import type { Cohort } from './cohort.ts';
import { maxUnemployedMonths, minSpellForUnemployment, SPELL_BREAK_MONTHS } from './unemployment-history.ts';

/** What part-time unemployment means for the month-0 history (central values of the scenario's settings). */
export interface PartTimeHistory {
  /** Share of persons whose unemployment is part-time. */
  share: number;
  /** Probability that a month of unemployment counts: for the others, and for part-time persons. */
  countedFull: number;
  countedPartTime: number;
}

export interface DrawSettings {
  /** Share whose ydelse began with the spell (monthsInYdelse = monthsOnSupport). */
  sameSpellShare: number;
  /** Duration in months of each offer code (index = offer code). */
  offerDurations: readonly number[];
  /** Months of self-support drawn for persons off support: uniform in [1, this]. */
  selfSupportMonths: number;
  /** Part-time unemployment; undefined: nobody is part-time and every month of the run counted. */
  partTime?: PartTimeHistory | undefined;
}

const state = (name: State): number => FACTS.ydelse.values.indexOf(name);
const A_DAGPENGE = state('a-dagpenge');
const KONTANTHJAELP = state('kontanthjaelp');
const UDDANNELSESHJAELP = state('uddannelseshjaelp');
const SYGEDAGPENGE = state('sygedagpenge');
const JOBAFKLARING = state('jobafklaring');
const SELVFORSOERGELSE = state('selvforsoergelse');

function popcount(bits: number): number {
  let count = 0;
  for (let b = bits; b !== 0; b &= b - 1) count++;
  return count;
}

/** `counted` of the months 0…run−1 as bits, each set of positions equally likely (selection sampling). */
function spreadMonths(stream: RandomStream, counted: number, run: number): number {
  let mask = 0;
  let needed = counted;
  for (let p = 0; p < run && needed > 0; p++) {
    if (stream.next() * (run - p) < needed) {
      mask |= 1 << p;
      needed--;
    }
  }
  return mask;
}

/**
 * Probability that a person with `counted` of `run` months of unemployment counted is part-time: the share,
 * weighed by how likely each kind of person is to have that history (the binomial coefficient cancels).
 */
export function partTimeProbability(partTime: PartTimeHistory, run: number, counted: number): number {
  const likelihood = (p: number): number => p ** counted * (1 - p) ** (run - counted);
  const part = partTime.share * likelihood(partTime.countedPartTime);
  const full = (1 - partTime.share) * likelihood(partTime.countedFull);
  return part + full > 0 ? part / (part + full) : partTime.share;
}

/** Whether month position p (0 = now) can hold earlier support (unemployment, sickness) for this person. */
function historyAllowed(p: number, run: number, onSupport: boolean, spell: number): boolean {
  if (p < run) return false;
  return !onSupport || p < spell || p >= spell + SPELL_BREAK_MONTHS;
}

/**
 * Writes person `row` of cell `values`. Returns the number of unemployed months that had to leave the band to
 * stay consistent (0 unless a default duration band leaves no room; the report counts them).
 */
export function drawCellPerson(
  cohort: Cohort,
  row: number,
  values: CellValues,
  stream: RandomStream,
  settings: DrawSettings,
): number {
  const { columns, internal } = cohort;
  const { onSupport, unemployedNow, ydelse } = values;
  columns.age[row] = uniformInt(stream, values.age.min, values.age.max);
  internal.birthMonth[row] = uniformInt(stream, 0, 11);

  // Unemployed months of the last 12 and a support spell that allows them. With a tabled unemployment band the
  // months are drawn first (no more than a spell in the duration band allows) and the spell is long enough;
  // with a default band the spell is drawn first and the months fit it.
  const band = values.supportDuration;
  const uLow = unemployedNow ? Math.max(values.unemployment.min, 1) : values.unemployment.min;
  let uHigh = Math.min(values.unemployment.max, onSupport ? 12 : 11);
  let unemployed: number;
  let spell = 0;
  let clamped = 0;
  if (values.unemploymentFromTable) {
    if (onSupport && values.supportDurationFromTable) {
      uHigh = Math.min(uHigh, maxUnemployedMonths(true, unemployedNow, band.max));
    }
    // Structural zeros keep uLow ≤ uHigh for tabled bands; a default duration band gives way instead.
    clamped = Math.max(0, uLow - uHigh);
    unemployed = uniformInt(stream, Math.min(uLow, uHigh), uHigh);
    if (onSupport) {
      const low = Math.max(band.min, 1, minSpellForUnemployment(unemployedNow, unemployed));
      spell = uniformInt(stream, low, Math.max(low, band.max));
    }
  } else {
    if (onSupport) spell = uniformInt(stream, Math.max(band.min, 1), Math.max(band.min, 1, band.max));
    uHigh = Math.min(uHigh, maxUnemployedMonths(onSupport, unemployedNow, spell));
    unemployed = uniformInt(stream, Math.min(uLow, uHigh), uHigh);
  }

  // Months in the current ydelse, capped so that the history fits.
  let monthsInYdelse = onSupport
    ? bernoulli(stream, settings.sameSpellShare)
      ? spell
      : uniformInt(stream, 1, spell)
    : uniformInt(stream, 1, settings.selfSupportMonths);
  const partTime = settings.partTime;
  if (unemployedNow && unemployed < 12 && !partTime) monthsInYdelse = Math.min(monthsInYdelse, unemployed);
  if (!unemployedNow && unemployed > 0) {
    const spellWindow = onSupport ? Math.min(spell, 12) + Math.max(0, 12 - SPELL_BREAK_MONTHS - spell) : 12;
    monthsInYdelse = Math.max(1, Math.min(monthsInYdelse, spellWindow - unemployed));
  }
  const run = Math.min(monthsInYdelse, 12);

  // Unemployment mask: the run when unemployed now, then the most recent months the history allows.
  let mask = unemployedNow ? (1 << run) - 1 : 0;
  let partTimeUnemployed = 0;
  if (partTime) {
    const counted = unemployedNow ? Math.min(unemployed, run) : 0;
    if (counted < run && unemployedNow) mask = spreadMonths(stream, counted, run);
    partTimeUnemployed = bernoulli(stream, partTimeProbability(partTime, unemployedNow ? run : 0, counted))
      ? 1
      : 0;
  }
  let extra = unemployed - popcount(mask);
  for (let p = 0; p < 12 && extra > 0; p++) {
    if (mask & (1 << p) || !historyAllowed(p, run, onSupport, spell)) continue;
    mask |= 1 << p;
    extra--;
  }
  unemployed -= extra;

  // Sick mask: the run on sygedagpenge; for jobafklaring (which follows sickness) the spell months before the
  // run within the 9 that are not unemployed.
  let sick = 0;
  if (ydelse === SYGEDAGPENGE) sick = (1 << Math.min(run, 9)) - 1;
  if (ydelse === JOBAFKLARING) {
    for (let p = run; p < Math.min(spell, 9); p++) if (!(mask & (1 << p))) sick |= 1 << p;
  }

  columns.ydelse[row] = ydelse;
  columns.monthsInYdelse[row] = monthsInYdelse;
  columns.monthsOnSupport[row] = spell;
  columns.weeksOnSupport[row] = weeksOfMonths(spell);
  columns.monthsUnemployedLast12[row] = unemployed;
  columns.weeksUnemployedLast52[row] = weeksOfMonths(unemployed);
  columns.sickWeeksLast9Months[row] = sickWeeksOfMonths(popcount(sick));
  columns.dagpengeMonthsUsed[row] =
    ydelse === A_DAGPENGE ? Math.min(24, Math.max(monthsInYdelse, unemployed)) : 0;
  internal.unemploymentMask[row] = mask;
  internal.sickMask[row] = sick;
  internal.monthsSelfSupport[row] = ydelse === SELVFORSOERGELSE ? monthsInYdelse : 0;
  internal.partTimeUnemployed[row] = partTimeUnemployed;

  // The month before the run: the same ydelse, or where the person came from.
  const entered = monthsInYdelse === 1;
  columns.enteredYdelseThisMonth[row] = entered ? 1 : 0;
  let previous = ydelse;
  if (entered) {
    if (onSupport && spell === 1) previous = SELVFORSOERGELSE;
    else if (sick & 2) previous = SYGEDAGPENGE;
    else if (mask & 2) previous = ydelse === A_DAGPENGE ? KONTANTHJAELP : A_DAGPENGE;
    else previous = ydelse === KONTANTHJAELP ? UDDANNELSESHJAELP : KONTANTHJAELP;
  }
  columns.previousYdelse[row] = previous;

  columns.education[row] = values.education;
  columns.academic[row] = values.academic;
  columns.insured[row] = values.insured;
  columns.visitation[row] = values.visitation;
  columns.integrationProgram[row] = values.integrationProgram;
  columns.offer[row] = values.offer;
  if (values.offer !== 0) {
    const duration = Math.max(1, settings.offerDurations[values.offer] ?? 3);
    const monthsInOffer = uniformInt(stream, 1, Math.max(1, Math.min(duration, monthsInYdelse)));
    columns.monthsInOffer[row] = monthsInOffer;
    internal.offerMonthsLeft[row] = duration - monthsInOffer;
  } else {
    columns.monthsInOffer[row] = 0;
    internal.offerMonthsLeft[row] = 0;
  }
  return clamped + extra;
}
