import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/io/long-table.ts';
import { formatPeriod, parsePeriod, periodMonths } from '../../src/io/parse-period.ts';

const month = (start: string): Period => ({ kind: 'month', start });
const quarter = (start: string): Period => ({ kind: 'quarter', start });

describe('parsePeriod', () => {
  it.each([
    ['2015M12', month('2015-12')],
    ['2015M1', month('2015-01')],
    ['2015m03', month('2015-03')],
    ['2015M12D31', month('2015-12')],
    ['2015-12', month('2015-12')],
    ['2015-12-31', month('2015-12')],
    ['2015K4', quarter('2015-10')],
    ['2015Q1', quarter('2015-01')],
    ['2015q2', quarter('2015-04')],
    ['2015', { kind: 'year', start: '2015-01' }],
    ['december 2015', month('2015-12')],
    ['December 2015', month('2015-12')],
    ['dec. 2015', month('2015-12')],
    ['Dec 2015', month('2015-12')],
    ['okt. 2014', month('2014-10')],
    ['October 2014', month('2014-10')],
    ['maj 2015', month('2015-05')],
    ['marts 2015', month('2015-03')],
    ['2015 januar', month('2015-01')],
    ['4. kvartal 2015', quarter('2015-10')],
    ['2. kvt. 2015', quarter('2015-04')],
    ['  2015M12 ', month('2015-12')],
  ])('reads %j', (code, period) => {
    expect(parsePeriod(code)).toEqual(period);
  });

  it.each([
    '2015M13',
    '2015M0',
    '2015K5',
    '2015-13',
    '2015M12D32',
    'decembr 2015',
    '15',
    'QMAT04',
    '2015QMAT04',
    '',
  ])('names no period in %j', (code) => {
    expect(parsePeriod(code)).toBeUndefined();
  });
});

describe('formatPeriod', () => {
  it('writes the canonical codes', () => {
    expect(
      [month('2015-12'), quarter('2015-10'), { kind: 'year' as const, start: '2015-01' }].map(formatPeriod),
    ).toEqual(['2015-12', '2015Q4', '2015']);
  });

  it('is read back by parsePeriod for every period', () => {
    const period = fc.oneof(
      fc
        .record({ year: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) })
        .map(({ year, m }): Period => month(`${year}-${String(m).padStart(2, '0')}`)),
      fc
        .record({ year: fc.integer({ min: 1900, max: 2100 }), q: fc.integer({ min: 1, max: 4 }) })
        .map(({ year, q }): Period => quarter(`${year}-${String(q * 3 - 2).padStart(2, '0')}`)),
      fc.integer({ min: 1900, max: 2100 }).map((year): Period => ({ kind: 'year', start: `${year}-01` })),
    );
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(formatPeriod(p))).toEqual(p);
      }),
    );
  });

  it('knows how many months a period spans', () => {
    expect(
      [month('2015-12'), quarter('2015-10'), { kind: 'year' as const, start: '2015-01' }].map(periodMonths),
    ).toEqual([1, 3, 12]);
  });
});
