import { describe, expect, test } from 'vitest';
import { FACT_NAMES } from '../../src/rules/facts.ts';
import { factValueProblem } from '../../src/rules/validate-rule-file.ts';
import { PERSONAS, personaById } from '../../src/training/personas.ts';
import { stepPersona } from '../../src/training/step-persona.ts';
import { fixtureScenario } from '../web/sim-fixture.ts';
import { loadRepoRuleSet, readRepoRuleFiles } from '../rules/repo-rule-files.ts';

const ruleSet = loadRepoRuleSet();
const scenario = fixtureScenario();
/** Every reform rule of the repository, read from rules/reforms/ on disk. */
const reformRules = readRepoRuleFiles()
  .filter(({ path }) => path.startsWith('rules/reforms/'))
  .map(({ file }) => file.name);
const paths = new Map(PERSONAS.map((persona) => [persona.id, stepPersona(persona, scenario, ruleSet)]));
const firedBy = (id: string): Set<string> =>
  new Set((paths.get(id)?.months ?? []).flatMap((month) => month.fired.map((fired) => fired.rule)));

describe('PERSONAS', () => {
  test('there are at least six personas with unique ids', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(PERSONAS.map((persona) => persona.id)).size).toBe(PERSONAS.length);
    expect(personaById('henrik-sygedagpenge')?.facts.age).toBe(45);
    expect(personaById('nobody')).toBeUndefined();
  });

  test.each(PERSONAS.map((persona) => [persona.id, persona] as const))(
    '%s is a complete, valid fact record with texts in Danish and English',
    (_id, persona) => {
      expect(Object.keys(persona.facts).sort()).toEqual([...FACT_NAMES].sort());
      for (const name of FACT_NAMES) expect(factValueProblem(name, persona.facts[name])).toBeUndefined();
      expect(persona.description.da.length).toBeGreaterThan(10);
      expect(persona.description.en.length).toBeGreaterThan(10);
      expect(persona.exercises.length).toBeGreaterThan(0);
    },
  );

  test.each(PERSONAS.map((persona) => [persona.id, persona] as const))(
    '%s makes every rule it claims to exercise fire within 24 months',
    (id, persona) => {
      const fired = firedBy(id);
      expect(persona.exercises.filter((rule) => !fired.has(rule))).toEqual([]);
    },
  );

  test('together the personas make every reform rule in rules/reforms/ fire (add a persona for a new rule)', () => {
    expect(reformRules.length).toBeGreaterThanOrEqual(18);
    const fired = new Set(PERSONAS.flatMap((persona) => [...firedBy(persona.id)]));
    expect(reformRules.filter((rule) => !fired.has(rule))).toEqual([]);
    const claimed = new Set(PERSONAS.flatMap((persona) => persona.exercises));
    expect(reformRules.filter((rule) => !claimed.has(rule))).toEqual([]);
  });
});
