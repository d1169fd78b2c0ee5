// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { renderCompareFanChart } from '../../../web/charts/compare-fan-chart.ts';
import type { FanChartData } from '../../../web/charts/fan-chart-data.ts';
import { FAN_FIXTURE, SHARE_FIXTURE, newSvg } from './fan-fixture.ts';

/** The fixture shifted down by 10 persons: a scenario where unemployment falls faster. */
const lower = (values: number[]): number[] => values.map((value) => value - 10);
const LOWER: FanChartData = {
  ...FAN_FIXTURE,
  bands: {
    p2_5: lower(FAN_FIXTURE.bands.p2_5),
    p10: lower(FAN_FIXTURE.bands.p10),
    p25: lower(FAN_FIXTURE.bands.p25),
    p50: lower(FAN_FIXTURE.bands.p50),
    p75: lower(FAN_FIXTURE.bands.p75),
    p90: lower(FAN_FIXTURE.bands.p90),
    p97_5: lower(FAN_FIXTURE.bands.p97_5),
  },
};

describe('renderCompareFanChart', () => {
  afterEach(() => document.body.replaceChildren());

  test('overlays two fans told apart by line style as well as colour, named in the legend', () => {
    const svg = newSvg();
    renderCompareFanChart(
      svg,
      { a: { label: 'Basis', data: FAN_FIXTURE }, b: { label: 'Ledighed −5 %', data: LOWER } },
      { title: 'Unge under 30', locale: 'da' },
    );
    expect(svg.querySelectorAll('.fan-a path.band80, .fan-b path.band80')).toHaveLength(2);
    const dashA = svg.querySelector('.fan-a path.median')?.getAttribute('stroke-dasharray') ?? null;
    const dashB = svg.querySelector('.fan-b path.median')?.getAttribute('stroke-dasharray') ?? null;
    expect(dashA).toBeNull();
    expect(dashB).toBe('7 4');
    const legend = [...svg.querySelectorAll('.legend text')].map((node) => node.textContent);
    expect(legend).toEqual([
      'Basis',
      'Basis: 80 %-interval',
      'Ledighed −5 %',
      'Ledighed −5 %: 80 %-interval',
      'Mål',
    ]);
    expect(svg.querySelector('title')?.textContent).toBe('Sammenligning: Unge under 30');
  });

  test('the keyboard tooltip gives both scenarios for the month (fixture Dec 2015, and 10 lower)', () => {
    const svg = newSvg();
    const chart = renderCompareFanChart(
      svg,
      { a: { label: 'Basis', data: FAN_FIXTURE }, b: { label: 'Hurtigere fald', data: LOWER } },
      { title: 'x', locale: 'da' },
    );
    svg.dispatchEvent(new FocusEvent('focus'));
    expect(chart.cursor.lines()).toEqual([
      'dec. 2015',
      'Basis: median 435, 80 %-interval 416–454',
      'Hurtigere fald: median 425, 80 %-interval 406–444',
      'Mål: ≤ 428',
    ]);
  });

  test('refuses to compare a count with a share', () => {
    expect(() =>
      renderCompareFanChart(
        newSvg(),
        { a: { label: 'A', data: FAN_FIXTURE }, b: { label: 'B', data: SHARE_FIXTURE } },
        { title: 'x' },
      ),
    ).toThrow('same unit');
  });
});
