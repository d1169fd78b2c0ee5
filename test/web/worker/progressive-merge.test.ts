import { describe, expect, test } from 'vitest';
import { ProgressiveMerge } from '../../../web/worker/progressive-merge.ts';
import { referenceResult } from '../sim-fixture.ts';

describe('ProgressiveMerge', () => {
  test('merges only the contiguous prefix, whatever order slices arrive in', () => {
    const merge = new ProgressiveMerge();
    merge.add(referenceResult(4, 8));
    expect(merge.contiguous()).toBe(0);
    expect(merge.merge()).toBeUndefined();
    merge.add(referenceResult(0, 4));
    expect(merge.contiguous()).toBe(8);
    merge.add(referenceResult(10, 12));
    const merged = merge.merge();
    expect([merged?.raw.from, merged?.raw.to]).toEqual([0, 8]);
    expect(merged?.raw.indicators).toEqual(referenceResult(0, 8).raw.indicators);
  });

  test('the merged whole equals the one-run result, summaries included', () => {
    const merge = new ProgressiveMerge();
    for (const [from, to] of [
      [8, 12],
      [0, 3],
      [3, 8],
    ] as const)
      merge.add(referenceResult(from, to));
    const whole = merge.merge();
    expect(whole?.targets).toEqual(referenceResult().targets);
    expect(whole?.indicators.map((i) => i.quantiles)).toEqual(
      referenceResult().indicators.map((i) => i.quantiles),
    );
  });
});
