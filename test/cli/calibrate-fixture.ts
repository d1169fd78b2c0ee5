/**
 * A fixture folder for the calibrate and backtest CLI tests: the synthetic calibration scenario as a file, a
 * one-rule rule folder, and a Statistikbanken-style CSV export of the kontanthjælp and a-dagpenge stocks made
 * from one replication of the scenario with known multipliers (1.3 on kontanthjælp exits, 0.8 on a-dagpenge
 * exits).
 */
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import { scenarioWith, syntheticRules, syntheticScenario } from '../calibrate/synthetic-model.ts';
import { seriesSamples } from '../../src/calibrate/series-samples.ts';
import { fixtureDir } from './run-cli.ts';

const countRule = {
  name: 'kontant',
  conditions: { all: [{ fact: 'ydelse', operator: 'equal', value: 'kontanthjaelp' }] },
  event: { type: 'indicator', params: { indicator: 'kontant' } },
  meta: {
    title: { da: 'Kontanthjælp', en: 'Kontanthjælp' },
    description: { da: 'Personer på kontanthjælp.', en: 'Persons on kontanthjælp.' },
    sources: [{ document: 'test' }],
    effectiveFrom: '2000-01',
  },
  cases: ['kontanthjaelp', 'a-dagpenge', 'selvforsoergelse'].map((ydelse) => ({
    name: `${ydelse}`,
    facts: { ydelse },
    expect: { fires: ydelse === 'kontanthjaelp' },
  })),
};

/** The folder: scenario/small.json, rules/kontant.json, data.csv. */
export function calibrationFixture(): string {
  const scenario = syntheticScenario(200);
  const truth = { ...scenarioWith(scenario, [1.3, 1, 0.8, 1]), seed: 99 };
  const result = monteCarlo(prepareModel(truth, syntheticRules()), { replications: 1 });
  const lines = ['Tid;Ydelse;Antal'];
  result.context.months.forEach((month, t) => {
    for (const [label, state] of [
      ['Kontanthjælp', 'kontanthjaelp'],
      ['A-dagpenge', 'a-dagpenge'],
    ] as const) {
      const value = seriesSamples(result, { kind: 'state', id: state }, t)[0] ?? 0;
      lines.push(`${month.replace('-', 'M')};${label};${value}`);
    }
  });
  const { lineage: _lineage, ...file } = scenario;
  return fixtureDir({
    'scenario/small.json': JSON.stringify(file, null, 2),
    'rules/kontant.json': JSON.stringify(countRule, null, 2),
    'data.csv': `${lines.join('\n')}\n`,
  });
}
