import { describe, expect, it } from 'vitest';
import { jsonPointer, locateJsonPointer, pointerSegments } from '../../src/rules/locate-json-pointer.ts';

const TEXT =
  '{\n  "conditions": {\n    "all": [\n      { "fact": "age" },\n      { "a/b": 1 }\n    ]\n  }\n}\n';

describe('locateJsonPointer', () => {
  it('points at the key of an object member and at an array element (positions counted by hand)', () => {
    expect(locateJsonPointer(TEXT, '/conditions')).toEqual({ line: 2, column: 3 });
    expect(locateJsonPointer(TEXT, '/conditions/all/0')).toEqual({ line: 4, column: 7 });
    expect(locateJsonPointer(TEXT, '/conditions/all/0/fact')).toEqual({ line: 4, column: 9 });
  });

  it('unescapes ~1 and ~0 in pointer segments', () => {
    expect(locateJsonPointer(TEXT, '/conditions/all/1/a~1b')).toEqual({ line: 5, column: 9 });
    expect(pointerSegments(jsonPointer(['a/b', 'c~d', 0]))).toEqual(['a/b', 'c~d', '0']);
  });

  it('falls back to the deepest part that exists for a missing member', () => {
    expect(locateJsonPointer(TEXT, '/conditions/all/0/operator')).toEqual({ line: 4, column: 7 });
    expect(locateJsonPointer(TEXT, '')).toEqual({ line: 1, column: 1 });
  });
});
