/**
 * The built-in persons of training mode: complete fact records a trainer steps through the months. Each one is
 * built to make certain reform rules fire (`exercises`), and together they exercise every reform rule of the
 * repository (test/training/personas.test.ts steps them all and fails when a reform rule has no persona).
 *
 * Facts start from DEFAULT_PERSON and state what the person is about; the history columns the monthly step needs
 * (unemployment and sickness masks, months left of an offer) are derived from the facts as for an imported person
 * (src/io/person-internals.ts).
 */
import { DEFAULT_PERSON } from '../rules/default-person.ts';
import type { LocalText, PersonFacts } from '../rules/facts.ts';
import type { Month } from '../time/month.ts';

export interface Persona {
  /** Stable id, kebab-case, e.g. "henrik-sygedagpenge". */
  id: string;
  /** First name shown in the UI. */
  name: string;
  /** One line: who the person is and what happens, in Danish and English. */
  description: LocalText;
  /** Month 0 of the person's path ("YYYY-MM"); rules apply by their effective dates from here. */
  startMonth: Month;
  /** Every fact of the vocabulary at month 0. */
  facts: Readonly<PersonFacts>;
  /** Names of the reform rules this person is meant to make fire within 24 months. */
  exercises: readonly string[];
}

function persona(spec: Omit<Persona, 'facts'> & { facts: Partial<PersonFacts> }): Persona {
  return { ...spec, facts: Object.freeze({ ...DEFAULT_PERSON, ...spec.facts }) };
}

/** The built-in personas, in the order the UI lists them. */
export const PERSONAS: readonly Persona[] = [
  persona({
    id: 'mikkel-uddannelseshjaelp',
    name: 'Mikkel',
    description: {
      da: '24 år, ingen uddannelse, søger kontanthjælp og får uddannelseshjælp i stedet.',
      en: '24, no qualification, applies for kontanthjælp and gets uddannelseshjælp instead.',
    },
    startMonth: '2016-01',
    facts: {
      age: 24,
      ydelse: 'kontanthjaelp',
      enteredYdelseThisMonth: true,
      monthsInYdelse: 1,
      monthsOnSupport: 1,
      weeksOnSupport: 4,
      education: 'ingen',
      insured: false,
    },
    exercises: [
      'uddannelseshjaelp-under-30',
      'visitation-uddannelseshjaelp',
      'ingen-foertidspension-under-40',
      'refusion-uge-1-4',
      'refusion-uge-5-26',
    ],
  }),
  persona({
    id: 'sofie-akademiker-dagpenge',
    name: 'Sofie',
    description: {
      da: '35 år, akademiker på dagpenge i privat løntilskud; dagpengene slipper op efter 24 måneder.',
      en: '35, academic on dagpenge in private løntilskud; her dagpenge run out after 24 months.',
    },
    startMonth: '2016-01',
    facts: {
      age: 35,
      ydelse: 'a-dagpenge',
      previousYdelse: 'a-dagpenge',
      monthsInYdelse: 20,
      monthsOnSupport: 20,
      weeksOnSupport: 86,
      monthsUnemployedLast12: 12,
      weeksUnemployedLast52: 52,
      dagpengeMonthsUsed: 20,
      education: 'lvu',
      academic: true,
      offer: 'loentilskud-privat',
      monthsInOffer: 6,
    },
    exercises: [
      'loentilskud-privat-varighed',
      'loentilskud-privat-adgang',
      'aktiveringsfrist-30-49',
      'dagpenge-opbrugt',
      'refusion-fra-uge-53',
    ],
  }),
  persona({
    id: 'henrik-sygedagpenge',
    name: 'Henrik',
    description: {
      da: '45 år, sygemeldt i 3 måneder; ved 22 uger revurderes sygedagpengene og han kan komme i jobafklaring.',
      en: '45, on sick leave for 3 months; at 22 weeks his sygedagpenge are reassessed and he may move to jobafklaring.',
    },
    startMonth: '2016-01',
    facts: {
      age: 45,
      ydelse: 'sygedagpenge',
      previousYdelse: 'sygedagpenge',
      monthsInYdelse: 3,
      monthsOnSupport: 3,
      weeksOnSupport: 13,
      sickWeeksLast9Months: 13,
    },
    exercises: ['sygedagpenge-revurdering', 'refusion-uge-5-26', 'refusion-uge-27-52'],
  }),
  persona({
    id: 'amina-integration',
    name: 'Amina',
    description: {
      da: '28 år, i integrationsprogrammet, søger kontanthjælp i oktober 2015 og får integrationsydelse.',
      en: '28, in the integration programme, applies for kontanthjælp in October 2015 and gets integrationsydelse.',
    },
    startMonth: '2015-10',
    facts: {
      age: 28,
      ydelse: 'kontanthjaelp',
      enteredYdelseThisMonth: true,
      monthsInYdelse: 1,
      monthsOnSupport: 1,
      weeksOnSupport: 4,
      insured: false,
      integrationProgram: true,
    },
    exercises: [
      'integrationsydelse-nye-ansoegere',
      'visitation-kontanthjaelp',
      'ingen-foertidspension-under-40',
    ],
  }),
  persona({
    id: 'bente-langtidsledig',
    name: 'Bente',
    description: {
      da: '55 år, langtidsledig; dagpengene er opbrugt og hun er nu jobparat på kontanthjælp.',
      en: '55, long-term unemployed; her dagpenge ran out and she is now jobparat on kontanthjælp.',
    },
    startMonth: '2016-01',
    facts: {
      age: 55,
      ydelse: 'kontanthjaelp',
      previousYdelse: 'kontanthjaelp',
      monthsInYdelse: 2,
      monthsOnSupport: 26,
      weeksOnSupport: 112,
      monthsUnemployedLast12: 12,
      weeksUnemployedLast52: 52,
      dagpengeMonthsUsed: 24,
      visitation: 'jobparat',
    },
    exercises: [
      'nytteindsats-jobparate',
      'aktiveringsfrist-unge-og-seniorer',
      'loentilskud-privat-adgang',
      'refusion-fra-uge-53',
    ],
  }),
  persona({
    id: 'lars-ressourceforloeb',
    name: 'Lars',
    description: {
      da: '38 år, i ressourceforløb; under 40 år kan han som hovedregel ikke få førtidspension.',
      en: '38, in a ressourceforløb; under 40 he can as a rule not get førtidspension.',
    },
    startMonth: '2016-01',
    facts: {
      age: 38,
      ydelse: 'ressourceforloeb',
      previousYdelse: 'ressourceforloeb',
      monthsInYdelse: 14,
      monthsOnSupport: 20,
      weeksOnSupport: 86,
      education: 'ingen',
    },
    exercises: ['ingen-foertidspension-under-40', 'refusion-fra-uge-53'],
  }),
  persona({
    id: 'yusuf-integrationsydelse',
    name: 'Yusuf',
    description: {
      da: '22 år, i integrationsprogrammet, på uddannelseshjælp i juli 2016, hvor integrationsydelsen gælder alle.',
      en: '22, in the integration programme, on uddannelseshjælp in July 2016, when integrationsydelse applies to all.',
    },
    startMonth: '2016-07',
    facts: {
      age: 22,
      ydelse: 'uddannelseshjaelp',
      previousYdelse: 'uddannelseshjaelp',
      monthsInYdelse: 6,
      monthsOnSupport: 6,
      weeksOnSupport: 26,
      education: 'ingen',
      insured: false,
      integrationProgram: true,
    },
    exercises: ['integrationsydelse', 'visitation-uddannelseshjaelp', 'ingen-foertidspension-under-40'],
  }),
  persona({
    id: 'peter-offentligt-loentilskud',
    name: 'Peter',
    description: {
      da: '41 år, aktivitetsparat på kontanthjælp i offentligt løntilskud, som højst må vare 4 måneder.',
      en: '41, aktivitetsparat on kontanthjælp in public løntilskud, which may last at most 4 months.',
    },
    startMonth: '2016-01',
    facts: {
      age: 41,
      ydelse: 'kontanthjaelp',
      previousYdelse: 'kontanthjaelp',
      monthsInYdelse: 15,
      monthsOnSupport: 15,
      weeksOnSupport: 65,
      visitation: 'aktivitetsparat',
      offer: 'loentilskud-offentlig',
      monthsInOffer: 4,
    },
    exercises: ['loentilskud-offentlig-varighed', 'refusion-fra-uge-53'],
  }),
];

/** The persona with this id, or undefined. */
export function personaById(id: string): Persona | undefined {
  return PERSONAS.find((candidate) => candidate.id === id);
}
