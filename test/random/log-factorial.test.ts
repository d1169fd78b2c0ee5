import { describe, expect, it } from 'vitest';
import { logFactorial } from '../../src/random/log-factorial.ts';

describe('logFactorial', () => {
  it('is exact for small k: ln 0! = 0, ln 5! = ln 120', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 13);
  });

  it('agrees with the summed logarithms across the switch to Stirling’s series (k = 256) and far beyond', () => {
    let sum = 0;
    for (let k = 1; k <= 20_000; k++) {
      sum += Math.log(k);
      if (k === 255 || k === 256 || k === 257 || k === 1000 || k === 20_000) {
        expect(Math.abs(logFactorial(k) - sum) / sum).toBeLessThan(1e-13);
      }
    }
  });
});
