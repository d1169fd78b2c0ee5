// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { checkFanChartData } from '../../../web/charts/fan-chart-data.ts';
import { renderFanChart } from '../../../web/charts/fan-chart.ts';
import { FAN_FIXTURE, newSvg } from './fan-fixture.ts';

const texts = (svg: SVGSVGElement, selector: string): string[] =>
  [...svg.querySelectorAll(selector)].map((node) => node.textContent ?? '');
const attr = (svg: SVGSVGElement, selector: string, name: string): string | null =>
  svg.querySelector(selector)?.getAttribute(name) ?? null;

function key(svg: SVGSVGElement, name: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
  svg.dispatchEvent(event);
  return event;
}

describe('renderFanChart', () => {
  afterEach(() => document.body.replaceChildren());

  test('draws the bands, median, mean, observations, target line with label, axes and legend', () => {
    const svg = newSvg();
    renderFanChart(svg, FAN_FIXTURE, { title: 'Unge under 30', locale: 'da' });
    expect(svg.querySelectorAll('path.band95, path.band80, path.band50')).toHaveLength(3);
    expect(svg.querySelector('path.median')?.getAttribute('d')).toMatch(/^M/);
    expect(svg.querySelector('path.mean')).not.toBeNull();
    expect(svg.querySelectorAll('.observed circle')).toHaveLength(2);
    expect(texts(svg, '.target-label')).toEqual(['Mål ≤ 428 (dec. 2015)']);
    expect(texts(svg, '.axis-x .tick text')).toContain('dec. 2015');
    expect(texts(svg, '.axis-label')).toEqual(['Personer']);
    expect(texts(svg, '.legend text')).toEqual([
      'Median',
      '50 %-interval',
      '80 %-interval',
      '95 %-interval',
      'Gennemsnit',
      'Observeret',
      'Mål',
    ]);
  });

  test('is a focusable, named and described group for assistive technology', () => {
    const svg = newSvg();
    renderFanChart(svg, FAN_FIXTURE, { title: 'Unge under 30', locale: 'da' });
    expect(svg.getAttribute('role')).toBe('group');
    expect(svg.getAttribute('tabindex')).toBe('0');
    const titleId = svg.getAttribute('aria-labelledby') ?? '';
    expect(svg.querySelector(`[id="${titleId}"]`)?.textContent).toBe('Fremskrivning: Unge under 30');
    const desc = svg.querySelector(`[id="${svg.getAttribute('aria-describedby') ?? ''}"]`)?.textContent ?? '';
    expect(desc).toContain('Median i dec. 2015: 435 (95 %-interval 405–465).');
    expect(desc).toContain('Målet er højst 428 i dec. 2015.');
    expect(svg.querySelector('.tooltip')?.getAttribute('aria-live')).toBe('polite');
  });

  test('keyboard: focus shows the target month, ← moves a month back, End jumps to the last month', () => {
    const svg = newSvg();
    const chart = renderFanChart(svg, FAN_FIXTURE, { title: 'Unge under 30', locale: 'da' });
    svg.dispatchEvent(new FocusEvent('focus'));
    expect(chart.cursor.lines()[0]).toBe('dec. 2015');
    const event = key(svg, 'ArrowLeft');
    expect(event.defaultPrevented).toBe(true);
    // Values from FAN_FIXTURE, November column.
    expect(texts(svg, '.tooltip-text tspan')).toEqual([
      'nov. 2015',
      'Median: 438',
      '50\u00a0%-interval: 429–447',
      '80\u00a0%-interval: 420–456',
      '95\u00a0%-interval: 410–466',
      'Gennemsnit: 438,5',
    ]);
    key(svg, 'Home');
    expect(chart.cursor.lines()).toEqual(['maj 2015', 'Status maj 2015: 470']);
    key(svg, 'End');
    expect(chart.cursor.index()).toBe(chart.months.length - 1);
    key(svg, 'Escape');
    expect(chart.cursor.index()).toBeUndefined();
    expect(key(svg, 'a').defaultPrevented).toBe(false);
  });

  test('the cursor rule sits on the month it reports', () => {
    const svg = newSvg();
    const chart = renderFanChart(svg, FAN_FIXTURE, { title: 'x', locale: 'da' });
    chart.cursor.moveTo(6);
    const medianEnd = /([\d.]+),[\d.]+$/.exec(attr(svg, 'path.median', 'd') ?? '')?.[1];
    expect(Number(attr(svg, '.cursor-rule', 'x1'))).toBeCloseTo(Number(medianEnd), 1);
  });

  test('rendering again replaces the drawing and the old listeners', () => {
    const svg = newSvg();
    renderFanChart(svg, FAN_FIXTURE, { title: 'x', locale: 'da' });
    const moves: string[] = [];
    renderFanChart(svg, FAN_FIXTURE, { title: 'x', locale: 'en', onCursor: (month) => moves.push(month) });
    expect(svg.querySelectorAll('.cursor')).toHaveLength(1);
    expect(svg.querySelectorAll('title')).toHaveLength(1);
    svg.dispatchEvent(new FocusEvent('focus'));
    key(svg, 'ArrowLeft');
    expect(moves).toEqual(['2015-12', '2015-11']);
    expect(texts(svg, '.tooltip-text tspan')[0]).toBe('Nov 2015');
  });

  // Hand check of the golden x positions: the plot spans 72–376 px (64 px margin + 8 px inset, 16 + 8 right) over
  // 1 May–1 Dec 2015 (214 days), so 1 Jul 2015 (day 61) lies at 72 + 304 · 61/214 = 158.7 px.
  test('path data for the fixed fan matches the rounded golden snapshot', async () => {
    const svg = newSvg();
    renderFanChart(svg, FAN_FIXTURE, { title: 'x', locale: 'da', width: 400, height: 240 });
    // One "name: value" line each, in a .txt file so formatters leave the golden file byte-for-byte alone.
    const lines = ['band95', 'band80', 'band50', 'median', 'mean'].map(
      (name) => `${name}: ${attr(svg, `path.${name}`, 'd') ?? 'missing'}`,
    );
    lines.push(`target-line y: ${Number(attr(svg, '.target-line', 'y1')).toFixed(1)}`);
    for (const circle of svg.querySelectorAll('.observed circle')) {
      lines.push(`observed: ${circle.getAttribute('cx') ?? ''},${circle.getAttribute('cy') ?? ''}`);
    }
    lines.push(`y ticks: ${texts(svg, '.axis-y .tick text').join(' | ')}`);
    lines.push(`x ticks: ${texts(svg, '.axis-x .tick text').join(' | ')}`);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('../golden/fan-chart-paths.txt');
  });

  test('refuses bands that do not line up with the months', () => {
    const broken = { ...FAN_FIXTURE, bands: { ...FAN_FIXTURE.bands, p90: [1, 2] } };
    expect(() => checkFanChartData(broken)).toThrow('Fan chart band p90 has 2 values for 6 months');
    expect(() => renderFanChart(newSvg(), broken, { title: 'x' })).toThrow(/p90/);
  });
});
