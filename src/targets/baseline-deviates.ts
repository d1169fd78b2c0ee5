import type { LocalText } from '../rules/facts.ts';
import type { Target } from '../scenario/scenario.ts';

/**
 * Whether the model contradicts a target's baseline at month 0. There the synthetic cohort is the same in every
 * replication and is built to reproduce the baselines, so only rounding may separate them: more than half a
 * person, or 1 % of the baseline, means the cohort or the indicator's rule does not describe what the baseline
 * counts. A baseline at a later month is not checked: the levers and the random path move the model there, so a
 * difference says nothing about the data. `model` is the mean over the replications at the baseline month; NaN
 * (an undefined ratio 0 / 0, or no replications) says nothing. `baselineDeviates({month: 0, mean: 0}, 535)`.
 */
export function baselineDeviates(model: { month: number; mean: number }, baseline: number): boolean {
  if (model.month !== 0 || Number.isNaN(model.mean)) return false;
  return Math.abs(model.mean - baseline) > Math.max(0.5, 0.01 * Math.abs(baseline));
}

/** The note of a target whose baseline the model contradicts: its P(reach) starts elsewhere than the plan's. */
export interface BaselineMismatch {
  kind: 'baselineMismatch';
  /** The model's value at the baseline month. */
  model: number;
  baseline: number;
  month: Target['baseline']['month'];
  text: LocalText;
}

function shown(value: number, lang: 'da' | 'en', ratio: boolean): string {
  const text = String(Math.round(value * 10) / 10);
  return `${lang === 'da' ? text.replace('.', ',') : text}${ratio ? ' %' : ''}`;
}

/** `baselineMismatch(0, target, false)` → the note that says where to look. */
export function baselineMismatch(
  model: number,
  target: { indicator: Target['indicator']; baseline: { month: Target['baseline']['month']; value: number } },
  ratio: boolean,
): BaselineMismatch {
  const { month, value } = target.baseline;
  return {
    kind: 'baselineMismatch',
    model,
    baseline: value,
    month,
    text: {
      da:
        `Modellen giver ${shown(model, 'da', ratio)} i basismåneden ${month}, ` +
        `basis er ${shown(value, 'da', ratio)}: kohorten eller reglen for ${target.indicator} gengiver ikke basis. ` +
        'Tjek scenariets cohort-tabeller og reglen.',
      en:
        `The model gives ${shown(model, 'en', ratio)} in the baseline month ${month}, ` +
        `the baseline is ${shown(value, 'en', ratio)}: the cohort or the rule of ${target.indicator} does not ` +
        "reproduce the baseline. Check the scenario's cohort tables and the rule.",
    },
  };
}
