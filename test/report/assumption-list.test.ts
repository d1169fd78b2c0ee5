import { describe, expect, it } from 'vitest';
import { assumptionLabel } from '../../src/report/assumption-label.ts';
import { assumptionList, sourceText } from '../../src/report/assumption-list.ts';
import { fixtureScenario } from './report-fixture.ts';

describe('assumptionList', () => {
  const scenario = fixtureScenario();
  const list = assumptionList(scenario);

  it('lists the Quantities first (macro before activation), then the cohort, baselines and observations', () => {
    expect(list.map((entry) => entry.path)).toEqual([
      '/macro/unemploymentChange',
      '/activation/employerBasedShare',
      '/cohort/tables/0',
      '/targets/0/baseline',
      '/targets/1/baseline',
      '/targets/2/baseline',
      '/targets/3/baseline',
      '/observations/0',
    ]);
  });

  it('keeps value, unit, range and whether the value is an assumption', () => {
    expect(list[0]).toMatchObject({
      group: 'macro',
      label: { da: 'ledighedens udvikling' },
      value: -0.12,
      unit: 'relative change',
      uncertainty: { low: -0.2, high: -0.05 },
      assumption: true,
    });
    expect(list[1]).toMatchObject({ group: 'activation', value: 0.7, assumption: false });
    // The cohort table counts 500 persons on kontanthjælp (report-fixture.ts).
    expect(list[2]).toMatchObject({
      group: 'cohort',
      value: 500,
      unit: 'persons',
      label: { da: 'Kohorten: ydelse' },
    });
    expect(list[7]).toMatchObject({ group: 'observations', value: -0.05, unit: 'relative change' });
  });

  it('does not change the scenario', () => {
    const before = JSON.stringify(scenario);
    assumptionList(scenario);
    expect(JSON.stringify(scenario)).toBe(before);
  });
});

describe('sourceText', () => {
  it('writes a source as document, section and address, and an assumption with its rationale', () => {
    expect(sourceText({ document: 'Seed 000', section: 'bilag, mål 1', url: 'https://x.dk' }, 'da')).toBe(
      'Seed 000, bilag, mål 1, https://x.dk',
    );
    const assumed = { assumption: true as const, rationale: { da: 'Skøn.', en: 'Estimate.' } };
    expect(sourceText(assumed, 'da')).toBe('Antagelse: Skøn.');
    expect(sourceText(assumed, 'en')).toBe('Assumption: Estimate.');
  });
});

describe('assumptionLabel', () => {
  const scenario = {
    inflow: [{ id: 'flygtninge' }],
    transitions: {
      kontanthjaelp: { duration: [{ bands: [{ min: 0, max: 3 }] }], age: [{ bands: [{ min: 50 }] }] },
    },
  };
  it.each([
    ['/transitions/kontanthjaelp/exits/selvforsoergelse', 'afgang fra kontanthjælp til selvforsørgelse'],
    [
      '/transitions/kontanthjaelp/duration/0/bands/0/factor',
      'kontanthjælp: faktor ved 0–3 måneder på ydelsen',
    ],
    ['/transitions/kontanthjaelp/age/0/bands/0/factor', 'kontanthjælp: faktor for alder 50+ år'],
    ['/transitions/a-dagpenge/education/0/values/lvu', 'a-dagpenge: faktor for LVU'],
    ['/inflow/0/perMonth', 'tilgang "flygtninge" pr. måned'],
    ['/activation/effects/loentilskud-privat', 'effekt af privat løntilskud'],
    ['/parameters/sygedagpengeReassessmentWeeks', 'regelparameter sygedagpengeReassessmentWeeks'],
    ['/costs/refusion/ledighedsydelse', 'refusionssats, ledighedsydelse'],
    ['/somewhere/new', '/somewhere/new'],
  ])('%s → %s', (path, words) => {
    expect(assumptionLabel(path, scenario).da).toBe(words);
  });
});
