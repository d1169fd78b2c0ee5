/**
 * The fan of one indicator as the charts draw it: the core's quantiles per month (2.5/10/25/50/75/90/97.5 %) and
 * mean, the observed status points of the scenario's sources (the target's baseline and interim statuses), and
 * the target line. A selection and a change of unit only: ratio indicators come from the core in per cent
 * (0–100) and the charts take shares (0–1).
 */
import type { Observation, Target } from '../../src/scenario/scenario.ts';
import type { IndicatorResult, MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';
import type {
  ChartUnit,
  FanBands,
  FanChartData,
  FanTarget,
  ObservedPoint,
} from '../charts/fan-chart-data.ts';
import { formatMonth } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';

/** Which core quantile feeds each band of the chart. */
const BAND_QUANTILES: Readonly<Record<keyof FanBands, string>> = {
  p2_5: '0.025',
  p10: '0.1',
  p25: '0.25',
  p50: '0.5',
  p75: '0.75',
  p90: '0.9',
  p97_5: '0.975',
};

/** What a fan needs of a target: the scenario's Target and the core's TargetResult both have it. */
export interface FanTargetSource {
  id: string;
  indicator: string | null;
  month: Target['month'];
  direction: Target['direction'];
  baseline: { month: Target['month']; value: number };
}

/**
 * How status points are labelled: `dated` ("Udgangspunkt okt. 2015", with a source's note) where the chart stands
 * alone, `short` ("Udgangspunkt") in the report, whose table gives the months and notes beside it.
 */
export type ObservedLabels = 'dated' | 'short';

/** The chart unit of an indicator and the factor from the core's numbers to it. */
export function indicatorUnit(kind: IndicatorResult['kind']): { unit: ChartUnit; scale: number } {
  return kind === 'ratio' ? { unit: 'percent', scale: 0.01 } : { unit: 'persons', scale: 1 };
}

/**
 * The status points a source gives for a target's indicator: the baseline itself, then each observation — its
 * value, or its relative change applied to the baseline when it is measured since the baseline month (a change
 * since another month has no figure to apply it to and is left out).
 */
export function observedPoints(
  target: FanTargetSource,
  observations: readonly Observation[],
  scale: number,
  locale: Locale,
  labels: ObservedLabels = 'dated',
): ObservedPoint[] {
  const dated = labels === 'dated';
  const points: ObservedPoint[] = [
    {
      month: target.baseline.month,
      value: target.baseline.value * scale,
      label: dated
        ? t('observed.baseline', { month: formatMonth(target.baseline.month, locale) }, locale)
        : t('report.fan.baseline', {}, locale),
    },
  ];
  for (const observation of observations) {
    if (observation.indicator !== target.indicator) continue;
    const since = observation.since ?? target.baseline.month;
    const value =
      observation.value ??
      (observation.relativeChange !== undefined && since === target.baseline.month
        ? target.baseline.value * (1 + observation.relativeChange)
        : undefined);
    if (value === undefined) continue;
    const note =
      dated && observation.note ? ` (${locale === 'da' ? observation.note.da : observation.note.en})` : '';
    const month = formatMonth(observation.month, locale);
    points.push({
      month: observation.month,
      value: value * scale,
      label: t(dated ? 'observed.status' : 'report.fan.status', { month }, locale) + note,
    });
  }
  return points.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/**
 * `indicatorFan(result, 'unge-under-30', target, 'da')` → the fan chart data of the indicator (all simulated
 * months), or undefined when the run has no such indicator.
 */
export function indicatorFan(
  result: MonteCarloResult,
  indicator: string,
  target: FanTargetSource | undefined,
  locale: Locale,
  labels: ObservedLabels = 'dated',
): FanChartData | undefined {
  const series = result.indicators.find((candidate) => candidate.id === indicator);
  if (!series) return undefined;
  const { unit, scale } = indicatorUnit(series.kind);
  const scaled = (values: readonly number[] | undefined): number[] =>
    (values ?? []).map((value) => value * scale);
  const bands = Object.fromEntries(
    Object.entries(BAND_QUANTILES).map(([band, p]) => [band, scaled(series.quantiles[p])]),
  ) as unknown as FanBands;
  const level = target ? levelOf(result, target) : undefined;
  const fanTarget: FanTarget | undefined =
    target && level !== undefined
      ? { month: target.month, level: level * scale, direction: target.direction }
      : undefined;
  return {
    months: [...result.context.months],
    bands,
    mean: scaled(series.mean),
    observed: target ? observedPoints(target, result.context.observations, scale, locale, labels) : [],
    ...(fanTarget ? { target: fanTarget } : {}),
    unit,
  };
}

/** The level the core resolved for the target (absolute, or from its relative change). */
function levelOf(result: MonteCarloResult, target: FanTargetSource): number | undefined {
  return result.targets.find((candidate) => candidate.id === target.id)?.level;
}
