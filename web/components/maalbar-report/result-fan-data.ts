/**
 * Maps one target of the core's MonteCarloResult onto the fan chart's data: the indicator's quantile bands per
 * simulated month, its mean, the target's level and month, and the observed points from the sources (the
 * baseline and the interim statuses). A lookup and a change of unit only — ratio indicators come in per cent
 * (65) and the charts take shares (0.65). An interim status given as a change is placed at baseline × (1 +
 * change) when it is measured from the baseline month; otherwise it is left out rather than guessed.
 *
 * @example renderFanChart(svg, resultFanData(result, '1', 'da') ?? fallback, { title })
 */
import type { FanChartData, ObservedPoint } from '../../charts/fan-chart-data.ts';
import { formatMonth } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import type { MonteCarloResult } from '../../../src/sim/monte-carlo-result.ts';

const BAND_QUANTILES = {
  p2_5: '0.025',
  p10: '0.1',
  p25: '0.25',
  p50: '0.5',
  p75: '0.75',
  p90: '0.9',
  p97_5: '0.975',
} as const;

/** The fan of target `targetId`, or undefined when it was not simulated. */
export function resultFanData(
  result: MonteCarloResult,
  targetId: string,
  locale: Locale,
): FanChartData | undefined {
  const target = result.targets.find((candidate) => candidate.id === targetId);
  const indicator = result.indicators.find((candidate) => candidate.id === target?.indicator);
  if (!target?.simulated || !indicator) return undefined;
  const ratio = indicator.kind === 'ratio';
  const scale = (value: number): number => (ratio ? value / 100 : value);
  const band = (key: keyof typeof BAND_QUANTILES): number[] =>
    (indicator.quantiles[BAND_QUANTILES[key]] ?? []).map(scale);

  const observed: ObservedPoint[] = [
    {
      month: target.baseline.month,
      value: scale(target.baseline.value),
      label: t('report.fan.baseline', {}, locale),
    },
  ];
  for (const observation of result.context.observations) {
    if (observation.indicator !== target.indicator) continue;
    const fromBaseline = (observation.since ?? target.baseline.month) === target.baseline.month;
    const value =
      observation.value ??
      (observation.relativeChange !== undefined && fromBaseline
        ? target.baseline.value * (1 + observation.relativeChange)
        : undefined);
    if (value === undefined) continue;
    observed.push({
      month: observation.month,
      value: scale(value),
      label: t('report.fan.status', { month: formatMonth(observation.month, locale) }, locale),
    });
  }

  return {
    months: result.context.months,
    bands: {
      p2_5: band('p2_5'),
      p10: band('p10'),
      p25: band('p25'),
      p50: band('p50'),
      p75: band('p75'),
      p90: band('p90'),
      p97_5: band('p97_5'),
    },
    mean: indicator.mean.map(scale),
    observed,
    ...(target.level !== undefined
      ? { target: { month: target.month, level: scale(target.level), direction: target.direction } }
      : {}),
    unit: ratio ? 'percent' : 'persons',
  };
}
