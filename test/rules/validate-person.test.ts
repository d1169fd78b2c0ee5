import { describe, expect, it } from 'vitest';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import { checkPerson } from '../../src/rules/validate-person.ts';

const messages = (value: unknown) =>
  checkPerson(value).problems.problems.map((problem) => [
    problem.pointer,
    problem.message.en,
    problem.hint?.en,
  ]);

describe('checkPerson', () => {
  it('accepts a person with every fact and an id', () => {
    const checked = checkPerson({ id: 'p1', ...DEFAULT_PERSON, age: 22 });
    expect(checked.person?.age).toBe(22);
    expect(checked.id).toBe('p1');
    expect(checked.problems.problems).toEqual([]);
  });

  it('names each missing fact instead of defaulting it', () => {
    const { age: _age, insured: _insured, ...rest } = DEFAULT_PERSON;
    expect(messages(rest)).toEqual([
      ['', 'missing fact "age" (no silent defaults)', undefined],
      ['', 'missing fact "insured" (no silent defaults)', undefined],
    ]);
  });

  it('suggests the nearest fact for an unknown key and checks values', () => {
    expect(messages({ ...DEFAULT_PERSON, agee: 3, ydelse: 'kontanthjælp', id: [] })).toEqual([
      ['/ydelse', '"kontanthjælp" is not a value of "ydelse"', 'did you mean "kontanthjaelp"?'],
      ['/agee', 'unknown fact "agee"', 'did you mean "age"?'],
      ['/id', '"id" must be a string or a number', undefined],
    ]);
  });

  it('fills missing facts from defaults only when given them', () => {
    expect(checkPerson({ age: 22 }, DEFAULT_PERSON).person).toEqual({ ...DEFAULT_PERSON, age: 22 });
  });

  it('refuses what is not an object', () => {
    expect(messages([1])).toEqual([['', 'a person must be a JSON object { … }', undefined]]);
  });
});
