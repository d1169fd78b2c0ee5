/**
 * The level of a target: its absolute `level`, else baseline × (1 + relativeChange). When a target states both,
 * the level wins and a note says whether the stated change agrees with it — the 2015 plan's "−11 %" for
 * 243 → 209 is really −14 %, and the output shows that rather than hiding it.
 */
import type { LocalText } from '../rules/facts.ts';
import type { Target } from '../scenario/scenario.ts';

/** Stated and implied changes further apart than this (half a percentage point, as plans round to whole per
 * cent) are reported as disagreeing. */
export const RELATIVE_CHANGE_TOLERANCE = 0.005;

export interface RelativeChangeMismatch {
  kind: 'relativeChangeMismatch';
  /** The change the target states, e.g. −0.11. */
  stated: number;
  /** The change its level implies: level / baseline − 1, e.g. −0.1399. */
  implied: number;
  level: number;
  baseline: number;
  text: LocalText;
}

export type TargetLevelNote = RelativeChangeMismatch;

export interface TargetLevel {
  /** The level to reach, in the indicator's unit; undefined when the target gives neither (it is proposed). */
  level: number | undefined;
  /** Where the level comes from. */
  from: 'level' | 'relativeChange' | 'none';
  /** The change from the baseline the level means (level / baseline − 1); undefined without a level or at a
   * baseline of 0. */
  relativeChange: number | undefined;
  notes: TargetLevelNote[];
}

const percent = (x: number, lang: 'da' | 'en'): string => {
  const text = (Math.round(x * 1000) / 10).toFixed(1).replace(/\.0$/, '');
  return `${lang === 'da' ? text.replace('.', ',').replace('-', '−') : text.replace('-', '−')} %`;
};

/** Rounds away binary noise (535 × 0.8 = 428.00000000000006) so that a count equal to the level reaches it. */
const clean = (x: number): number => Math.round(x * 1e9) / 1e9;

/** `resolveTargetLevel({…, baseline: {value: 535…}, relativeChange: -0.2})` → { level: 428, from: "relativeChange" }. */
export function resolveTargetLevel(
  target: Pick<Target, 'baseline' | 'level' | 'relativeChange'>,
): TargetLevel {
  const baseline = target.baseline.value;
  const implied = (level: number): number | undefined =>
    baseline === 0 ? undefined : clean(level / baseline - 1);
  if (target.level !== undefined) {
    const level = target.level;
    const notes: TargetLevelNote[] = [];
    const change = implied(level);
    const stated = target.relativeChange;
    if (
      stated !== undefined &&
      change !== undefined &&
      Math.abs(change - stated) > RELATIVE_CHANGE_TOLERANCE
    ) {
      notes.push({
        kind: 'relativeChangeMismatch',
        stated,
        implied: change,
        level,
        baseline,
        text: {
          da: `Målet angiver ${percent(stated, 'da')}, men ${baseline} → ${level} er ${percent(change, 'da')}; niveauet ${level} bruges.`,
          en: `The target states ${percent(stated, 'en')}, but ${baseline} → ${level} is ${percent(change, 'en')}; the level ${level} is used.`,
        },
      });
    }
    return { level, from: 'level', relativeChange: change, notes };
  }
  if (target.relativeChange !== undefined) {
    return {
      level: clean(baseline * (1 + target.relativeChange)),
      from: 'relativeChange',
      relativeChange: target.relativeChange,
      notes: [],
    };
  }
  return { level: undefined, from: 'none', relativeChange: undefined, notes: [] };
}
