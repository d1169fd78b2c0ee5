import { describe, expect, it } from 'vitest';
import { parseNumberCell } from '../../src/io/parse-number-cell.ts';

describe('parseNumberCell', () => {
  // [cell, decimal mark of the file, expected value] — Danish files use "," as decimal mark and "." for thousands.
  const numbers: [string, ',' | '.', number][] = [
    ['1.234,5', ',', 1234.5],
    ['1.234', ',', 1234],
    ['1.234.567', ',', 1234567],
    ['12,5', ',', 12.5],
    ['0,25', ',', 0.25],
    ['12.5', ',', 12.5],
    ['0.123', ',', 0.123],
    ['1,234', ',', 1.234],
    ['1,234.5', '.', 1234.5],
    ['1,234', '.', 1234],
    ['1234.5', '.', 1234.5],
    ['1 234,5', ',', 1234.5],
    ['1\u00a0234', ',', 1234],
    ['−12', ',', -12],
    ['-0,5', ',', -0.5],
    ['+7', ',', 7],
    ['12,5 %', ',', 12.5],
    ['1.5e3', '.', 1500],
    [' 598 ', ',', 598],
    ['-0', ',', 0],
  ];
  it.each(numbers)('reads %j (decimal mark %j) as %d', (cell, mark, value) => {
    expect(parseNumberCell(cell, mark)).toEqual({ kind: 'number', value });
  });

  it.each([
    ['', 'missing'],
    ['..', '..'],
    ['...', '..'],
    ['-', '-'],
    ['–', '-'],
    [':', ':'],
    ['x', 'x'],
    [' .. ', '..'],
  ])('reads %j as missing with status %j', (cell, status) => {
    expect(parseNumberCell(cell, ',')).toEqual({ kind: 'missing', status });
  });

  it.each(['54x7', '1.23.4', '1,2,3,4', 'abc', '1..2', '12,5,6', '--3', 'NaN', 'Infinity'])(
    'rejects %j',
    (cell) => {
      expect(parseNumberCell(cell, ',')).toEqual({ kind: 'invalid' });
    },
  );
});
