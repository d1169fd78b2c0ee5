/**
 * The drawing shared by the fan chart, the sparkline and the comparison: a month scale, a value scale, and the
 * nested 95/80/50 % bands with the median (and mean) line. Paths are rounded to 0.1 px so that the output is
 * stable enough to keep as a golden snapshot.
 */
import {
  area,
  extent,
  line,
  scaleLinear,
  scaleUtc,
  type ScaleLinear,
  type ScaleTime,
  type Selection,
} from 'd3';
import { monthToDate } from '../i18n/format.ts';
import type { FanBands, FanChartData } from './fan-chart-data.ts';

/** Colours of one fan. Bands get lighter outward; the median is dark enough for 4.5:1 on white. */
export interface FanPalette {
  band95: string;
  band80: string;
  band50: string;
  median: string;
  /** Dash pattern of the median line ("" for solid), so two fans differ by more than colour. */
  medianDash: string;
  /** Opacity of the band fills (below 1 when fans overlap). */
  bandOpacity: number;
}

export const BLUE_FAN: FanPalette = {
  band95: '#deebf7',
  band80: '#9ecae1',
  band50: '#4a90c2',
  median: '#08306b',
  medianDash: '',
  bandOpacity: 1,
};

/** The three bands, outermost first (drawing order), with the keys of their edges. */
export const FAN_BANDS = [
  { name: 'band95', share: 0.95, low: 'p2_5', high: 'p97_5' },
  { name: 'band80', share: 0.8, low: 'p10', high: 'p90' },
  { name: 'band50', share: 0.5, low: 'p25', high: 'p75' },
] as const satisfies readonly { name: string; share: number; low: keyof FanBands; high: keyof FanBands }[];

export type FanBandName = (typeof FAN_BANDS)[number]['name'];

export type MonthScale = ScaleTime<number, number>;
export type ValueScale = ScaleLinear<number, number>;

/** A UTC time scale over every month any of the fans, observations or targets mention. */
export function monthScale(dataSets: readonly FanChartData[], range: [number, number]): MonthScale {
  const months = dataSets.flatMap((data) => [
    ...data.months,
    ...(data.observed ?? []).map((point) => point.month),
    ...(data.target ? [data.target.month] : []),
  ]);
  const [first, last] = extent(months.map(monthToDate));
  if (!first || !last) throw new RangeError('A chart needs at least one month.');
  return scaleUtc().domain([first, last]).range(range);
}

/** A linear scale spanning the 95 % bands, observations and target levels, padded 5 % and rounded. */
export function valueScale(dataSets: readonly FanChartData[], range: [number, number]): ValueScale {
  const values = dataSets.flatMap((data) => [
    ...data.bands.p2_5,
    ...data.bands.p97_5,
    ...(data.observed ?? []).map((point) => point.value),
    ...(data.target ? [data.target.level] : []),
  ]);
  const [low = 0, high = 1] = extent(values);
  const pad = (high - low || Math.abs(high) || 1) * 0.05;
  const floor = low >= 0 && low - pad < 0 ? 0 : low - pad; // counts and shares never go below zero
  return scaleLinear()
    .domain([floor, high + pad])
    .range(range)
    .nice();
}

/** Draws the bands, the median and (if given) the mean of one fan into `layer`. */
export function drawFan(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  data: FanChartData,
  x: MonthScale,
  y: ValueScale,
  palette: FanPalette,
  className = 'fan',
  bands: readonly FanBandName[] = ['band95', 'band80', 'band50'],
): void {
  const xs = data.months.map((month) => x(monthToDate(month)));
  const indexes = data.months.map((_, index) => index);
  const at = (index: number): number => xs[index] ?? 0;
  const group = layer.append('g').attr('class', className);
  for (const band of FAN_BANDS) {
    if (!bands.includes(band.name)) continue;
    const low = data.bands[band.low];
    const high = data.bands[band.high];
    const path = area<number>()
      .x(at)
      .y0((index) => y(low[index] ?? 0))
      .y1((index) => y(high[index] ?? 0))
      .digits(1);
    group
      .append('path')
      .attr('class', band.name)
      .attr('d', path(indexes))
      .attr('fill', palette[band.name])
      .attr('fill-opacity', palette.bandOpacity);
  }
  const series = (values: readonly number[]): string | null =>
    line<number>()
      .x(at)
      .y((index) => y(values[index] ?? 0))
      .digits(1)(indexes);
  group
    .append('path')
    .attr('class', 'median')
    .attr('d', series(data.bands.p50))
    .attr('fill', 'none')
    .attr('stroke', palette.median)
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', palette.medianDash || null);
  if (data.mean) {
    group
      .append('path')
      .attr('class', 'mean')
      .attr('d', series(data.mean))
      .attr('fill', 'none')
      .attr('stroke', palette.median)
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', '1 3')
      .attr('stroke-linecap', 'round');
  }
}
