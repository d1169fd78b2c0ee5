/**
 * Words for a scenario Quantity's JSON pointer, so the report can say "afgang fra kontanthjælp til
 * selvforsørgelse" where the result says "/transitions/kontanthjaelp/exits/selvforsoergelse". Domain words stay
 * Danish in both languages. A path this file does not know is shown as it is: nothing is ever hidden.
 */
import type { LocalText } from '../rules/facts.ts';
import { pointerSegments } from '../rules/locate-json-pointer.ts';

/** Domain names of the states, offers, visitation categories and education levels, as the sources write them. */
const NAMES: { readonly [id: string]: string } = {
  'a-dagpenge': 'a-dagpenge',
  kontanthjaelp: 'kontanthjælp',
  integrationsydelse: 'integrationsydelse',
  uddannelseshjaelp: 'uddannelseshjælp',
  revalidering: 'revalidering',
  ressourceforloeb: 'ressourceforløb',
  jobafklaring: 'jobafklaring',
  sygedagpenge: 'sygedagpenge',
  fleksjob: 'fleksjob',
  ledighedsydelse: 'ledighedsydelse',
  foertidspension: 'førtidspension',
  selvforsoergelse: 'selvforsørgelse',
  pension: 'folkepension',
  udrejst: 'udrejst/død',
  virksomhedspraktik: 'virksomhedspraktik',
  nytteindsats: 'nytteindsats',
  'loentilskud-privat': 'privat løntilskud',
  'loentilskud-offentlig': 'offentligt løntilskud',
  'vejledning-opkvalificering': 'vejledning og opkvalificering',
  jobparat: 'jobparat',
  aktivitetsparat: 'aktivitetsparat',
  uddannelsesparat: 'uddannelsesparat',
  'aabenlyst-uddannelsesparat': 'åbenlyst uddannelsesparat',
  erhvervsfaglig: 'erhvervsfaglig uddannelse',
  kvu: 'KVU',
  mvu: 'MVU',
  lvu: 'LVU',
};

/** The domain name of a state, offer, visitation or education id: `domainName('kontanthjaelp')` → "kontanthjælp". */
export function domainName(id: string): string {
  return NAMES[id] ?? id;
}

/** The value at an RFC 6901 pointer in a JSON value, or undefined. */
export function valueAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

const text = (da: string, en: string): LocalText => ({ da, en });

/** "3–6 måneder" / "60+ år" for a band `{min, max}` found at `pointer` in the scenario. */
function band(scenario: object, pointer: string, unit: LocalText): LocalText {
  const found = valueAtPointer(scenario, pointer) as { min?: unknown; max?: unknown } | undefined;
  const min = typeof found?.min === 'number' ? found.min : undefined;
  const max = typeof found?.max === 'number' ? found.max : undefined;
  const range = min === undefined ? '?' : max === undefined ? `${min}+` : `${min}–${max}`;
  return text(`${range} ${unit.da}`, `${range} ${unit.en}`);
}

/** The id of inflow stream `index` ("flygtninge"), or its number. */
function inflowName(scenario: object, index: string): string {
  const id = valueAtPointer(scenario, `/inflow/${index}/id`);
  return typeof id === 'string' ? id : `#${index}`;
}

/**
 * @example assumptionLabel('/transitions/kontanthjaelp/exits/selvforsoergelse', scenario).da
 *   → "afgang fra kontanthjælp til selvforsørgelse"
 */
export function assumptionLabel(path: string, scenario: object): LocalText {
  const s = pointerSegments(path);
  const [area, a = '', b = '', c = '', , e = ''] = s;
  const n = (id: string) => domainName(id);
  if (area === 'macro' && a === 'unemploymentChange') {
    return text('ledighedens udvikling', 'the change in unemployment');
  }
  if (area === 'transitions') {
    const from = n(a);
    if (b === 'exits') return text(`afgang fra ${from} til ${n(c)}`, `exits from ${from} to ${n(c)}`);
    if (b === 'macroElasticity') {
      return text(`${from}: følsomhed over for ledigheden`, `${from}: sensitivity to unemployment`);
    }
    const parent = `/${s.slice(0, 6).join('/')}`;
    if (b === 'duration') {
      const months = band(scenario, parent, text('måneder på ydelsen', 'months on the benefit'));
      return text(`${from}: faktor ved ${months.da}`, `${from}: factor at ${months.en}`);
    }
    if (b === 'age') {
      const years = band(scenario, parent, text('år', 'years'));
      return text(`${from}: faktor for alder ${years.da}`, `${from}: factor for age ${years.en}`);
    }
    if (b === 'education' || b === 'visitation')
      return text(`${from}: faktor for ${n(e)}`, `${from}: factor for ${n(e)}`);
  }
  if (area === 'inflow') {
    const name = inflowName(scenario, a);
    if (b === 'perMonth') return text(`tilgang "${name}" pr. måned`, `inflow "${name}" per month`);
    if (b === 'macroElasticity') {
      return text(
        `tilgang "${name}": følsomhed over for ledigheden`,
        `inflow "${name}": sensitivity to unemployment`,
      );
    }
    const rest = s.slice(2).join('/');
    return text(`tilgang "${name}": sammensætning ${rest}`, `inflow "${name}": mix ${rest}`);
  }
  if (area === 'activation') {
    if (a === 'employerBasedShare')
      return text('andel virksomhedsrettede tilbud', 'share of employer-based offers');
    if (a === 'effects') return text(`effekt af ${n(b)}`, `effect of ${n(b)}`);
    if (a === 'durations') return text(`varighed af ${n(b)}`, `duration of ${n(b)}`);
    if (a === 'employerBasedMix') {
      return text(`andel ${n(b)} af virksomhedsrettede tilbud`, `share ${n(b)} of employer-based offers`);
    }
    if (a === 'otherMix') return text(`andel ${n(b)} af øvrige tilbud`, `share ${n(b)} of other offers`);
    if (a === 'capacity') return text('pladser i tilbud', 'places in offers');
    if (a === 'starts') return text(`${n(b)}: start i tilbud pr. måned`, `${n(b)}: offer starts per month`);
  }
  if (area === 'parameters') return text(`regelparameter ${a}`, `rule parameter ${a}`);
  if (area === 'costs' && a === 'benefit')
    return text(`ydelse pr. måned, ${n(b)}`, `benefit per month, ${n(b)}`);
  if (area === 'costs' && a === 'refusion') return text(`refusionssats, ${n(b)}`, `refusion rate, ${n(b)}`);
  if (area === 'model') {
    if (a === 'pensionAge') return text('pensionsalder', 'pension age');
    if (a === 'spellBreakMonths') return text('måneder der afbryder et forløb', 'months that end a spell');
    if (a === 'dagpengeReearnMonths') return text('genoptjening af dagpengeret', 're-earning dagpenge');
    if (a === 'countedUnemploymentShare') {
      return text(
        'andel af ledighedsmåneder der tæller som ledig',
        'share of unemployed months counted as unemployed',
      );
    }
    if (a === 'partTimeUnemployment' && b === 'share')
      return text('andel deltidsledige', 'share part-time unemployed');
    if (a === 'partTimeUnemployment' && b === 'countedShare') {
      return text(
        'andel af en deltidsledigs måneder der tæller som ledig',
        "share of a part-time unemployed person's months counted as unemployed",
      );
    }
    if (a === 'visitationOnEntry') {
      return text(`${n(b)}: andel ${n(c)} ved tilgang`, `${n(b)}: share ${n(c)} on entry`);
    }
  }
  return text(path, path);
}
