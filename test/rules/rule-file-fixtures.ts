/**
 * Test helper: small, valid rule files written for the tests of validation, loading, explanation and the CLI, so
 * that they do not depend on the repository's rules (which change as the rules are written). Each function
 * returns a fresh object; tests break one thing at a time and look for exactly that error.
 */
import type { PersonFacts } from '../../src/rules/facts.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';

type Json = { [key: string]: unknown };

/** A parameter with a source, as rule files declare them. */
function parameter(value: number, unit: string, da: string, en: string): Json {
  return { label: { da, en }, value, unit, source: { document: 'Test fixture' } };
}

/**
 * The sygedagpenge reassessment (DESIGN §2.3): on sygedagpenge with at least `param:reassessmentWeeks` (22)
 * sick weeks in the last 9 months → jobafklaring with probability `param:notExtendedShare` (0.4).
 */
export function sickRule(): Json {
  return {
    name: 'sick-reassessment',
    conditions: {
      all: [
        { fact: 'ydelse', operator: 'equal', value: 'sygedagpenge' },
        {
          fact: 'sickWeeksLast9Months',
          operator: 'greaterThanInclusive',
          value: { fact: 'param:reassessmentWeeks' },
        },
      ],
    },
    event: {
      type: 'transition',
      params: { to: 'jobafklaring', probability: { fact: 'param:notExtendedShare' } },
    },
    meta: {
      title: { da: 'Revurdering efter 22 uger', en: 'Reassessment after 22 weeks' },
      description: { da: 'Testregel.', en: 'Test rule.' },
      sources: [{ document: 'Test fixture' }],
      effectiveFrom: '2014-07',
      parameters: {
        reassessmentWeeks: parameter(22, 'weeks', 'Revurderingsfrist', 'Reassessment point'),
        notExtendedShare: parameter(0.4, 'share', 'Andel ikke forlænget', 'Share not extended'),
      },
    },
    cases: [
      {
        name: '22 sick weeks: reassessed',
        facts: { ydelse: 'sygedagpenge', sickWeeksLast9Months: 22 },
        expect: { fires: true },
      },
      {
        name: '21 sick weeks: not yet',
        facts: { ydelse: 'sygedagpenge', sickWeeksLast9Months: 21 },
        expect: { fires: false },
      },
      { name: 'self-supporting: never', facts: { sickWeeksLast9Months: 30 }, expect: { fires: false } },
    ],
  };
}

/** Counts young people on public support via the shared condition `on-support`. */
export function youngRule(): Json {
  return {
    name: 'young-on-support',
    conditions: {
      all: [{ condition: 'on-support' }, { fact: 'age', operator: 'lessThan', value: 30 }],
    },
    event: { type: 'indicator', params: { indicator: 'unge-under-30' } },
    meta: {
      title: { da: 'Unge under 30 på offentlig forsørgelse', en: 'Young people under 30 on public support' },
      description: { da: 'Testregel.', en: 'Test rule.' },
      sources: [{ document: 'Test fixture' }],
      effectiveFrom: '2014-01',
    },
    cases: [
      {
        name: '29 on kontanthjælp counts',
        facts: { age: 29, ydelse: 'kontanthjaelp' },
        expect: { fires: true },
      },
      {
        name: '30 on kontanthjælp does not',
        facts: { age: 30, ydelse: 'kontanthjaelp' },
        expect: { fires: false },
      },
      { name: '20 in a job does not', facts: { age: 20 }, expect: { fires: false } },
    ],
  };
}

/** The shared condition: on one of four kinds of public support. */
export function onSupportCondition(): Json {
  return {
    name: 'on-support',
    conditions: {
      any: [
        { fact: 'ydelse', operator: 'in', value: ['kontanthjaelp', 'uddannelseshjaelp', 'sygedagpenge'] },
        { fact: 'ydelse', operator: 'equal', value: 'a-dagpenge' },
      ],
    },
    meta: {
      title: { da: 'På offentlig forsørgelse', en: 'On public support' },
      description: { da: 'Testbetingelse.', en: 'Test condition.' },
    },
  };
}

/** A rule file's text as an editor would save it: 2-space JSON and a final newline. */
export function fileText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** The 1-based line and column where `needle` first occurs in `text` (the expected position of an error). */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** DEFAULT_PERSON with some facts changed. */
export function person(facts: Partial<PersonFacts>): PersonFacts {
  return { ...DEFAULT_PERSON, ...facts };
}
