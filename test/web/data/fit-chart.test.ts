// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SeriesFit } from '../../../src/calibrate/calibration-types.ts';
import { fitTooltipLines, renderFitChart } from '../../../web/charts/fit-chart.ts';

const errors = { count: 3, rmse: 5, mape: 2, coverage: 2 / 3 };
const fit: SeriesFit = {
  seriesId: 'ydelse:kontanthjaelp',
  target: { kind: 'state', id: 'kontanthjaelp' },
  source: 'y.json',
  months: ['2014-01', '2014-02', '2014-03', '2014-04'],
  observed: [100, 104, 98, 110],
  fittedMean: [101.5, 102.5, 103.5, 104.5],
  fittedMedian: [101, 102, 103, 104],
  fittedLow: [95, 96, 97, 98],
  fittedHigh: [107, 108, 109, 110],
  used: [true, true, true, false],
  fit: errors,
  heldOut: { count: 1, rmse: 6, mape: 5, coverage: 1 },
};

describe('renderFitChart', () => {
  it('draws the band, the fitted line and a point per observation (held-out ones hollow)', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    const chart = renderFitChart(svg, fit, { title: fit.seriesId, locale: 'da' });
    expect(svg.querySelector('.fit-band')?.getAttribute('d')).toMatch(/^M/);
    expect(svg.querySelector('.fit-line')?.getAttribute('d')).toMatch(/^M/);
    const points = [...svg.querySelectorAll('.observed circle')].map((circle) => circle.getAttribute('fill'));
    expect(points).toEqual(['#1a1a1a', '#1a1a1a', '#1a1a1a', '#ffffff']);
    expect(svg.querySelector('title')?.textContent).toBe('Observeret og tilpasset: ydelse:kontanthjaelp');
    chart.cursor.moveTo(3);
    expect(chart.cursor.lines()).toEqual(fitTooltipLines(fit, '2014-04', 'da'));
    svg.remove();
  });

  it('says observed, fitted median and band in the tooltip', () => {
    expect(fitTooltipLines(fit, '2014-02', 'en')).toEqual(['Feb 2014: observed 104, fitted 102 (96–108)']);
    expect(fitTooltipLines(fit, '2015-01', 'en')).toEqual([]);
  });
});
