// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFanChartData } from '../../../web/charts/fan-chart-data.ts';
import { resultFanData } from '../../../web/components/maalbar-report/result-fan-data.ts';
import { fixtureResult, MONTHS } from '../../report/report-fixture.ts';

describe('resultFanData', () => {
  const result = fixtureResult();

  it('maps a count indicator’s quantiles, the target and the observed points', () => {
    const data = resultFanData(result, '1', 'da');
    if (!data) throw new Error('target 1 is simulated');
    checkFanChartData(data);
    expect(data.months).toEqual(MONTHS);
    expect(data.unit).toBe('persons');
    expect(data.bands.p50).toEqual(result.indicators[0]?.quantiles['0.5']);
    expect(data.bands.p2_5).toEqual(result.indicators[0]?.quantiles['0.025']);
    expect(data.target).toEqual({ month: '2015-12', level: 450, direction: 'atMost' });
    // The baseline 500 (Oct 2015) and the status −5 % in Nov 2015 measured from it: 500 × 0.95 = 475.
    expect(data.observed?.map((point) => [point.month, point.value, point.label])).toEqual([
      ['2015-10', 500, 'Udgangspunkt'],
      ['2015-11', 475, 'Status nov. 2015'],
    ]);
  });

  it('turns a ratio indicator’s per cent into shares', () => {
    const data = resultFanData(result, '9', 'en');
    expect(data?.unit).toBe('percent');
    expect(data?.target?.level).toBeCloseTo(0.65, 12);
    expect(data?.bands.p50[2]).toBeCloseTo(0.655, 12);
    expect(data?.observed?.[0]?.label).toBe('Baseline');
  });

  it('has no fan for an unsimulated target, and none for an unknown id', () => {
    expect(resultFanData(result, '8', 'da')).toBeUndefined();
    expect(resultFanData(result, 'nope', 'da')).toBeUndefined();
    expect(resultFanData(result, '2a', 'da')?.target).toBeUndefined();
  });
});
