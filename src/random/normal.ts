import { normalQuantile } from './normal-quantile.ts';
import type { RandomStream } from './random-stream.ts';
import { openUniform } from './uniform.ts';

/**
 * A normal draw with this mean and standard deviation, by inversion (Φ⁻¹ of one open uniform): exactly one
 * draw from the stream per call, so that streams stay aligned whatever the values. `normal(stream, 0, 1)`.
 */
export function normal(stream: RandomStream, mean: number, sd: number): number {
  if (!(sd >= 0)) throw new RangeError(`normal needs a standard deviation ≥ 0, got ${sd}`);
  return mean + sd * normalQuantile(openUniform(stream));
}
