import { describe, expect, it } from 'vitest';
import { editAt, valueAt } from '../../../web/training/json-edit.ts';
import { textOffset } from '../../../web/training/text-offset.ts';
import {
  parseLeafValue,
  leafValueText,
} from '../../../web/components/maalbar-condition-editor/leaf-value.ts';

describe('editAt / valueAt', () => {
  const rule = {
    conditions: {
      all: [
        { fact: 'age', value: 1 },
        { fact: 'ydelse', value: 'x' },
      ],
    },
  };

  it('replaces a value at a pointer without changing the original', () => {
    const edited = editAt(rule, '/conditions/all/1/value', 'sygedagpenge');
    expect(valueAt(edited, '/conditions/all/1/value')).toBe('sygedagpenge');
    expect(rule.conditions.all[1]?.value).toBe('x');
  });

  it('removes an array element, and appends at the end index', () => {
    expect(valueAt(editAt(rule, '/conditions/all/0', undefined), '/conditions/all')).toEqual([
      { fact: 'ydelse', value: 'x' },
    ]);
    expect(
      (valueAt(editAt(rule, '/conditions/all/2', { fact: 'age' }), '/conditions/all') as unknown[]).length,
    ).toBe(3);
  });

  it('throws when the parent is missing', () => {
    expect(() => editAt(rule, '/conditions/all/0/value/deep', 1)).toThrow('/conditions/all/0/value/deep');
  });
});

describe('textOffset', () => {
  it('turns a 1-based line and column into an offset, clamped to the line', () => {
    expect(textOffset('ab\ncd', 2, 2)).toBe(4);
    expect(textOffset('ab\ncd', 1, 99)).toBe(2);
    expect(textOffset('ab', 5, 1)).toBe(2);
  });
});

describe('leaf values', () => {
  it('round-trips numbers, booleans, strings and comma lists', () => {
    expect(parseLeafValue('26', false)).toBe(26);
    expect(parseLeafValue('true', false)).toBe(true);
    expect(parseLeafValue('kontanthjaelp', false)).toBe('kontanthjaelp');
    expect(parseLeafValue('a, 2', true)).toEqual(['a', 2]);
    expect(leafValueText(['a', 2])).toBe('a, 2');
  });
});
