import { describe, expect, it } from 'vitest';
import { resolveTargetLevel } from '../../src/targets/resolve-target-level.ts';

const source = { document: 'seed 000, Mål i Beskæftigelsesplan 2015' };
const baseline = (value: number) => ({ month: '2013-12', value, source });

describe('resolveTargetLevel', () => {
  it('turns a relative change into a level: 535 × (1 − 20 %) = 428 exactly', () => {
    expect(resolveTargetLevel({ baseline: baseline(535), relativeChange: -0.2 })).toEqual({
      level: 428,
      from: 'relativeChange',
      relativeChange: -0.2,
      notes: [],
    });
    // 91 × 0.75 = 68.25: kept unrounded, so a count of 68 reaches it and 69 does not.
    expect(resolveTargetLevel({ baseline: baseline(91), relativeChange: -0.25 }).level).toBe(68.25);
  });

  it('keeps an absolute level and reports the seed’s “−11 %” for 243 → 209, which is really −14 %', () => {
    const result = resolveTargetLevel({ baseline: baseline(243), level: 209, relativeChange: -0.11 });
    expect(result.level).toBe(209);
    expect(result.from).toBe('level');
    expect(result.relativeChange).toBeCloseTo(209 / 243 - 1, 9); // −0.1399
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatchObject({
      kind: 'relativeChangeMismatch',
      stated: -0.11,
      level: 209,
      baseline: 243,
    });
    expect(result.notes[0]?.text.da).toBe(
      'Målet angiver −11 %, men 243 → 209 er −14 %; niveauet 209 bruges.',
    );
    expect(result.notes[0]?.text.en).toBe(
      'The target states −11 %, but 243 → 209 is −14 %; the level 209 is used.',
    );
  });

  it('says nothing when a stated change agrees with the level within half a percentage point', () => {
    // 146 → 102 is −30.1 %, stated −30 %; 813 → 683 is −16.0 %, stated −16 %.
    expect(resolveTargetLevel({ baseline: baseline(146), level: 102, relativeChange: -0.3 }).notes).toEqual(
      [],
    );
    expect(resolveTargetLevel({ baseline: baseline(813), level: 683, relativeChange: -0.16 }).notes).toEqual(
      [],
    );
  });

  it('leaves the level to be proposed when the target gives neither', () => {
    expect(resolveTargetLevel({ baseline: baseline(60) })).toEqual({
      level: undefined,
      from: 'none',
      relativeChange: undefined,
      notes: [],
    });
  });
});
