/**
 * Levers and the working state: what each lever shows now (its value, its default, whether the user changed
 * it), and the state after the user moves one — an override at the lever's path (replacing an earlier one of
 * the same path), or the run's seed or replications. A value equal to the default removes the override, so a
 * lever moved back leaves no trace in the link.
 */
import type { Assumption } from '../../src/rules/rule-file.ts';
import type { ResolvedScenario } from '../../src/scenario/scenario.ts';
import { LOCALES } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { withOverride, type WorkingState } from '../state/working-state.ts';
import { formatLeverValue } from './format-lever-value.ts';
import { clean, sameButSource, valueAtPointer, type LeverSpec } from './lever.ts';

/** A lever as the panel shows it. */
export interface LeverView {
  spec: LeverSpec;
  /** The value in the working scenario. */
  value: number;
  /** The value in the bundled scenario (or the rule file). */
  defaultValue: number;
}

/** The levers with their values in `current` (the base scenario when the working one did not resolve). */
export function leverViews(
  catalog: readonly LeverSpec[],
  base: ResolvedScenario,
  current: ResolvedScenario | undefined,
): LeverView[] {
  // A lever whose quantity the current scenario lacks (a link's odd override replaced its parent) is left out
  // rather than breaking the panel.
  return catalog.flatMap((spec) => {
    try {
      return [{ spec, value: spec.read(current ?? base), defaultValue: spec.read(base) }];
    } catch {
      return [];
    }
  });
}

/** The value on the lever's grid: within [min, max], a whole number of steps from min, without binary noise. */
export function snapLeverValue(spec: Pick<LeverSpec, 'min' | 'max' | 'step'>, value: number): number {
  const within = Math.min(spec.max, Math.max(spec.min, value));
  return clean(spec.min + Math.round((within - spec.min) / spec.step) * spec.step);
}

/** The source a changed value gets: the user's assumption, saying what was set. */
export function userAssumption(spec: LeverSpec, value: number): Assumption {
  const [da, en] = LOCALES.map((locale) =>
    t(
      'lever.userAssumption',
      { label: spec.label[locale] ?? spec.label.da, value: formatLeverValue(value, spec.format, locale) },
      locale,
    ),
  );
  return { assumption: true, rationale: { da: da ?? '', en: en ?? '' } };
}

/**
 * `applyLever(state, spec, 0.7, base, current)` → the state with the lever at 0.7 (snapped to its grid).
 * `current` is the working scenario the change starts from (it supplies the other half of a shared quantity,
 * such as the macro range when the central value moves).
 */
export function applyLever(
  state: WorkingState,
  spec: LeverSpec,
  value: number,
  base: ResolvedScenario,
  current: ResolvedScenario | undefined,
): WorkingState {
  const snapped =
    spec.control === 'number'
      ? Math.round(Math.min(spec.max, Math.max(spec.min, value)))
      : snapLeverValue(spec, value);
  const target = spec.target;
  if (target.kind === 'seed') {
    const { seed: _seed, ...rest } = state;
    return snapped === base.seed ? rest : { ...state, seed: snapped };
  }
  if (target.kind === 'replications') {
    const { replications: _replications, ...rest } = state;
    return snapped === base.replications ? rest : { ...state, replications: snapped };
  }
  if (!spec.write) throw new Error(`The lever "${spec.id}" has no way to write its value.`);
  const written = spec.write(snapped, current ?? base, userAssumption(spec, snapped));
  const original = valueAtPointer(base, target.path);
  const unchanged = original === undefined ? snapped === spec.read(base) : sameButSource(written, original);
  return withOverride(state, target.path, unchanged ? undefined : written);
}
