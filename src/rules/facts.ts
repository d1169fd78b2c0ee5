/**
 * The fact vocabulary: the contract between rule files, the simulator, importers and the CLI (DESIGN §2.2).
 *
 * Every fact is defined for every person-month and stored as a whole number in a typed-array column, so that the
 * compiled kernel and json-rules-engine always see the same value:
 * - `integer` facts are stored as themselves (Int32Array) and shown to json-rules-engine as numbers;
 * - `boolean` facts are stored as 0/1 (Uint8Array) and shown as `false`/`true`;
 * - `category` facts are stored as the index of the value in `values` (Uint8Array) and shown as that string.
 *
 * Adding a fact: add it here (with Danish and English labels), document it in rules/README.md, and keep the
 * simulator's monthly update of it in src/sim/. The order of `FACT_NAMES` is the column order everywhere.
 */

/** Public-support states (ydelser) and exits, in STAR's status hierarchy, then self-support and the exits. */
export const STATES = [
  'a-dagpenge',
  'kontanthjaelp',
  'integrationsydelse',
  'uddannelseshjaelp',
  'revalidering',
  'ressourceforloeb',
  'jobafklaring',
  'sygedagpenge',
  'fleksjob',
  'ledighedsydelse',
  'foertidspension',
  'selvforsoergelse',
  'pension',
  'udrejst',
] as const;
export type State = (typeof STATES)[number];

/** States that count as public support (offentlig forsørgelse): every state but self-support and the exits. */
export const SUPPORT_STATES: readonly State[] = STATES.filter(
  (state) => state !== 'selvforsoergelse' && state !== 'pension' && state !== 'udrejst',
);

/** States a person never leaves in the model; they cost nothing and are skipped by the monthly step. */
export const ABSORBING_STATES: readonly State[] = ['pension', 'udrejst'];

export const EDUCATION_LEVELS = ['ingen', 'erhvervsfaglig', 'kvu', 'mvu', 'lvu'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const VISITATIONS = [
  'ingen',
  'jobparat',
  'aktivitetsparat',
  'uddannelsesparat',
  'aabenlyst-uddannelsesparat',
] as const;
export type Visitation = (typeof VISITATIONS)[number];

export const OFFERS = [
  'ingen',
  'virksomhedspraktik',
  'nytteindsats',
  'loentilskud-privat',
  'loentilskud-offentlig',
  'vejledning-opkvalificering',
] as const;
export type Offer = (typeof OFFERS)[number];

/** Offers that count as employer-based (virksomhedsrettet) activation. */
export const EMPLOYER_BASED_OFFERS: readonly Offer[] = [
  'virksomhedspraktik',
  'loentilskud-privat',
  'loentilskud-offentlig',
];

export interface LocalText {
  da: string;
  en: string;
}

interface FactBase {
  /** Danish and English label, as shown in the UI and in explanations. */
  label: LocalText;
  /** What the fact means and how the simulator keeps it up to date. */
  description: LocalText;
}

export interface IntegerFact extends FactBase {
  kind: 'integer';
  /** Smallest and largest value the simulator or an importer may store. */
  min: number;
  max: number;
  /** Unit of the number, e.g. "years", "months", "weeks". */
  unit: string;
}

export interface BooleanFact extends FactBase {
  kind: 'boolean';
}

export interface CategoryFact extends FactBase {
  kind: 'category';
  /** The allowed values; the stored code of a value is its index here. */
  values: readonly string[];
}

export type FactDefinition = IntegerFact | BooleanFact | CategoryFact;

const text = (da: string, en: string): LocalText => ({ da, en });

/** The registry itself. Keys are the fact names used in rule files. */
export const FACTS = {
  age: {
    kind: 'integer',
    min: 0,
    max: 130,
    unit: 'years',
    label: { da: 'Alder', en: 'Age' },
    description: text('Alder i hele år i måneden.', 'Age in whole years in the month.'),
  },
  ydelse: {
    kind: 'category',
    values: STATES,
    label: { da: 'Ydelse', en: 'Benefit (ydelse)' },
    description: text(
      'Personens tilstand i måneden efter STAR’s statushierarki.',
      'The person’s state in the month, by STAR’s status hierarchy.',
    ),
  },
  previousYdelse: {
    kind: 'category',
    values: STATES,
    label: { da: 'Forrige ydelse', en: 'Previous benefit' },
    description: text('Tilstanden i måneden før.', 'The state in the month before.'),
  },
  enteredYdelseThisMonth: {
    kind: 'boolean',
    label: { da: 'Ny på ydelsen i måneden', en: 'Entered the benefit this month' },
    description: text(
      'Sand i den måned personen går ind i sin nuværende ydelse (tilgang).',
      'True in the month the person enters the current benefit (inflow).',
    ),
  },
  monthsInYdelse: {
    kind: 'integer',
    min: 0,
    max: 1200,
    unit: 'months',
    label: { da: 'Måneder på ydelsen', en: 'Months on the benefit' },
    description: text(
      'Måneder på den nuværende ydelse; 1 i første måned.',
      'Months on the current benefit; 1 in the first month.',
    ),
  },
  monthsOnSupport: {
    kind: 'integer',
    min: 0,
    max: 1200,
    unit: 'months',
    label: { da: 'Måneder på offentlig forsørgelse', en: 'Months on public support' },
    description: text(
      'Måneder i det nuværende forløb på offentlig forsørgelse; overlever skift mellem ydelser og slutter efter en periode med selvforsørgelse.',
      'Months in the current public-support spell; survives benefit switches and ends after a stretch of self-support.',
    ),
  },
  weeksOnSupport: {
    kind: 'integer',
    min: 0,
    max: 5200,
    unit: 'weeks',
    label: { da: 'Uger på offentlig forsørgelse', en: 'Weeks on public support' },
    description: text(
      'Det samme i uger (måneder × 52/12, rundet ned); bruges til refusionstrappen.',
      'The same in weeks (months × 52/12, rounded down); used for the refusion staircase.',
    ),
  },
  monthsUnemployedLast12: {
    kind: 'integer',
    min: 0,
    max: 12,
    unit: 'months',
    label: { da: 'Ledige måneder de sidste 12', en: 'Unemployed months in the last 12' },
    description: text(
      'Måneder af de sidste 12 som ledig (a-dagpenge eller jobparat på kontanthjælp).',
      'Months of the last 12 counted as unemployed (a-dagpenge, or kontanthjælp as jobparat).',
    ),
  },
  weeksUnemployedLast52: {
    kind: 'integer',
    min: 0,
    max: 52,
    unit: 'weeks',
    label: { da: 'Ledige uger de sidste 52', en: 'Unemployed weeks in the last 52' },
    description: text(
      'Det samme i uger (måneder × 52/12, rundet ned).',
      'The same in weeks (months × 52/12, rounded down).',
    ),
  },
  dagpengeMonthsUsed: {
    kind: 'integer',
    min: 0,
    max: 48,
    unit: 'months',
    label: { da: 'Brugte dagpengemåneder', en: 'Dagpenge months used' },
    description: text(
      'Måneder brugt af den nuværende dagpengeperiode.',
      'Months of the current dagpenge period used.',
    ),
  },
  sickWeeksLast9Months: {
    kind: 'integer',
    min: 0,
    max: 39,
    unit: 'weeks',
    label: { da: 'Sygeuger de sidste 9 måneder', en: 'Sick weeks in the last 9 months' },
    description: text(
      'Uger på sygedagpenge inden for de sidste 9 måneder.',
      'Weeks on sygedagpenge within the last 9 months.',
    ),
  },
  education: {
    kind: 'category',
    values: EDUCATION_LEVELS,
    label: { da: 'Uddannelse', en: 'Education' },
    description: text(
      'Højeste fuldførte uddannelse: ingen, erhvervsfaglig, kvu, mvu, lvu.',
      'Highest completed education: none, vocational, short, medium or long higher education.',
    ),
  },
  academic: {
    kind: 'boolean',
    label: { da: 'Akademiker (AC)', en: 'Academic (AC)' },
    description: text(
      'Medlem af en akademisk a-kasse eller med en akademisk uddannelse.',
      'Member of an academic a-kasse or with an academic education.',
    ),
  },
  insured: {
    kind: 'boolean',
    label: { da: 'Forsikret', en: 'Insured' },
    description: text('Medlem af en a-kasse.', 'Member of an a-kasse (unemployment insurance fund).'),
  },
  visitation: {
    kind: 'category',
    values: VISITATIONS,
    label: { da: 'Visitation', en: 'Visitation category' },
    description: text(
      'Visitationskategori for kontant- og uddannelseshjælpsmodtagere; ellers ingen.',
      'Visitation category of kontanthjælp and uddannelseshjælp recipients; otherwise none.',
    ),
  },
  offer: {
    kind: 'category',
    values: OFFERS,
    label: { da: 'Tilbud', en: 'Activation offer' },
    description: text('Det nuværende aktiveringstilbud.', 'The current activation offer.'),
  },
  monthsInOffer: {
    kind: 'integer',
    min: 0,
    max: 1200,
    unit: 'months',
    label: { da: 'Måneder i tilbuddet', en: 'Months in the offer' },
    description: text(
      'Måneder i det nuværende tilbud; 0 uden tilbud.',
      'Months in the current offer; 0 without an offer.',
    ),
  },
  integrationProgram: {
    kind: 'boolean',
    label: { da: 'I integrationsprogrammet', en: 'In the integration programme' },
    description: text(
      'Omfattet af integrationsprogrammet (integrationsloven).',
      'Covered by the integration programme (integration act).',
    ),
  },
} as const satisfies Record<string, FactDefinition>;

export type FactName = keyof typeof FACTS;

/** Fact names in column order. */
export const FACT_NAMES = Object.keys(FACTS) as FactName[];

/** The value json-rules-engine sees for a fact. */
export type FactValue = number | boolean | string;

/** One person-month as json-rules-engine sees it: every fact of the vocabulary. */
export type PersonFacts = { [K in FactName]: FactValue };

/**
 * Rule and scenario parameters reach conditions as facts named `param:<name>`, so that a rule file still loads
 * into json-rules-engine unchanged: `{"fact": "sickWeeksLast9Months", "operator": "greaterThanInclusive",
 * "value": {"fact": "param:sygedagpengeReassessmentWeeks"}}`. Event params use the same `{"fact": "param:…"}`.
 */
export const PARAMETER_FACT_PREFIX = 'param:';

export function isFactName(name: string): name is FactName {
  return Object.prototype.hasOwnProperty.call(FACTS, name);
}

export function parameterFactName(parameter: string): string {
  return PARAMETER_FACT_PREFIX + parameter;
}

/** `param:x` → `x`; any other name → undefined. */
export function parameterNameOf(factName: string): string | undefined {
  return factName.startsWith(PARAMETER_FACT_PREFIX)
    ? factName.slice(PARAMETER_FACT_PREFIX.length)
    : undefined;
}

/** The whole number stored in a column for a fact value; throws RangeError for a value outside the fact. */
export function encodeFactValue(name: FactName, value: FactValue): number {
  const fact: FactDefinition = FACTS[name];
  switch (fact.kind) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < fact.min || value > fact.max) {
        throw new RangeError(
          `${name} must be a whole number from ${fact.min} to ${fact.max}, not ${JSON.stringify(value)}`,
        );
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean')
        throw new RangeError(`${name} must be true or false, not ${JSON.stringify(value)}`);
      return value ? 1 : 0;
    case 'category': {
      const code = typeof value === 'string' ? fact.values.indexOf(value) : -1;
      if (code < 0) {
        throw new RangeError(
          `${name} must be one of ${fact.values.join(', ')}, not ${JSON.stringify(value)}`,
        );
      }
      return code;
    }
  }
}

/** The value json-rules-engine sees for a stored code. */
export function decodeFactValue(name: FactName, code: number): FactValue {
  const fact: FactDefinition = FACTS[name];
  switch (fact.kind) {
    case 'integer':
      return code;
    case 'boolean':
      return code !== 0;
    case 'category': {
      const value = fact.values[code];
      if (value === undefined) throw new RangeError(`${name} has no value with code ${code}`);
      return value;
    }
  }
}

/** The typed-array type that stores a fact's column. */
export function columnTypeOf(name: FactName): Int32ArrayConstructor | Uint8ArrayConstructor {
  return FACTS[name].kind === 'integer' ? Int32Array : Uint8Array;
}
