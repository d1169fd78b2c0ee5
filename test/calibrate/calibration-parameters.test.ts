import { describe, expect, it } from 'vitest';
import {
  MULTIPLIER_PRIOR_SD,
  calibrationParameters,
  chooseParameters,
} from '../../src/calibrate/calibration-parameters.ts';
import type { ObservedSeries } from '../../src/calibrate/calibration-types.ts';
import { q } from '../sim/small-model.ts';
import { syntheticScenario } from './synthetic-model.ts';

const stockSeries = (months: string[]): ObservedSeries => ({
  id: 'ydelse:kontanthjaelp',
  target: { kind: 'state', id: 'kontanthjaelp' },
  points: months.map((month) => ({ month, value: 1 })),
  source: 'test',
});

describe('calibration parameters', () => {
  it('fits exits and inflow of an observed state, and the macro shift only with 9+ months of data', () => {
    const scenario = syntheticScenario(50);
    expect(chooseParameters(scenario, [stockSeries(['2014-03'])])).toEqual([
      { kind: 'exitMultiplier', state: 'kontanthjaelp' },
      { kind: 'inflowMultiplier', state: 'kontanthjaelp' },
    ]);
    // a-dagpenge has a macro elasticity; 2014-09 is 9 months after the start 2013-12.
    expect(chooseParameters(scenario, [stockSeries(['2014-09'])]).at(-1)).toEqual({
      kind: 'macroElasticityShift',
    });
    expect(chooseParameters(scenario, [stockSeries(['2014-09'])], '2014-06').at(-1)?.kind).toBe(
      'inflowMultiplier',
    );
  });

  it('takes the prior from the stated uncertainty of the largest uncertain Quantity, else the default', () => {
    const scenario = syntheticScenario(50);
    const exits = scenario.transitions.kontanthjaelp?.exits;
    if (!exits) throw new Error('fixture has kontanthjælp exits');
    // Triangular (0.05, 0.06, 0.07): sd = √((0.05² + 0.06² + 0.07² − 0.05·0.06 − 0.05·0.07 − 0.06·0.07) / 18)
    // = 0.004082; relative to 0.06: 0.06804.
    exits.selvforsoergelse = q(0.06, 'probability/month', [0.05, 0.07]);
    const [exit, inflow] = calibrationParameters(scenario, [
      { kind: 'exitMultiplier', state: 'kontanthjaelp' },
      { kind: 'inflowMultiplier', state: 'kontanthjaelp' },
    ]);
    expect(exit?.paths).toEqual([
      '/transitions/kontanthjaelp/exits/selvforsoergelse',
      '/transitions/kontanthjaelp/exits/a-dagpenge',
    ]);
    expect(exit?.priorSd).toBeCloseTo(0.06804, 4);
    expect(inflow?.paths).toEqual(['/inflow/0/perMonth']);
    expect(inflow?.priorSd).toBe(MULTIPLIER_PRIOR_SD);
  });

  it('refuses a parameter that moves nothing', () => {
    expect(() =>
      calibrationParameters(syntheticScenario(50), [{ kind: 'inflowMultiplier', state: 'sygedagpenge' }]),
    ).toThrow('No inflow stream enters "sygedagpenge"');
  });
});
