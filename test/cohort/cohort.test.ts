import { describe, expect, it } from 'vitest';
import { appendPerson } from '../../src/cohort/append-person.ts';
import { allocateRows, createCohort, ensureCapacity } from '../../src/cohort/cohort.ts';
import { copyCohort } from '../../src/cohort/copy-cohort.ts';
import { getInternal, getPerson } from '../../src/cohort/get-person.ts';
import type { FactColumns } from '../../src/rules/compiled-rule-set.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import { FACT_NAMES } from '../../src/rules/facts.ts';

const person = (overrides: Partial<typeof DEFAULT_PERSON>) => ({ ...DEFAULT_PERSON, ...overrides });

describe('columnar cohort', () => {
  it('createCohort allocates one column per fact, typed by the fact’s kind, plus the internal columns', () => {
    const cohort = createCohort(8);
    // The fact columns are what the compiled kernel takes.
    const columns: FactColumns = cohort.columns;
    expect(Object.keys(columns).sort()).toEqual([...FACT_NAMES].sort());
    expect(cohort.columns.age).toBeInstanceOf(Int32Array);
    expect(cohort.columns.ydelse).toBeInstanceOf(Uint8Array);
    expect(cohort.columns.insured).toBeInstanceOf(Uint8Array);
    expect(cohort.internal.unemploymentMask).toBeInstanceOf(Uint16Array);
    expect(cohort.columns.age.length).toBe(8);
    expect(cohort.count).toBe(0);
    expect(() => createCohort(-1)).toThrow(RangeError);
  });

  it('appendPerson and getPerson round-trip a person through the columns', () => {
    const cohort = createCohort(2);
    const a = person({ age: 29, ydelse: 'uddannelseshjaelp', visitation: 'uddannelseshjaelp' as never });
    expect(() => appendPerson(cohort, a)).toThrow(/visitation/);
    const b = person({
      age: 29,
      ydelse: 'uddannelseshjaelp',
      visitation: 'uddannelsesparat',
      monthsInYdelse: 3,
    });
    const row = appendPerson(cohort, b, { birthMonth: 4, unemploymentMask: 0b101 });
    expect(row).toBe(0);
    expect(getPerson(cohort, 0)).toEqual(b);
    expect(getInternal(cohort, 0)).toMatchObject({ birthMonth: 4, unemploymentMask: 5, sickMask: 0 });
    expect(() => getPerson(cohort, 1)).toThrow(RangeError);
  });

  it('ensureCapacity grows by doubling and keeps every row', () => {
    const cohort = createCohort(2);
    for (let i = 0; i < 5; i++) appendPerson(cohort, person({ age: 20 + i }), { monthsSelfSupport: i });
    expect(cohort.capacity).toBe(16); // 2 → at least 16 (the smallest growth) on the third person
    ensureCapacity(cohort, 40);
    expect(cohort.capacity).toBe(40);
    ensureCapacity(cohort, 41);
    expect(cohort.capacity).toBe(80);
    expect(Array.from({ length: 5 }, (_, i) => getPerson(cohort, i).age)).toEqual([20, 21, 22, 23, 24]);
    expect(getInternal(cohort, 4).monthsSelfSupport).toBe(4);
  });

  it('allocateRows adds zeroed rows and returns the first', () => {
    const cohort = createCohort(1);
    appendPerson(cohort, person({ age: 50 }));
    const first = allocateRows(cohort, 3);
    expect(first).toBe(1);
    expect(cohort.count).toBe(4);
    expect(Array.from(cohort.columns.age.subarray(0, 4))).toEqual([50, 0, 0, 0]);
  });

  it('copyCohort copies the rows into fresh or reused columns without touching the source', () => {
    const source = createCohort(4);
    appendPerson(source, person({ age: 33 }), { birthMonth: 2 });
    appendPerson(source, person({ age: 44 }));
    const copy = copyCohort(source);
    expect(copy.count).toBe(2);
    expect(getPerson(copy, 1).age).toBe(44);
    copy.columns.age[0] = 99;
    expect(getPerson(source, 0).age).toBe(33);
    const reused = createCohort(10);
    const ages = reused.columns.age;
    copyCohort(source, reused);
    expect(reused.columns.age).toBe(ages);
    expect(getInternal(reused, 0).birthMonth).toBe(2);
  });
});
