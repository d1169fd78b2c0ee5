import { describe, expect, it } from 'vitest';
import { reportFormat, roundHalfAway } from '../../src/report/report-format.ts';

describe('reportFormat', () => {
  const da = reportFormat('da');
  const en = reportFormat('en');

  it('groups thousands and writes decimals the Danish and the English way', () => {
    expect(da.number(1234567.891, 2)).toBe('1.234.567,89');
    expect(en.number(1234567.891, 2)).toBe('1,234,567.89');
    expect(da.number(65, 1)).toBe('65');
    expect(da.number(-0.004, 2)).toBe('0');
    expect(da.number(-0.71, 2)).toBe('−0,71');
    expect(da.number(Number.NaN)).toBe('–');
  });

  it('rounds half away from zero', () => {
    expect(roundHalfAway(453.5, 0)).toBe(454);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(0.155, 2)).toBe(0.16);
  });

  it('writes shares, points, values and months', () => {
    expect(da.percent(0.43)).toBe('43 %');
    expect(da.points(0.1549)).toBe('15,5 procentpoint');
    expect(en.points(0.1549)).toBe('15.5 percentage points');
    expect(da.value(1, 'persons')).toBe('1 person');
    expect(da.value(1000, 'persons')).toBe('1.000 personer');
    expect(en.value(68.06, 'percent', 1)).toBe('68.1 %');
    expect(da.month('2015-12')).toBe('december 2015');
    expect(en.month('2014-03')).toBe('March 2014');
    expect(() => da.month('2015-13')).toThrow(/not a month/);
  });
});
