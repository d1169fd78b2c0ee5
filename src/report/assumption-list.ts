/**
 * The report's list of assumptions: every Quantity of the scenario with its value, unit, range and source (or
 * "antagelse" and its rationale), then the figures the model starts from — the cohort tables, the targets'
 * baselines and the interim observations — each with its source. It lets a committee trace every number.
 */
import type { LocalText } from '../rules/facts.ts';
import type { Assumption, SourceReference } from '../rules/rule-file.ts';
import type { Lang } from '../messages.ts';
import { isQuantity } from '../scenario/quantity.ts';
import type { BaseScenario, QuantityUncertainty } from '../scenario/scenario.ts';
import type { CohortDimension } from '../cohort/cohort-spec.ts';
import { assumptionLabel } from './assumption-label.ts';

/** The cohort tables' dimensions in words. */
const DIMENSION_NAMES: { readonly [D in CohortDimension]: LocalText } = {
  ydelse: { da: 'ydelse', en: 'ydelse' },
  age: { da: 'alder', en: 'age' },
  supportDuration: { da: 'varighed på offentlig forsørgelse', en: 'time on public support' },
  unemployment: { da: 'ledighed de seneste 12 måneder', en: 'unemployment in the last 12 months' },
  education: { da: 'uddannelse', en: 'education' },
  academic: { da: 'akademiker', en: 'academic' },
  insured: { da: 'a-kassemedlem', en: 'a-kasse member' },
  visitation: { da: 'visitation', en: 'visitation' },
  offer: { da: 'tilbud', en: 'offer' },
  integrationProgram: { da: 'integrationsprogram', en: 'integration programme' },
};

/** The part of the scenario an entry belongs to, in the order the report lists them. */
export const ASSUMPTION_GROUPS = [
  'macro',
  'transitions',
  'inflow',
  'activation',
  'parameters',
  'costs',
  'model',
  'cohort',
  'targets',
  'observations',
] as const;
export type AssumptionGroup = (typeof ASSUMPTION_GROUPS)[number];

export interface AssumptionEntry {
  /** JSON pointer into the scenario, e.g. "/macro/unemploymentChange". */
  path: string;
  group: AssumptionGroup;
  /** What the number is, e.g. "ledighedens udvikling". */
  label: LocalText;
  /** The value, in `unit` (for a cohort table: the persons it counts). */
  value: number;
  /** As the scenario gives it: "share", "probability/month", "persons", "relative change"… */
  unit: string;
  /** The range drawn per replication; absent for a certain value. */
  uncertainty?: QuantityUncertainty;
  source: SourceReference | Assumption;
  /** True when no source gives the value: the report says "antagelse" and the rationale. */
  assumption: boolean;
}

export function isAssumption(source: SourceReference | Assumption): source is Assumption {
  return 'assumption' in source && source.assumption === true;
}

/**
 * The source in words: `document, section` (with the address when given), or "Antagelse: rationale".
 * @example sourceText({ document: 'Seed 000', section: 'bilag, mål 1' }, 'da') → "Seed 000, bilag, mål 1"
 */
export function sourceText(source: SourceReference | Assumption, lang: Lang): string {
  if (isAssumption(source)) {
    return `${lang === 'da' ? 'Antagelse' : 'Assumption'}: ${source.rationale[lang]}`;
  }
  return [source.document, source.section, source.url].filter((part) => part).join(', ');
}

/**
 * Every sourced number of the scenario, Quantities first in document order within the groups of
 * ASSUMPTION_GROUPS. The scenario is read, never changed.
 */
export function assumptionList(scenario: BaseScenario): AssumptionEntry[] {
  const entries: AssumptionEntry[] = [];
  const entry = (
    path: string,
    label: LocalText,
    value: number,
    unit: string,
    source: SourceReference | Assumption,
    uncertainty?: QuantityUncertainty,
  ): void => {
    const group = (path.split('/')[1] ?? '') as AssumptionGroup;
    entries.push({
      path,
      group: ASSUMPTION_GROUPS.includes(group) ? group : 'model',
      label,
      value,
      unit,
      ...(uncertainty ? { uncertainty } : {}),
      source,
      assumption: isAssumption(source),
    });
  };
  const visit = (node: unknown, path: string): void => {
    if (isQuantity(node)) {
      entry(path, assumptionLabel(path, scenario), node.value, node.unit, node.source, node.uncertainty);
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${path}/${i}`));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        visit(child, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      }
    }
  };
  for (const group of ASSUMPTION_GROUPS) {
    if (group === 'cohort' || group === 'targets' || group === 'observations') continue;
    visit((scenario as unknown as Record<string, unknown>)[group], `/${group}`);
  }

  scenario.cohort.tables.forEach((table, i) => {
    const words = (lang: Lang) =>
      table.dimensions.map((dimension) => DIMENSION_NAMES[dimension][lang]).join(' × ');
    const persons = table.cells.reduce((sum, cell) => sum + cell.count, 0);
    entry(
      `/cohort/tables/${i}`,
      { da: `Kohorten: ${words('da')}`, en: `The cohort: ${words('en')}` },
      persons,
      'persons',
      table.source,
    );
  });
  scenario.targets.forEach((target, i) => {
    entry(
      `/targets/${i}/baseline`,
      { da: `Mål ${target.id}: udgangspunkt`, en: `Target ${target.id}: baseline` },
      target.baseline.value,
      target.indicator === null ? 'value' : 'indicator',
      target.baseline.source,
    );
  });
  (scenario.observations ?? []).forEach((observation, i) => {
    const label = {
      da: `Status ${observation.indicator} (${observation.month})`,
      en: `Status ${observation.indicator} (${observation.month})`,
    };
    if (observation.value !== undefined) {
      entry(`/observations/${i}`, label, observation.value, 'indicator', observation.source);
    } else if (observation.relativeChange !== undefined) {
      entry(`/observations/${i}`, label, observation.relativeChange, 'relative change', observation.source);
    }
  });
  return entries;
}
