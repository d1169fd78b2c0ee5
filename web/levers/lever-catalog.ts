/**
 * The levers a scenario offers, built from the scenario itself (which quantities it has) and the rule files
 * (which reform parameters they declare): the macro path and its uncertainty, the employer-based share, the
 * offers' effects, each inflow stream (refugees apart), the reform parameters of DESIGN §2.3, replications and
 * seed. Each lever's default and its source are the scenario's (or the rule file's).
 */
import type { Offer, State } from '../../src/rules/facts.ts';
import type { Assumption, RuleParameter } from '../../src/rules/rule-file.ts';
import type { InflowStream, ResolvedScenario } from '../../src/scenario/scenario.ts';
import { parameterValueAt } from '../../src/scenario/scenario-parameters.ts';
import { formatMonth } from '../i18n/format.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { t, type StringKey, type StringParams } from '../i18n/t.ts';
import type { LocalizedText } from '../view-model/target-row.ts';
import {
  movedQuantity,
  quantityAt,
  quantityJson,
  widenedQuantity,
  type LeverFormat,
  type LeverGroup,
  type LeverSpec,
} from './lever.ts';

/** Domain words stay Danish in both languages (DESIGN §1). */
const STATE_NAMES: Readonly<Partial<Record<State, string>>> = {
  'a-dagpenge': 'a-dagpenge',
  kontanthjaelp: 'kontanthjælp',
  integrationsydelse: 'integrationsydelse',
  uddannelseshjaelp: 'uddannelseshjælp',
  sygedagpenge: 'sygedagpenge',
  ledighedsydelse: 'ledighedsydelse',
  ressourceforloeb: 'ressourceforløb',
  jobafklaring: 'jobafklaring',
  revalidering: 'revalidering',
  fleksjob: 'fleksjob',
};

const OFFER_NAMES: Readonly<Partial<Record<Offer, string>>> = {
  virksomhedspraktik: 'virksomhedspraktik',
  nytteindsats: 'nytteindsats',
  'loentilskud-privat': 'privat løntilskud',
  'loentilskud-offentlig': 'offentligt løntilskud',
  'vejledning-opkvalificering': 'vejledning og opkvalificering',
};

/** The reform parameters offered as levers (DESIGN §2.3), with a sensible range each. */
const REFORM_PARAMETERS: readonly { name: string; min: number; max: number; format: LeverFormat }[] = [
  { name: 'sygedagpengeReassessmentWeeks', min: 8, max: 52, format: 'weeks' },
  { name: 'activationDeadlineYoungSeniorMonths', min: 1, max: 12, format: 'months' },
  { name: 'activationDeadline30To49Months', min: 1, max: 12, format: 'months' },
  { name: 'privateLoentilskudWaitMonths', min: 0, max: 12, format: 'months' },
  { name: 'privateLoentilskudMaxMonths', min: 1, max: 12, format: 'months' },
  { name: 'publicLoentilskudMaxMonths', min: 1, max: 12, format: 'months' },
  { name: 'nytteindsatsMonths', min: 0, max: 12, format: 'months' },
  { name: 'dagpengePeriodMonths', min: 12, max: 48, format: 'months' },
  { name: 'foertidspensionMinAge', min: 18, max: 65, format: 'years' },
];

/** A UI string in both languages, for labels that travel with a lever. */
function bothLanguages(key: StringKey, params: StringParams = {}): LocalizedText {
  const [da, en] = LOCALES.map((locale) => t(key, params, locale));
  return { da: da ?? '', en: en ?? da ?? '' };
}

function runSource(): Assumption {
  return {
    assumption: true,
    rationale: { da: t('lever.run.rationale', {}, 'da'), en: t('lever.run.rationale', {}, 'en') },
  };
}

/** A lever over a Quantity of the scenario: its value moves, any uncertainty range moves with it. */
function quantityLever(
  base: ResolvedScenario,
  spec: { id: string; group: LeverGroup; label: LocalizedText; path: string; format: LeverFormat },
  range: { min: number; max: number; step: number; lowest?: number; highest?: number },
): LeverSpec {
  const quantity = quantityAt(base, spec.path);
  return {
    ...spec,
    control: 'range',
    min: Math.min(range.min, quantity.value),
    max: Math.max(range.max, quantity.value),
    step: range.step,
    target: { kind: 'override', path: spec.path },
    read: (scenario) => quantityAt(scenario, spec.path).value,
    write: (value, current, source) =>
      quantityJson(movedQuantity(quantityAt(current, spec.path), value, source, range.lowest, range.highest)),
    source: quantity.source,
  };
}

function inflowLever(base: ResolvedScenario, stream: InflowStream, index: number): LeverSpec {
  const refugees = (stream.mix.integrationProgram?.value ?? 0) > 0 || stream.id.startsWith('flygtning');
  const state = STATE_NAMES[stream.state] ?? stream.state;
  const period = (locale: Locale): string => {
    const from = stream.fromMonth ? formatMonth(stream.fromMonth, locale) : undefined;
    const to = stream.toMonth ? formatMonth(stream.toMonth, locale) : undefined;
    if (from && to) return t('lever.period.range', { from, to }, locale);
    if (from) return t('lever.period.from', { from }, locale);
    return to ? t('lever.period.to', { to }, locale) : t('lever.period.all', {}, locale);
  };
  const academic = (stream.mix.academic?.value ?? 0) >= 0.5;
  const label: LocalizedText = refugees
    ? {
        da: t('lever.refugees', { state, period: period('da') }, 'da'),
        en: t('lever.refugees', { state, period: period('en') }, 'en'),
      }
    : bothLanguages(academic ? 'lever.inflowAcademic' : 'lever.inflow', { state });
  const value = stream.perMonth.value;
  return quantityLever(
    base,
    {
      id: `inflow-${stream.id}`,
      group: refugees ? 'refugees' : 'inflow',
      label,
      path: `/inflow/${index}/perMonth`,
      format: 'perMonth',
    },
    { min: 0, max: Math.max(10, Math.ceil(value * 3)), step: value < 10 ? 0.5 : 1, lowest: 0 },
  );
}

function reformLever(
  name: string,
  parameter: RuleParameter,
  range: { min: number; max: number; format: LeverFormat },
  base: ResolvedScenario,
): LeverSpec {
  const path = `/parameters/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  const fallback = parameterValueAt(parameter, base.end);
  return {
    id: `reform-${name}`,
    group: 'reforms',
    label: { da: parameter.label.da, en: parameter.label.en },
    format: range.format,
    control: 'range',
    min: Math.min(range.min, fallback),
    max: Math.max(range.max, fallback),
    step: 1,
    target: { kind: 'override', path },
    read: (scenario) => scenario.parameters[name]?.value ?? fallback,
    write: (value, _current, source) => quantityJson({ value, unit: parameter.unit, source }),
    source: base.parameters[name]?.source ?? parameter.source,
  };
}

/** `leverCatalog(baseScenario, ruleParameters(BUNDLED_RULES.files))` → the levers, grouped in display order. */
export function leverCatalog(
  base: ResolvedScenario,
  parameters: ReadonlyMap<string, RuleParameter>,
): LeverSpec[] {
  const levers: LeverSpec[] = [];
  const macroPath = '/macro/unemploymentChange';
  levers.push(
    quantityLever(
      base,
      {
        id: 'macro-change',
        group: 'macro',
        label: bothLanguages('lever.macroChange'),
        path: macroPath,
        format: 'change',
      },
      { min: -0.4, max: 0.2, step: 0.01, lowest: -0.95 },
    ),
  );
  const macro = base.macro.unemploymentChange;
  levers.push({
    id: 'macro-uncertainty',
    group: 'macro',
    label: bothLanguages('lever.macroUncertainty'),
    format: 'change',
    control: 'range',
    min: 0,
    max: 0.2,
    step: 0.01,
    target: { kind: 'override', path: macroPath },
    read: (scenario) => {
      const range = scenario.macro.unemploymentChange.uncertainty;
      return range ? Math.round(((range.high - range.low) / 2) * 1e6) / 1e6 : 0;
    },
    write: (value, current, source) =>
      quantityJson(widenedQuantity(current.macro.unemploymentChange, value, source, -0.95)),
    source: macro.source,
  });
  const activation = base.activation;
  if (activation) {
    levers.push(
      quantityLever(
        base,
        {
          id: 'activation-employer-share',
          group: 'activation',
          label: bothLanguages('lever.employerShare'),
          path: '/activation/employerBasedShare',
          format: 'share',
        },
        { min: 0, max: 1, step: 0.01, lowest: 0, highest: 1 },
      ),
    );
    for (const offer of Object.keys(activation.effects ?? {}) as Offer[]) {
      levers.push(
        quantityLever(
          base,
          {
            id: `effect-${offer}`,
            group: 'effects',
            label: bothLanguages('lever.effect', { offer: OFFER_NAMES[offer] ?? offer }),
            path: `/activation/effects/${offer}`,
            format: 'factor',
          },
          { min: 0.5, max: 2.5, step: 0.05, lowest: 0 },
        ),
      );
    }
  }
  base.inflow.forEach((stream, index) => levers.push(inflowLever(base, stream, index)));
  for (const reform of REFORM_PARAMETERS) {
    const parameter = parameters.get(reform.name);
    if (parameter) levers.push(reformLever(reform.name, parameter, reform, base));
  }
  levers.push(
    {
      id: 'run-replications',
      group: 'run',
      label: bothLanguages('lever.replications'),
      format: 'count',
      control: 'number',
      min: 10,
      max: 20_000,
      step: 10,
      target: { kind: 'replications' },
      read: (scenario) => scenario.replications,
      source: runSource(),
    },
    {
      id: 'run-seed',
      group: 'run',
      label: bothLanguages('lever.seed'),
      format: 'seed',
      control: 'number',
      min: 0,
      max: 4_294_967_295,
      step: 1,
      target: { kind: 'seed' },
      read: (scenario) => scenario.seed,
      source: runSource(),
    },
  );
  return levers;
}
