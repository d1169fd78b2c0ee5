import { describe, expect, it } from 'vitest';
import { scenarioSeries } from '../../src/calibrate/scenario-series.ts';
import { ASSUMED, q, smallScenario } from '../sim/small-model.ts';

const target = (id: string, indicator: string, month: string, value: number) => ({
  id,
  indicator,
  title: { da: id, en: id },
  direction: 'atMost' as const,
  baseline: { month, value, source: ASSUMED },
  month: '2015-12',
});

describe('scenarioSeries', () => {
  it('turns baselines and observations into series, relative changes against the baseline', () => {
    const scenario = smallScenario(
      10,
      24,
      { kontanthjaelp: { exits: { selvforsoergelse: q(0.1) } } },
      {
        targets: [target('1', 'unge', '2013-12', 535), target('2', 'lange', '2014-01', 492)],
        observations: [
          { indicator: 'unge', month: '2014-10', relativeChange: -0.15, since: '2013-12', source: ASSUMED },
          { indicator: 'lange', month: '2014-09', relativeChange: -0.05, source: ASSUMED },
          { indicator: 'andel', month: '2014-10', value: 60, source: ASSUMED },
        ],
      },
    );
    const { series, warnings } = scenarioSeries(scenario);
    expect(warnings).toEqual([]);
    const byId = Object.fromEntries(series.map((s) => [s.id, s.points]));
    // 535 × (1 − 0.15) = 454.75; 492 × 0.95 = 467.4 (since defaults to the baseline month, 2014-01).
    expect(byId['indicator:unge']).toEqual([
      { month: '2013-12', value: 535 },
      { month: '2014-10', value: 454.75 },
    ]);
    expect(byId['indicator:lange']?.[1]?.value).toBeCloseTo(467.4, 10);
    expect(byId['indicator:andel']).toEqual([{ month: '2014-10', value: 60 }]);
  });

  it('leaves out, with a warning, a relative change without a figure at its reference month', () => {
    const scenario = smallScenario(
      10,
      24,
      {},
      {
        observations: [
          { indicator: 'x', month: '2014-10', relativeChange: -0.1, since: '2013-12', source: ASSUMED },
        ],
      },
    );
    const { series, warnings } = scenarioSeries(scenario);
    expect(series).toEqual([]);
    expect(warnings[0]?.en).toContain('/observations/0');
  });
});
