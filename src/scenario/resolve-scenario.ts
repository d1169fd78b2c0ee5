/**
 * Resolves a scenario file into the complete scenario the simulator reads: follows `extends` to the root, lets
 * each derived scenario replace whole top-level fields and then set single values by JSON pointer, and fills the
 * defaults. Inputs are never mutated: everything is copied first.
 */
import type { JsonValue } from '../rules/rule-file.ts';
import {
  DEFAULT_AMBITIONS,
  DEFAULT_REPLICATIONS,
  DEFAULT_VERDICTS,
  type BaseScenario,
  type ResolvedScenario,
  type Scenario,
  type ScenarioBody,
  type ScenarioOverride,
} from './scenario.ts';

/** Finds a scenario by id (from a folder in the CLI, from a bundle in the browser). */
export type ScenarioLookup = (id: string) => Scenario | undefined;

/** Fields every resolved scenario must have (the required fields of ScenarioBody). */
const REQUIRED_BODY_FIELDS = [
  'municipality',
  'start',
  'end',
  'seed',
  'cohort',
  'transitions',
  'macro',
  'targets',
] as const satisfies readonly (keyof ScenarioBody)[];

const BODY_FIELDS = [
  ...REQUIRED_BODY_FIELDS,
  'replications',
  'inflow',
  'activation',
  'parameters',
  'costs',
  'model',
  'observations',
  'ambitions',
  'verdicts',
] as const satisfies readonly (keyof ScenarioBody)[];

/** Scenario data is JSON: a JSON round trip is a faithful deep copy that shares nothing with its input. */
function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * `resolveScenario(file, (id) => byId.get(id))` → the scenario with its parents applied and defaults filled.
 * Throws a located error for a missing parent, a cycle, a bad override path or a missing required field.
 */
export function resolveScenario(
  scenario: Scenario,
  lookup: ScenarioLookup = () => undefined,
): ResolvedScenario {
  const chain: Scenario[] = [scenario];
  for (let current = scenario; 'extends' in current && current.extends !== undefined;) {
    const parentId: string = current.extends;
    if (chain.some((s) => s.id === parentId)) {
      throw new Error(
        `Scenario "${scenario.id}" extends itself through ${[...chain.map((s) => s.id), parentId].join(' → ')}; ` +
          'remove one of the "extends".',
      );
    }
    const parent = lookup(parentId);
    if (!parent) {
      throw new Error(
        `Scenario "${current.id}" extends "${parentId}", which was not found; ` +
          'check the id (it is the parent file name without .json).',
      );
    }
    chain.push(parent);
    current = parent;
  }
  chain.reverse();

  let merged: Record<string, unknown> = {};
  for (const layer of chain) merged = applyLayer(merged, copyJson(layer));

  for (const field of REQUIRED_BODY_FIELDS) {
    if (merged[field] === undefined) {
      throw new Error(
        `Scenario "${scenario.id}" has no "${field}" (neither itself nor its parents give one); add it.`,
      );
    }
  }
  const base = merged as unknown as BaseScenario;
  return {
    ...base,
    replications: base.replications ?? DEFAULT_REPLICATIONS,
    inflow: base.inflow ?? [],
    parameters: base.parameters ?? {},
    observations: base.observations ?? [],
    ambitions: base.ambitions ?? [...DEFAULT_AMBITIONS],
    verdicts: base.verdicts ?? { ...DEFAULT_VERDICTS },
    lineage: chain.map((s) => s.id),
  };
}

/** One layer over the scenario so far: header and given body fields replace, then overrides by path. */
function applyLayer(below: Record<string, unknown>, layer: Scenario): Record<string, unknown> {
  const result: Record<string, unknown> = { ...below, id: layer.id, title: layer.title };
  if (layer.description !== undefined) result['description'] = layer.description;
  else delete result['description'];
  for (const field of BODY_FIELDS) {
    const value = layer[field];
    if (value !== undefined) result[field] = value;
  }
  const overrides = 'overrides' in layer ? (layer.overrides ?? []) : [];
  overrides.forEach((override, index) => setByPointer(result, override, `${layer.id}: overrides[${index}]`));
  return result;
}

/** Splits an RFC 6901 pointer into unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/'))
    throw new Error(`"${pointer}" is not a JSON pointer; it must start with "/".`);
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function setByPointer(root: Record<string, unknown>, override: ScenarioOverride, where: string): void {
  const segments = pointerSegments(override.path);
  const last = segments.pop();
  if (last === undefined) throw new Error(`${where}: the path must name a field, not the whole scenario.`);
  let node: unknown = root;
  let walked = '';
  for (const segment of segments) {
    const child = childOf(node, segment);
    if (child === undefined || child === null || typeof child !== 'object') {
      throw new Error(
        `${where}: path "${override.path}" does not exist in the scenario it overrides ` +
          `(nothing at "${walked}/${segment}"); check the spelling against the parent scenario.`,
      );
    }
    node = child;
    walked += `/${segment}`;
  }
  if ((override.remove === true) === (override.value !== undefined)) {
    throw new Error(
      `${where}: give either "value" (the new value at "${override.path}") or "remove": true, not ` +
        `${override.remove === true ? 'both' : 'neither'}.`,
    );
  }
  if (override.remove === true) {
    removeAt(node as object, last);
    return;
  }
  const value: JsonValue = copyJson(override.value ?? null);
  if (Array.isArray(node)) {
    const index = last === '-' ? node.length : arrayIndex(last, node.length - 1);
    if (index === undefined) {
      throw new Error(
        `${where}: "${last}" in path "${override.path}" is not an index of the array at "${walked}" ` +
          `(0 to ${node.length - 1}, or "-" to append).`,
      );
    }
    node[index] = value;
  } else {
    (node as Record<string, unknown>)[last] = value;
  }
}

/** Removes the field `last` of an object, or element `last` of an array; nothing when it is not there. */
function removeAt(node: object, last: string): void {
  if (Array.isArray(node)) {
    const index = arrayIndex(last, node.length - 1);
    if (index !== undefined) node.splice(index, 1);
  } else {
    delete (node as Record<string, unknown>)[last];
  }
}

function childOf(node: unknown, segment: string): unknown {
  if (Array.isArray(node)) {
    const index = arrayIndex(segment, node.length - 1);
    return index === undefined ? undefined : node[index];
  }
  if (node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, segment)) {
    return (node as Record<string, unknown>)[segment];
  }
  return undefined;
}

/** A pointer segment as an array index in [0, max], or undefined. */
function arrayIndex(segment: string, max: number): number | undefined {
  if (!/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
  const index = Number(segment);
  return index <= max ? index : undefined;
}
