import { describe, expect, it } from 'vitest';
import { tabulatePersons } from '../../src/io/tabulate-persons.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import type { State } from '../../src/rules/facts.ts';

const persons = (month: string, states: State[]) =>
  states.map((ydelse, row) => ({ month, row, facts: { ...DEFAULT_PERSON, ydelse } }));

describe('tabulatePersons', () => {
  it('counts persons per month and ydelse, ordered by month then value', () => {
    const table = tabulatePersons([
      ...persons('2015-12', ['kontanthjaelp', 'a-dagpenge', 'kontanthjaelp']),
      ...persons('2015-11', ['kontanthjaelp']),
    ]);
    expect(table.dimensions).toEqual(['ydelse']);
    expect(table.rows.map((row) => [row.period.start, row.keys['ydelse'], row.value])).toEqual([
      ['2015-11', 'kontanthjaelp', 1],
      ['2015-12', 'a-dagpenge', 1],
      ['2015-12', 'kontanthjaelp', 2],
    ]);
  });

  it('counts by several facts, and uses the given month for persons without one', () => {
    const people = [
      { row: 2, facts: { ...DEFAULT_PERSON, ydelse: 'fleksjob' as const, education: 'lvu' as const } },
    ];
    const table = tabulatePersons(people, { by: ['ydelse', 'education'], month: '2015-12' });
    expect(table.rows).toEqual([
      {
        keys: { ydelse: 'fleksjob', education: 'lvu' },
        period: { kind: 'month', start: '2015-12' },
        value: 1,
      },
    ]);
  });
});
