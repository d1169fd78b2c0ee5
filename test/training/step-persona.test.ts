import { describe, expect, test } from 'vitest';
import { personaById, type Persona } from '../../src/training/personas.ts';
import { DEFAULT_PATH_MONTHS, stepPersona } from '../../src/training/step-persona.ts';
import { fixtureScenario } from '../web/sim-fixture.ts';
import { loadRepoRuleSet } from '../rules/repo-rule-files.ts';

const ruleSet = loadRepoRuleSet();
const scenario = fixtureScenario();

function persona(id: string): Persona {
  const found = personaById(id);
  if (!found) throw new Error(`no persona ${id}`);
  return found;
}

describe('stepPersona', () => {
  test('records month 0 … 24 from the start month, month 0 holding the persona’s own facts', () => {
    const mikkel = persona('mikkel-uddannelseshjaelp');
    const path = stepPersona(mikkel, scenario, ruleSet);
    expect(path.months).toHaveLength(DEFAULT_PATH_MONTHS + 1);
    expect(path.months[0]?.month).toBe('2016-01');
    expect(path.months[24]?.month).toBe('2018-01');
    expect(path.months[0]?.facts).toEqual(mikkel.facts);
  });

  test('is deterministic for a seed: the same seed gives the same path, to the fired rule', () => {
    const henrik = persona('henrik-sygedagpenge');
    const a = stepPersona(henrik, scenario, ruleSet, { seed: 7, randomExits: true });
    const b = stepPersona(henrik, scenario, ruleSet, { seed: 7, randomExits: true });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  test('Henrik crosses 22 weeks in month 2 (17 → 22 weeks) and only then may move to jobafklaring, by the rule', () => {
    // 3 months sick at month 0; sick weeks = round(months × 52 / 12): 4 months → 17, 5 months → 22 (src/time/weeks.ts).
    const path = stepPersona(persona('henrik-sygedagpenge'), scenario, ruleSet, { seed: 1 });
    const weeks = path.months.map((month) => month.facts.sickWeeksLast9Months);
    expect(weeks.slice(0, 4)).toEqual([13, 17, 22, 26]);
    const reassessed = (t: number): boolean =>
      path.months[t]?.fired.some((fired) => fired.rule === 'sygedagpenge-revurdering') ?? false;
    expect([0, 1, 2].map(reassessed)).toEqual([false, false, true]);
    const moved = path.months.findIndex((month) => month.facts.ydelse === 'jobafklaring');
    expect(moved).toBeGreaterThan(2);
    expect(path.months[moved]?.change).toBe('rule');
    expect(reassessed(moved - 1)).toBe(true);
  });

  test('the rule files’ parameters apply by default; the scenario’s values on request', () => {
    const henrik = persona('henrik-sygedagpenge');
    const share = (useScenario: boolean): unknown => {
      const path = stepPersona(henrik, scenario, ruleSet, { scenarioParameters: useScenario });
      const event = path.months[2]?.fired.find((fired) => fired.rule === 'sygedagpenge-revurdering')?.event;
      return event?.type === 'transition' ? event.params.probability : undefined;
    };
    // 0.4 is the default of sygedagpengeNotExtendedShare in rules/reforms/sygedagpenge-revurdering.json.
    expect(share(false)).toBe(0.4);
    // The scenario states this share as an uncertain Quantity: replication 0 draws it within its range.
    const quantity = scenario.parameters['sygedagpengeNotExtendedShare'];
    const low = quantity?.uncertainty?.low ?? quantity?.value ?? NaN;
    const high = quantity?.uncertainty?.high ?? quantity?.value ?? NaN;
    const drawn = share(true);
    expect(typeof drawn === 'number' && drawn >= low && drawn <= high && drawn !== 0.4).toBe(true);
  });

  test('rules only: without random exits no month changes the ydelse by a draw', () => {
    for (const id of ['bente-langtidsledig', 'lars-ressourceforloeb', 'peter-offentligt-loentilskud']) {
      const path = stepPersona(persona(id), scenario, ruleSet, { seed: 3 });
      expect(path.months.filter((month) => month.change === 'draw')).toEqual([]);
    }
  });

  test('rules apply by their effective dates: integrationsydelse-nye-ansoegere is not in effect from 2016-07', () => {
    const path = stepPersona(persona('amina-integration'), scenario, ruleSet);
    const inEffect = (month: string): boolean =>
      path.months.find((m) => m.month === month)?.inEffect.includes('integrationsydelse-nye-ansoegere') ??
      false;
    expect(inEffect('2015-10')).toBe(true);
    expect(inEffect('2016-06')).toBe(true);
    expect(inEffect('2016-07')).toBe(false);
  });

  test('a fact outside the vocabulary is refused with a message that names the fact', () => {
    const bad = { ...persona('lars-ressourceforloeb').facts, age: 200 };
    expect(() => stepPersona({ facts: bad, startMonth: '2016-01' }, scenario, ruleSet)).toThrow(/age/);
  });
});
