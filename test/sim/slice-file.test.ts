/**
 * Slice files: the values survive the trip through text bit for bit, a damaged file gives located errors, and a
 * set of slices is checked (same run, no gaps, no overlaps) before it merges into exactly the one-run result.
 * The model is the small rich model of test/sim (costs and uncertain quantities included).
 */
import { describe, expect, it } from 'vitest';
import { checkSliceSet, mergeSlices } from '../../src/sim/check-slice-set.ts';
import { canonicalJson, contentFingerprint } from '../../src/sim/content-fingerprint.ts';
import { decodeFloat64, encodeFloat64 } from '../../src/sim/float64-base64.ts';
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import {
  createSliceFile,
  formatSliceFile,
  parseSliceFile,
  type ParsedSlice,
} from '../../src/sim/slice-file.ts';
import { richRuleSet, richScenario } from './small-model.ts';

const R = 9;
const model = prepareModel(richScenario(120, 6), richRuleSet());
const OUTPUT = { name: 'rich', title: { da: 'Rig', en: 'Rich' }, activeIndicators: [] };

function sliceText(from: number, to: number, seedFingerprint = 'scenario'): string {
  const result = monteCarlo(model, { replications: R, from, to });
  return formatSliceFile(createSliceFile(result, { scenario: seedFingerprint, ruleSet: 'rules' }, OUTPUT));
}

function parsed(text: string, file: string): ParsedSlice {
  const { slice, errors } = parseSliceFile(text, file, 'en');
  expect(errors).toEqual([]);
  if (!slice) throw new Error(`${file} did not parse`);
  return slice;
}

describe('encodeFloat64 / decodeFloat64', () => {
  it('round-trips every bit, NaN, −0 and infinities included, for every length modulo 3', () => {
    for (let n = 0; n < 7; n++) {
      const values = Float64Array.from(
        { length: n },
        (_, i) => [NaN, -0, Infinity, 1 / 3, -1e-300][i % 5] ?? 0,
      );
      const back = decodeFloat64(encodeFloat64(values));
      expect(back && Array.from(new Uint8Array(back.buffer))).toEqual(
        Array.from(new Uint8Array(values.buffer)),
      );
    }
    // 1.0 is 00 00 00 00 00 00 f0 3f little-endian (IEEE 754).
    expect(encodeFloat64(new Float64Array([1]))).toBe('AAAAAAAA8D8=');
  });

  it('refuses text that is not base64 of whole float64s', () => {
    expect(decodeFloat64('AAAA')).toBeUndefined();
    expect(decodeFloat64('AAAAAAAA8D*=')).toBeUndefined();
    expect(decodeFloat64('AAAAAAAA8D8')).toBeUndefined();
  });
});

describe('contentFingerprint', () => {
  it('ignores key order and undefined members but sees every value', () => {
    expect(canonicalJson({ b: [1, { d: 2, c: undefined }], a: 'x' })).toBe('{"a":"x","b":[1,{"d":2}]}');
    expect(contentFingerprint({ a: 1, b: 2 })).toBe(contentFingerprint({ b: 2, a: 1 }));
    expect(contentFingerprint({ a: 1, b: 2 })).not.toBe(contentFingerprint({ a: 1, b: 3 }));
    expect(contentFingerprint({ a: 1 })).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('slice files', () => {
  it('merge, in any order and with uneven slices, into exactly the one-run result', () => {
    const whole = monteCarlo(model, { replications: R });
    const slices = [
      [4, 5],
      [0, 4],
      [5, 9],
    ].map(([from, to], i) => parsed(sliceText(from ?? 0, to ?? 0), `s${i}.json`));
    expect(checkSliceSet(slices, 'en')).toEqual([]);
    const merged = mergeSlices(slices);
    expect(merged.raw.indicators).toEqual(whole.raw.indicators);
    expect(merged.raw.costs).toEqual(whole.raw.costs);
    expect(merged.raw.parameters).toEqual(whole.raw.parameters);
    expect(JSON.stringify(merged.targets)).toBe(JSON.stringify(whole.targets));
    expect(JSON.stringify(merged.indicators.map(({ values: _v, ...i }) => i))).toBe(
      JSON.stringify(whole.indicators.map(({ values: _v, ...i }) => i)),
    );
  });

  it('locates a gap, an overlap and a missing end by file and field', () => {
    const a = parsed(sliceText(0, 3), 'a.json');
    const b = parsed(sliceText(5, 7), 'b.json');
    const c = parsed(sliceText(6, 8), 'c.json');
    const errors = checkSliceSet([c, a, b], 'en');
    expect(errors.map((e) => `${e.file} ${e.pointer}: ${e.message}`)).toEqual([
      'b.json /from: replications 3–4 are missing before this slice (a.json ends at 3)',
      'c.json /from: replications 6 are also in b.json [5, 7)',
      'c.json /to: replications 8 of 9 are missing after this slice',
    ]);
    expect(errors[0]?.hint).toBe('run maalbar run … --replications 3-5 --total 9 and merge again');
    expect(errors[0]?.line).toBeGreaterThan(1);
  });

  it('refuses slices of another scenario or seed, naming the field', () => {
    const a = parsed(sliceText(0, 4), 'a.json');
    const b = parsed(sliceText(4, 9, 'another'), 'b.json');
    const errors = checkSliceSet([a, b], 'da');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'b.json', pointer: '/scenarioFingerprint' });
    expect(errors[0]?.message).toMatch(/^hører til et andet scenarie end a\.json/);
  });

  it('locates damaged values, a wrong format and broken JSON', () => {
    const text = sliceText(0, 2);
    const damaged = JSON.parse(text);
    damaged.values.states = damaged.values.states.slice(8);
    const { errors } = parseSliceFile(JSON.stringify(damaged, null, 1), 'x.json', 'en');
    expect(errors.map((e) => e.pointer)).toEqual(['/values/states']);
    expect(errors[0]?.message).toMatch(/must be base64 of \d+ numbers/);

    // Located at the key "format" (line 1, column 2), as every located error in Målbar.
    const other = parseSliceFile('{"format": "scenario"}', 'y.json', 'en').errors;
    expect(other).toMatchObject([{ file: 'y.json', line: 1, column: 2, pointer: '/format' }]);
    expect(parseSliceFile('{"format": ', 'z.json', 'en').errors[0]).toMatchObject({
      file: 'z.json',
      line: 1,
    });
    expect(parseSliceFile('[]', 'w.json', 'en').errors[0]?.message).toMatch(/not a slice file/);
  });
});
