/**
 * The committee table and its texts on the real Lyngby-Taarbæk 2015 scenario (100 replications, the golden
 * seed): the seed's annex rows are all there, the "−11 %" inconsistency of target 7 is said, target 8 gives its
 * reason, and no generated sentence holds a number that is not in the input.
 */
import { describe, expect, it } from 'vitest';
import { assumptionList } from '../../src/report/assumption-list.ts';
import { committeeTable } from '../../src/report/committee-table.ts';
import { targetGoalText } from '../../src/report/target-goal-text.ts';
import { targetRationale } from '../../src/report/target-rationale.ts';
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import { GOLDEN_SEED } from '../golden/golden-output.ts';
import { prepareRepoScenario } from '../scenarios/repo-scenario-files.ts';
import { untraceable } from './traceable-numbers.ts';

const model = prepareRepoScenario('lyngby-taarbaek-2015', (s) => ({ ...s, seed: GOLDEN_SEED }));
const result = monteCarlo(model, { replications: 100 });
const rows = committeeTable(result, model.scenario, { ambition: 0.8 });
const byNr = (nr: string) => {
  const row = rows.find((r) => r.nr === nr);
  if (!row) throw new Error(`no row ${nr}`);
  return row;
};

describe('committee report of lyngby-taarbaek-2015', () => {
  it('has the annex rows 1, 2, 2a, 3 … 9 (seed 000, "Mål i Beskæftigelsesplan 2015")', () => {
    expect(rows.map((row) => row.nr)).toEqual(['1', '2', '2a', '3', '4', '5', '6', '7', '8', '9']);
    expect(rows.filter((row) => row.kind === 'simulated')).toHaveLength(8);
  });

  it('flags target 7’s stated −11 % that is really −14 %, and gives target 8’s reason', () => {
    expect(targetRationale(byNr('7'), 'da')).toContain(
      'Uoverensstemmelse i kilden: Målet angiver −11 %, men 243 → 209 er −14 %',
    );
    expect(targetRationale(byNr('8'), 'da')).toMatch(/^Ikke simuleret\. Kan ikke simuleres/);
  });

  it('writes no number that is not in the input, in Danish and English', () => {
    for (const row of rows) {
      for (const lang of ['da', 'en'] as const) {
        const text = `${targetGoalText(row, lang)} ${targetRationale(row, lang)}`;
        expect(untraceable(text, row, lang), text).toEqual([]);
      }
    }
  });

  it('lists every Quantity of the scenario with a source or an assumption', () => {
    const list = assumptionList(model.scenario);
    const quantities = list.filter((entry) => !['cohort', 'targets', 'observations'].includes(entry.group));
    expect(quantities.length).toBe(model.quantities.paths.length);
    expect(list.find((entry) => entry.path === '/macro/unemploymentChange')?.assumption).toBe(false);
    expect(list.every((entry) => entry.label.da.length > 0 && !entry.label.da.startsWith('/'))).toBe(true);
  });
});
