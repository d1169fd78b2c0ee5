import { it } from 'vitest';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import { richRuleSet, richScenario } from './small-model.ts';
it('runs', () => {
  const m = prepareModel(richScenario(), richRuleSet());
  const r = monteCarlo(m, { replications: 50 });
  for (const i of r.indicators) console.log(i.id, i.mean.map((x) => x.toFixed(1)).join(' '));
  console.log('cost', r.costs?.mean.map((x) => x.toFixed(0)).join(' '));
  for (const s of ['kontanthjaelp', 'sygedagpenge', 'jobafklaring', 'selvforsoergelse', 'foertidspension'])
    console.log(s, r.states[s]!.map((x) => x.toFixed(0)).join(' '));
  console.log(JSON.stringify(r.targets, null, 1));
  console.log(r.raw.cappedPersonMonths, m.plans.size);
});
