/**
 * Which of Målbar's ydelser or indicators a Danish label in imported data stands for ("A-dagpenge mv." →
 * a-dagpenge). The defaults ship in default-label-mapping.json; a user's mapping file adds to or replaces them
 * (read-label-mapping.ts). Labels match when they fold alike (fold-label.ts); a label ending in " mv." also
 * matches the entry without it.
 */
import type { State } from '../rules/facts.ts';
import { foldLabel } from './fold-label.ts';

export interface LabelMapping {
  /** Label as written → ydelse (a state of facts.ts). */
  ydelser: { readonly [label: string]: State };
  /** Label as written → indicator id (an indicator rule's `params.indicator`). */
  indicators: { readonly [label: string]: string };
  /** Labels that are deliberately not mapped, such as totals ("I alt"). */
  ignore: readonly string[];
}

export type MappingTarget =
  { kind: 'ydelse'; id: State } | { kind: 'indicator'; id: string } | { kind: 'ignore' };

const indexes = new WeakMap<LabelMapping, Map<string, MappingTarget>>();

function indexOf(mapping: LabelMapping): Map<string, MappingTarget> {
  let index = indexes.get(mapping);
  if (!index) {
    index = new Map();
    for (const label of mapping.ignore) index.set(foldLabel(label), { kind: 'ignore' });
    for (const [label, id] of Object.entries(mapping.indicators))
      index.set(foldLabel(label), { kind: 'indicator', id });
    for (const [label, id] of Object.entries(mapping.ydelser))
      index.set(foldLabel(label), { kind: 'ydelse', id });
    indexes.set(mapping, index);
  }
  return index;
}

/**
 * The target of a label, or undefined when the mapping does not know it.
 *
 * @example lookupLabel(DEFAULT_LABEL_MAPPING, "Kontanthjælp mv.") // { kind: "ydelse", id: "kontanthjaelp" }
 */
export function lookupLabel(mapping: LabelMapping, label: string): MappingTarget | undefined {
  const index = indexOf(mapping);
  const folded = foldLabel(label);
  return index.get(folded) ?? index.get(folded.replace(/ mv\.?$/, ''));
}

/** The mapping with `override`'s entries added (an override's label wins over the same label in `base`). */
export function mergeMappings(base: LabelMapping, override: LabelMapping): LabelMapping {
  const overridden = new Set(
    [...Object.keys(override.ydelser), ...Object.keys(override.indicators), ...override.ignore].map(
      foldLabel,
    ),
  );
  const keep = <T>(entries: { readonly [label: string]: T }): { [label: string]: T } =>
    Object.fromEntries(Object.entries(entries).filter(([label]) => !overridden.has(foldLabel(label))));
  return {
    ydelser: { ...keep(base.ydelser), ...override.ydelser },
    indicators: { ...keep(base.indicators), ...override.indicators },
    ignore: [...base.ignore.filter((label) => !overridden.has(foldLabel(label))), ...override.ignore],
  };
}

/** How a target is written in a table's "maalbar" column: "ydelse:a-dagpenge", "indicator:langtidsledige". */
export function formatTarget(target: MappingTarget | undefined): string {
  return target === undefined || target.kind === 'ignore' ? '' : `${target.kind}:${target.id}`;
}
