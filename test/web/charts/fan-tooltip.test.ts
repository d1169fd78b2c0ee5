import { describe, expect, test } from 'vitest';
import { cursorMonths, fanTooltipLines } from '../../../web/charts/fan-tooltip.ts';
import { FAN_FIXTURE, SHARE_FIXTURE } from './fan-fixture.ts';

describe('fan tooltip text', () => {
  test('the cursor stops at every observed, simulated and target month in order', () => {
    expect(cursorMonths([FAN_FIXTURE])).toEqual([
      '2015-05',
      '2015-07',
      '2015-08',
      '2015-09',
      '2015-10',
      '2015-11',
      '2015-12',
    ]);
  });

  test('a target month lists median, the 50/80/95 % bands, the mean and the target (values from the fixture)', () => {
    expect(fanTooltipLines(FAN_FIXTURE, '2015-12', 'da')).toEqual([
      'dec. 2015',
      'Median: 435',
      '50\u00a0%-interval: 425–445',
      '80\u00a0%-interval: 416–454',
      '95\u00a0%-interval: 405–465',
      'Gennemsnit: 435,5',
      'Mål: ≤ 428',
    ]);
  });

  test('an observed month before the fan shows only the observation, with its label', () => {
    expect(fanTooltipLines(FAN_FIXTURE, '2015-05', 'da')).toEqual(['maj 2015', 'Status maj 2015: 470']);
    expect(fanTooltipLines(FAN_FIXTURE, '2015-07', 'en')).toContain('Observed: 459');
  });

  test('shares are written as percentages, in English too', () => {
    expect(fanTooltipLines(SHARE_FIXTURE, '2015-12', 'en')).toEqual([
      'Dec 2015',
      'Median: 43.5%',
      '50% interval: 42.5%–44.5%',
      '80% interval: 41.6%–45.4%',
      '95% interval: 40.5%–46.5%',
      'Target: ≥ 45%',
    ]);
  });
});
