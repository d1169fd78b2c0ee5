/**
 * DEMO DATA until the simulation is connected: the 2015 targets of the plan (DESIGN §2.1, seed 000_…) with
 * invented fans and probabilities, so the board and the browser test have something to draw. Baselines, levels
 * and interim statuses are the seed's; every P(reach), fan and reachable level is made up, and the app shell says
 * so on screen. Replace with rows adapted from the core's results.
 */
import type { ChartUnit, FanChartData, FanTarget, ObservedPoint } from '../charts/fan-chart-data.ts';
import type { ReachableLevel, TargetNote, TargetRow, Verdict } from './target-row.ts';

/** The demo fans run 2014-11 … 2015-12. */
const MONTHS = 14;
/** Standard normal quantiles for the ambitions 50 %, 55 % … 95 % (tables), and for the demo P(reach) values. */
const Z: Readonly<Record<string, number>> = {
  '0.2': -0.8416,
  '0.3': -0.5244,
  '0.4': -0.2533,
  '0.45': -0.1257,
  '0.5': 0,
  '0.55': 0.1257,
  '0.6': 0.2533,
  '0.65': 0.3853,
  '0.7': 0.5244,
  '0.75': 0.6745,
  '0.8': 0.8416,
  '0.85': 1.0364,
  '0.9': 1.2816,
  '0.95': 1.6449,
};
const AMBITIONS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

interface DemoSpec {
  nr: string;
  da: string;
  en: string;
  unit?: ChartUnit;
  baseline?: { value: number; month: string };
  /** Where the demo fan starts (the latest status). */
  from: number;
  /** Standard deviation of the demo fan in its last month. */
  spread: number;
  target?: Omit<FanTarget, 'month'>;
  /** Demo P(reach): a key of Z. Without a target: the median at the end instead. */
  pReach?: keyof typeof Z;
  endMedian?: number;
  observed: ObservedPoint[];
  notes?: TargetNote[];
}

function month(offset: number): string {
  const index = 2014 * 12 + 10 + offset; // 2014-11 is month 10 of 2014, counting from 0
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** A fan from `from` to `end` whose spread grows with the square root of time. */
function demoFan(spec: DemoSpec, end: number, target: FanTarget | undefined): FanChartData {
  const months = Array.from({ length: MONTHS }, (_, i) => month(i));
  const at = (z: number): number[] =>
    months.map((_, i) => {
      const share = i / (MONTHS - 1);
      return round(spec.from + (end - spec.from) * share + z * spec.spread * Math.sqrt(share));
    });
  return {
    months,
    bands: {
      p2_5: at(-1.96),
      p10: at(-1.2816),
      p25: at(-0.6745),
      p50: at(0),
      p75: at(0.6745),
      p90: at(1.2816),
      p97_5: at(1.96),
    },
    observed: spec.observed,
    ...(target ? { target } : {}),
    unit: spec.unit ?? 'persons',
  };
}

function demoRow(spec: DemoSpec): TargetRow {
  const target = spec.target ? { ...spec.target, month: '2015-12' } : undefined;
  const sign = target?.direction === 'atLeast' ? -1 : 1;
  const z = Z[spec.pReach ?? '0.5'] ?? 0;
  // P(X ≤ level) = p for a normal end distribution puts the median at level − z·σ (mirrored for "at least").
  const end = target ? target.level - sign * z * spec.spread : (spec.endMedian ?? spec.from);
  const reachable: ReachableLevel[] = AMBITIONS.map((probability) => ({
    probability,
    // Levels of persons are whole people; shares keep three decimals (0.1 percentage point).
    level: (spec.unit === 'percent' ? round : Math.round)(
      end + sign * (Z[String(probability)] ?? 0) * spec.spread,
    ),
  }));
  const p = Number(spec.pReach ?? 0.5);
  const verdict: Verdict = p >= 0.8 ? 'safe' : p >= 0.4 ? 'ambitious' : 'unrealistic';
  return {
    id: spec.nr,
    nr: spec.nr,
    indicator: { da: spec.da, en: spec.en },
    unit: spec.unit ?? 'persons',
    ...(spec.baseline ? { baseline: spec.baseline } : {}),
    ...(target ? { target } : {}),
    result: target
      ? { status: 'simulated', pReach: p, verdict, reachable }
      : { status: 'followOnly', reachable },
    fan: demoFan(spec, end, target),
    notes: spec.notes ?? [],
  };
}

const SPECS: DemoSpec[] = [
  {
    nr: '1',
    da: 'Unge under 30 år på offentlig forsørgelse',
    en: 'Young people under 30 on public support',
    baseline: { value: 535, month: '2013-12' },
    from: 455,
    spread: 22,
    target: { level: 428, direction: 'atMost' },
    pReach: '0.3',
    observed: [
      { month: '2013-12', value: 535, label: 'Udgangspunkt' },
      { month: '2014-10', value: 455, label: 'Status okt. 2014' },
    ],
  },
  {
    nr: '2',
    da: 'Forløb over 12 måneder på kontanthjælp, uddannelseshjælp, ledighedsydelse eller sygedagpenge',
    en: 'Spells over 12 months on kontanthjælp, uddannelseshjælp, ledighedsydelse or sygedagpenge',
    baseline: { value: 492, month: '2014-01' },
    from: 467,
    spread: 18,
    target: { level: 463, direction: 'atMost' },
    pReach: '0.7',
    observed: [{ month: '2014-09', value: 467, label: 'Status sep. 2014' }],
  },
  {
    nr: '2a',
    da: 'Ressourceforløbsydelse (følges)',
    en: 'Ressourceforløbsydelse (followed)',
    baseline: { value: 24, month: '2013-12' },
    from: 47,
    spread: 9,
    endMedian: 62,
    observed: [{ month: '2014-11', value: 47, label: 'Fuldtidspersoner nov. 2014' }],
    notes: [
      {
        kind: 'note',
        text: { da: 'Intet resultatniveau: udviklingen følges.', en: 'No level: followed only.' },
      },
    ],
  },
  {
    nr: '3',
    da: 'Tilgang til førtidspension (seneste 12 måneder)',
    en: 'Awards of førtidspension (last 12 months)',
    baseline: { value: 42, month: '2013-12' },
    from: 33,
    spread: 6,
    target: { level: 43, direction: 'atMost' },
    pReach: '0.9',
    observed: [{ month: '2014-12', value: 33, label: 'Status 2014' }],
  },
  {
    nr: '4',
    da: 'Ledighedsydelsesmodtagere',
    en: 'Recipients of ledighedsydelse',
    baseline: { value: 91, month: '2013-12' },
    from: 67,
    spread: 7,
    target: { level: 68, direction: 'atMost' },
    pReach: '0.55',
    observed: [{ month: '2014-11', value: 67, label: 'Status nov. 2014' }],
  },
  {
    nr: '5',
    da: 'Langtidsledige (ledige mindst 80 % af de seneste 52 uger)',
    en: 'Long-term unemployed (unemployed at least 80 % of the last 52 weeks)',
    baseline: { value: 146, month: '2013-12' },
    from: 117,
    spread: 11,
    target: { level: 102, direction: 'atMost' },
    pReach: '0.2',
    observed: [{ month: '2014-10', value: 117, label: 'Status okt. 2014' }],
  },
  {
    nr: '6',
    da: 'Kontant- og uddannelseshjælpsmodtagere',
    en: 'Recipients of kontanthjælp and uddannelseshjælp',
    baseline: { value: 813, month: '2013-12' },
    from: 732,
    spread: 30,
    target: { level: 683, direction: 'atMost' },
    pReach: '0.3',
    observed: [{ month: '2014-10', value: 732, label: 'Status okt. 2014' }],
  },
  {
    nr: '7',
    da: 'Ledige akademikere (AC)',
    en: 'Unemployed academics (AC)',
    baseline: { value: 243, month: '2013-12' },
    from: 236,
    spread: 14,
    target: { level: 209, direction: 'atMost' },
    pReach: '0.45',
    observed: [{ month: '2014-12', value: 236, label: 'Status 2014' }],
    notes: [
      {
        kind: 'inconsistency',
        text: {
          da: 'Kilden skriver −11 %, men 243 → 209 er et fald på 34 personer = 14 %.',
          en: 'The source says −11 %, but 243 → 209 is a fall of 34 persons = 14 %.',
        },
      },
    ],
  },
  {
    nr: '9',
    da: 'Andel i virksomhedsrettet aktivering af alle i aktivering',
    en: 'Share in employer-based activation of all in activation',
    unit: 'percent',
    baseline: { value: 0.6, month: '2014-10' },
    from: 0.6,
    spread: 0.03,
    target: { level: 0.65, direction: 'atLeast' },
    pReach: '0.6',
    observed: [{ month: '2014-10', value: 0.6, label: 'Status okt. 2014' }],
  },
];

/** Target 8 cannot be simulated: the seed sets no level and the model has no firm data. */
const SAMARBEJDSGRAD: TargetRow = {
  id: '8',
  nr: '8',
  indicator: {
    da: 'Samarbejdsgrad (andel af virksomheder jobcentret samarbejder med)',
    en: 'Samarbejdsgrad (share of firms the job centre works with)',
  },
  unit: 'percent',
  result: {
    status: 'unsimulated',
    reason: {
      da: 'Kræver virksomhedsdata, som scenariet ikke har.',
      en: 'Needs firm data the scenario does not have.',
    },
  },
  notes: [
    {
      kind: 'note',
      text: { da: 'Niveauet er ikke fastsat i kilden ("X").', en: 'The source sets no level ("X").' },
    },
  ],
};

/** The demo rows in the annex's order (1, 2, 2a, 3 … 9). */
export const DEMO_TARGET_ROWS: readonly TargetRow[] = [
  ...SPECS.filter((spec) => spec.nr !== '9').map(demoRow),
  SAMARBEJDSGRAD,
  ...SPECS.filter((spec) => spec.nr === '9').map(demoRow),
];
