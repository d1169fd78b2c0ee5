/**
 * Whether slice files belong together and make one whole run: the same scenario, rules, seed and R, and
 * replication ranges that cover [0, R) without gap or overlap. Each problem names the file and field it is about
 * and what to run to fix it; only a set without problems is merged (mergeMonteCarlo does the merge proper).
 */
import type { LocalText } from '../rules/facts.ts';
import type { Lang } from '../messages.ts';
import { locateProblems, type LocatedError, type Problem } from '../rules/located-error.ts';
import { mergeMonteCarlo } from './merge-monte-carlo.ts';
import type { MonteCarloResult } from './monte-carlo-result.ts';
import type { ParsedSlice } from './slice-file.ts';
import { summariseMonteCarlo } from './summarise-monte-carlo.ts';

const t = (da: string, en: string): LocalText => ({ da, en });

/** "3–8", or "9" for one replication. */
const span = (first: number, last: number): string => (first === last ? `${first}` : `${first}–${last}`);

const SAME_FIELDS = [
  ['scenarioFingerprint', t('et andet scenarie', 'another scenario')],
  ['ruleSetFingerprint', t('andre regler', 'other rules')],
  ['seed', t('et andet seed', 'another seed')],
  ['replications', t('et andet antal replikationer i alt', 'another total of replications')],
] as const;

/** Located errors of a set of slices; empty when they merge into one run of all R replications. */
export function checkSliceSet(slices: readonly ParsedSlice[], lang: Lang): LocatedError[] {
  const errors: LocatedError[] = [];
  const report = (slice: ParsedSlice, problem: Problem): void => {
    errors.push(...locateProblems([problem], slice.file, slice.locator, lang));
  };
  const first = slices[0];
  if (!first) return errors;
  for (const slice of slices.slice(1)) {
    for (const [field, what] of SAME_FIELDS) {
      const a = first.slice[field];
      const b = slice.slice[field];
      if (a === b) continue;
      report(slice, {
        pointer: `/${field}`,
        severity: 'error',
        message: t(
          `hører til ${what.da} end ${first.file} (${field} ${b}, ikke ${a})`,
          `belongs to ${what.en} than ${first.file} (${field} ${b}, not ${a})`,
        ),
        hint: t(
          'kør alle slicer med samme scenarie, regler, --seed og --total',
          'run every slice with the same scenario, rules, --seed and --total',
        ),
      });
    }
  }
  if (errors.length > 0) return errors;

  const total = first.slice.replications;
  const sorted = [...slices].sort((a, b) => a.slice.from - b.slice.from || a.slice.to - b.slice.to);
  let covered = 0;
  let previous: ParsedSlice | undefined;
  for (const slice of sorted) {
    const { from, to } = slice.slice;
    if (from > covered) {
      const after = previous ? ` (${previous.file} ends at ${covered})` : '';
      const efter = previous ? ` (${previous.file} slutter ved ${covered})` : '';
      report(slice, {
        pointer: '/from',
        severity: 'error',
        message: t(
          `replikation ${span(covered, from - 1)} mangler før denne slice${efter}`,
          `replications ${span(covered, from - 1)} are missing before this slice${after}`,
        ),
        hint: t(
          `kør maalbar run … --replications ${covered}-${from} --total ${total} og flet igen`,
          `run maalbar run … --replications ${covered}-${from} --total ${total} and merge again`,
        ),
      });
    } else if (from < covered && previous) {
      report(slice, {
        pointer: '/from',
        severity: 'error',
        message: t(
          `replikation ${span(from, Math.min(covered, to) - 1)} findes også i ${previous.file} [${previous.slice.from}, ${previous.slice.to})`,
          `replications ${span(from, Math.min(covered, to) - 1)} are also in ${previous.file} [${previous.slice.from}, ${previous.slice.to})`,
        ),
        hint: t(
          'udelad den ene fil, eller kør slicer hvis områder mødes (0-250, 250-500 …)',
          'leave one of the files out, or run slices whose ranges meet (0-250, 250-500 …)',
        ),
      });
    }
    if (to > covered) {
      covered = to;
      previous = slice;
    }
  }
  if (covered < total && previous) {
    report(previous, {
      pointer: '/to',
      severity: 'error',
      message: t(
        `replikation ${span(covered, total - 1)} af ${total} mangler efter denne slice`,
        `replications ${span(covered, total - 1)} of ${total} are missing after this slice`,
      ),
      hint: t(
        `kør maalbar run … --replications ${covered}-${total} --total ${total} og flet igen`,
        `run maalbar run … --replications ${covered}-${total} --total ${total} and merge again`,
      ),
    });
  }
  return errors;
}

/** The one-run result of slices that passed checkSliceSet. */
export function mergeSlices(slices: readonly ParsedSlice[]): MonteCarloResult {
  return mergeMonteCarlo(slices.map((s) => summariseMonteCarlo(s.slice.context, s.values)));
}
