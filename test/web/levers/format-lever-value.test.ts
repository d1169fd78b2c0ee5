import { describe, expect, test } from 'vitest';
import { formatLeverValue } from '../../../web/levers/format-lever-value.ts';

const nbsp = (text: string): string => text.replace(/\u00a0/g, ' ');

describe('formatLeverValue', () => {
  test('writes each kind of lever value in Danish', () => {
    expect(nbsp(formatLeverValue(-0.15, 'change', 'da'))).toBe('−15 %');
    expect(nbsp(formatLeverValue(0.05, 'change', 'da'))).toBe('+5 %');
    expect(nbsp(formatLeverValue(0.71, 'share', 'da'))).toBe('71 %');
    expect(formatLeverValue(1.2, 'factor', 'da')).toBe('× 1,2');
    expect(formatLeverValue(31, 'perMonth', 'da')).toBe('31 pr. md.');
    expect(formatLeverValue(22, 'weeks', 'da')).toBe('22 uger');
    expect(formatLeverValue(1000, 'count', 'da')).toBe('1.000');
    expect(formatLeverValue(20150224, 'seed', 'da')).toBe('20150224');
  });

  test('and in English', () => {
    expect(formatLeverValue(-0.15, 'change', 'en')).toBe('−15%');
    expect(formatLeverValue(6, 'months', 'en')).toBe('6 months');
    expect(formatLeverValue(1000, 'count', 'en')).toBe('1,000');
  });
});
