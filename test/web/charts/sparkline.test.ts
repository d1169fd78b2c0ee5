// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { renderSparkline } from '../../../web/charts/sparkline.ts';
import { FAN_FIXTURE, newSvg } from './fan-fixture.ts';

describe('renderSparkline', () => {
  afterEach(() => document.body.replaceChildren());

  test('draws the 80 % and 50 % bands, the median and the target, without axes or observations', () => {
    const svg = newSvg();
    renderSparkline(svg, FAN_FIXTURE, { title: 'Unge under 30', locale: 'da' });
    expect(svg.querySelectorAll('path.band80, path.band50')).toHaveLength(2);
    expect(svg.querySelector('path.band95')).toBeNull();
    expect(svg.querySelector('path.median')).not.toBeNull();
    expect(svg.querySelector('.target-line')).not.toBeNull();
    expect(svg.querySelector('.axis, .observed, .cursor')).toBeNull();
    expect(svg.getAttribute('viewBox')).toBe('0 0 120 36');
  });

  test('is a non-focusable image whose name says the final median and 80 % band (fixture, Dec 2015)', () => {
    const svg = newSvg();
    renderSparkline(svg, FAN_FIXTURE, { title: 'Unge under 30', locale: 'en' });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.hasAttribute('tabindex')).toBe(false);
    expect(svg.querySelector('title')?.textContent).toBe(
      'Course of Unge under 30: median 435 in Dec 2015, 80 % interval 416–454.',
    );
  });

  test('the target tick sits at the target level, below the final median for this falling fan', () => {
    const svg = newSvg();
    renderSparkline(svg, FAN_FIXTURE, { title: 'x', locale: 'da' });
    const targetY = Number(svg.querySelector('.target-line')?.getAttribute('y1'));
    const medianEndY = Number(
      /,([\d.]+)$/.exec(svg.querySelector('path.median')?.getAttribute('d') ?? '')?.[1],
    );
    // SVG y grows downward: level 428 < median 435 means a larger y.
    expect(targetY).toBeGreaterThan(medianEndY);
  });
});
