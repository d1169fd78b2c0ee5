import { describe, expect, test } from 'vitest';
import { firstBatchSize, sliceSize, type SliceSettings } from '../../../web/worker/slice-sizes.ts';

const SETTINGS: SliceSettings = {
  workers: 2,
  firstBatch: 50,
  minFirstBatch: 20,
  firstAnswerMs: 600,
  sliceMs: 120,
};

describe('slice sizes', () => {
  test('the first batch is what the workers do in firstAnswerMs, between 20 and 50', () => {
    expect(firstBatchSize(SETTINGS, 30)).toBe(40); // 600 / 30 × 2
    expect(firstBatchSize(SETTINGS, 5)).toBe(50);
    expect(firstBatchSize(SETTINGS, 200)).toBe(20);
  });

  test('slices take about sliceMs, share the first batch and stop at its end', () => {
    expect(sliceSize(SETTINGS, 12, 40, 40)).toBe(10); // 120 / 12
    expect(sliceSize(SETTINGS, 1, 40, 40)).toBe(100); // at most 100
    expect(sliceSize(SETTINGS, 1, 0, 40)).toBe(20); // half the first batch each
    expect(sliceSize(SETTINGS, 12, 35, 40)).toBe(5); // not across the first batch's end
  });
});
