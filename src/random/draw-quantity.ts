import type { Quantity } from '../scenario/scenario.ts';
import { normal } from './normal.ts';
import type { RandomStream } from './random-stream.ts';
import { triangular } from './triangular.ts';
import { uniform } from './uniform.ts';

/** Φ⁻¹(0.975): a normal Quantity's [low, high] is its central 95 % interval, so sd = (high − low) / (2 · Z). */
const Z_975 = 1.959963984540054;

/**
 * One draw of a Quantity (parameter uncertainty): its value when it has no uncertainty (no draw is used), else
 * uniform on [low, high], triangular (low, value, high) — the default — or normal with mean value and standard
 * deviation (high − low) / 3.92 (low and high the 2.5 % and 97.5 % points). Unclamped: the caller clamps to what
 * the use allows. Throws a RangeError when the range does not contain the value.
 */
export function drawQuantity(quantity: Quantity, stream: RandomStream): number {
  const range = quantity.uncertainty;
  if (!range) return quantity.value;
  if (!(range.low <= quantity.value && quantity.value <= range.high)) {
    throw new RangeError(
      `An uncertain quantity has value ${quantity.value} outside its range [${range.low}, ${range.high}]; ` +
        'the range must contain the value.',
    );
  }
  switch (range.distribution ?? 'triangular') {
    case 'uniform':
      return uniform(stream, range.low, range.high);
    case 'triangular':
      return triangular(stream, range.low, quantity.value, range.high);
    case 'normal':
      return normal(stream, quantity.value, (range.high - range.low) / (2 * Z_975));
  }
}
