import { describe, expect, it } from 'vitest';
import { internalFromFacts } from '../../src/io/person-internals.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import type { PersonFacts } from '../../src/rules/facts.ts';

const person = (facts: Partial<PersonFacts>): PersonFacts => ({ ...DEFAULT_PERSON, ...facts });

describe('internalFromFacts', () => {
  it('puts the unemployed months at the most recent months, from this month when unemployed now', () => {
    expect(
      internalFromFacts(person({ ydelse: 'a-dagpenge', monthsUnemployedLast12: 3 }), 0).unemploymentMask,
    ).toBe(0b111);
    // Off unemployment now (sygedagpenge): the months before this one.
    expect(
      internalFromFacts(person({ ydelse: 'sygedagpenge', monthsUnemployedLast12: 3 }), 0).unemploymentMask,
    ).toBe(0b1110);
    expect(
      internalFromFacts(person({ ydelse: 'sygedagpenge', monthsUnemployedLast12: 12 }), 0).unemploymentMask,
    ).toBe(0xfff);
  });

  it('gives sick weeks back as months (the fewest whose weeks reach them), from this month on sygedagpenge', () => {
    // 17 weeks: 4 months give floor(4 × 52 / 12) = 17.
    expect(internalFromFacts(person({ ydelse: 'sygedagpenge', sickWeeksLast9Months: 17 }), 0).sickMask).toBe(
      0b1111,
    );
    expect(internalFromFacts(person({ ydelse: 'jobafklaring', sickWeeksLast9Months: 17 }), 0).sickMask).toBe(
      0b11110,
    );
  });

  it('counts self-support months, the months left of an offer, and spreads birth months by row', () => {
    const self = internalFromFacts(person({ ydelse: 'selvforsoergelse', monthsInYdelse: 7 }), 14);
    expect(self).toMatchObject({ monthsSelfSupport: 7, offerMonthsLeft: 0, birthMonth: 2 });
    const offer = internalFromFacts(
      person({ ydelse: 'kontanthjaelp', offer: 'nytteindsats', monthsInOffer: 1 }),
      0,
    );
    expect(offer).toMatchObject({ monthsSelfSupport: 0, offerMonthsLeft: 2 });
  });
});
