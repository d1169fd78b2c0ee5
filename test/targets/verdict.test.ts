import { describe, expect, it } from 'vitest';
import { verdict } from '../../src/targets/verdict.ts';

describe('verdict', () => {
  it.each([
    [1, 'safe', 'sikkert'],
    [0.9, 'safe', 'sikkert'],
    [0.8999, 'realistic', 'ambitiøst og realistisk'],
    [0.5, 'realistic', 'ambitiøst og realistisk'],
    [0.4999, 'veryAmbitious', 'meget ambitiøst'],
    [0.2, 'veryAmbitious', 'meget ambitiøst'],
    [0.1999, 'unrealistic', 'urealistisk'],
    [0, 'unrealistic', 'urealistisk'],
  ])('P(reach) %d is %s ("%s") with the default thresholds', (p, id, da) => {
    const result = verdict(p);
    expect(result.id).toBe(id);
    expect(result.label.da).toBe(da);
  });

  it('has English labels and takes other thresholds', () => {
    expect(verdict(0.7).label.en).toBe('ambitious and realistic');
    expect(verdict(0.7, { safe: 0.95, realistic: 0.75, veryAmbitious: 0.3 }).id).toBe('veryAmbitious');
  });

  it('refuses a probability outside [0, 1] and thresholds out of order', () => {
    expect(() => verdict(1.1)).toThrow(RangeError);
    expect(() => verdict(0.5, { safe: 0.5, realistic: 0.9, veryAmbitious: 0.2 })).toThrow(RangeError);
  });
});
