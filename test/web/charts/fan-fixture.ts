/**
 * A small fixed fan for the chart tests: six months (Jul–Dec 2015) of a count falling from 460 to 435, with a
 * mean, an observation before the fan and one inside it, and a target of at most 428 in Dec 2015.
 * Hand-made round numbers so the expected tooltip texts can be read off this file.
 */
import type { FanChartData } from '../../../web/charts/fan-chart-data.ts';

export const FAN_FIXTURE: FanChartData = {
  months: ['2015-07', '2015-08', '2015-09', '2015-10', '2015-11', '2015-12'],
  bands: {
    p2_5: [440, 430, 422, 415, 410, 405],
    p10: [448, 438, 431, 425, 420, 416],
    p25: [454, 446, 439, 433, 429, 425],
    p50: [460, 452, 446, 441, 438, 435],
    p75: [466, 458, 453, 449, 447, 445],
    p90: [472, 466, 461, 458, 456, 454],
    p97_5: [480, 474, 470, 468, 466, 465],
  },
  mean: [460, 452.5, 446.5, 441.5, 438.5, 435.5],
  observed: [
    { month: '2015-05', value: 470, label: 'Status maj 2015' },
    { month: '2015-07', value: 459 },
  ],
  target: { month: '2015-12', level: 428, direction: 'atMost' },
  unit: 'persons',
};

/** The same fan as a share (divided by 1,000) with an "at least" target, for the percent unit. */
export const SHARE_FIXTURE: FanChartData = {
  months: FAN_FIXTURE.months,
  bands: {
    p2_5: FAN_FIXTURE.bands.p2_5.map((value) => value / 1000),
    p10: FAN_FIXTURE.bands.p10.map((value) => value / 1000),
    p25: FAN_FIXTURE.bands.p25.map((value) => value / 1000),
    p50: FAN_FIXTURE.bands.p50.map((value) => value / 1000),
    p75: FAN_FIXTURE.bands.p75.map((value) => value / 1000),
    p90: FAN_FIXTURE.bands.p90.map((value) => value / 1000),
    p97_5: FAN_FIXTURE.bands.p97_5.map((value) => value / 1000),
  },
  target: { month: '2015-12', level: 0.45, direction: 'atLeast' },
  unit: 'percent',
};

/** A fresh <svg> attached to the test document. */
export function newSvg(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  return svg;
}
