import { describe, expect, it } from 'vitest';
import { drawQuantity } from '../../src/random/draw-quantity.ts';
import { createStream } from '../../src/random/random-stream.ts';
import type { Quantity } from '../../src/scenario/scenario.ts';
import { sampleMoments, seMean, seProportion, seVariance } from './sample-moments.ts';

const source = { assumption: true as const, rationale: { da: 'test', en: 'test' } };
const quantity = (uncertainty?: Quantity['uncertainty']): Quantity =>
  uncertainty ? { value: 0.3, unit: 'share', source, uncertainty } : { value: 0.3, unit: 'share', source };
const N = 100_000;

describe('drawQuantity', () => {
  it('returns the value of a certain Quantity and uses no draw', () => {
    const stream = createStream(5);
    const twin = createStream(5);
    expect(drawQuantity(quantity(), stream)).toBe(0.3);
    expect(stream.next()).toBe(twin.next());
  });

  it('draws triangular (low, value, high) by default: mean (low + value + high)/3', () => {
    const stream = createStream(6);
    const q = quantity({ low: 0.1, high: 0.8 });
    const m = sampleMoments(() => drawQuantity(q, stream), N);
    const variance = (0.01 + 0.09 + 0.64 - 0.03 - 0.08 - 0.24) / 18;
    expect(Math.abs(m.mean - 0.4)).toBeLessThan(5 * seMean(variance, N));
    expect(Math.abs(m.variance - variance)).toBeLessThan(5 * seVariance(m));
  });

  it('draws uniform on [low, high]', () => {
    const stream = createStream(7);
    const q = quantity({ low: 0.2, high: 0.5, distribution: 'uniform' });
    const m = sampleMoments(() => drawQuantity(q, stream), N);
    expect(Math.abs(m.mean - 0.35)).toBeLessThan(5 * seMean(0.09 / 12, N));
  });

  it('draws normal with [low, high] as the central 95 % interval', () => {
    const stream = createStream(8);
    const q = quantity({ low: 0.1, high: 0.5, distribution: 'normal' });
    let inside = 0;
    for (let i = 0; i < N; i++) {
      const x = drawQuantity(q, stream);
      if (x >= 0.1 && x <= 0.5) inside++;
    }
    expect(Math.abs(inside / N - 0.95)).toBeLessThan(5 * seProportion(0.95, N));
  });

  it('refuses a range that does not contain the value', () => {
    expect(() => drawQuantity(quantity({ low: 0.4, high: 0.5 }), createStream(9))).toThrow(
      /outside its range/,
    );
  });
});
