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

  test('after the first batch, slices take about sliceMs, between 1 and 100 replications', () => {
    expect(sliceSize(SETTINGS, 12, 40, 40)).toBe(10); // 120 / 12
    expect(sliceSize(SETTINGS, 1, 40, 40)).toBe(100); // at most 100
    expect(sliceSize(SETTINGS, 500, 40, 40)).toBe(1); // at least 1
  });

  test('the first batch is shared equally between the workers, whatever a slice of sliceMs would hold', () => {
    expect(sliceSize(SETTINGS, 1, 0, 40)).toBe(20); // half the first batch each
    expect(sliceSize(SETTINGS, 12, 0, 25)).toBe(13); // not 10: one slice per worker
    expect(sliceSize(SETTINGS, 12, 13, 25)).toBe(12); // the rest, not across the batch's end
    expect(sliceSize({ ...SETTINGS, workers: 3 }, 12, 0, 25)).toBe(9);
  });
});
