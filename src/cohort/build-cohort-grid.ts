/**
 * Builds the joint grid of a CohortSpec: checks the spec, makes one axis per dimension the tables use, marks
 * the impossible combinations (impossible-cells.ts) and turns every table into a partition of the joint cells.
 */
import type { Problem } from '../rules/located-error.ts';
import { allowedValues, cellValueKey, checkCohortSpec, isBandedDimension } from './check-cohort-spec.ts';
import { COHORT_MESSAGES as M } from './cohort-messages.ts';
import { axisIndex, cellLevels, type CohortGrid, type GridAxis, type GridConstraint } from './cohort-grid.ts';
import { COHORT_DIMENSIONS, type CohortDimension, type CohortSpec } from './cohort-spec.ts';
import { markImpossibleCells } from './impossible-cells.ts';

/** Largest joint table fitted (cells); beyond it the spec is refused with a hint. */
export const MAX_GRID_CELLS = 2_000_000;

/** A CohortSpec that cannot be fitted; `problems` say where and why. */
export class CohortSpecError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${M.invalidSpec(problems.length).en}: ` +
        problems.map((problem) => `${problem.pointer || '/'}: ${problem.message.en}`).join('; '),
    );
    this.name = 'CohortSpecError';
  }
}

function axisOf(spec: CohortSpec, dimension: CohortDimension): GridAxis {
  if (isBandedDimension(dimension)) {
    const keys = [...allowedValues(spec, dimension)];
    return { dimension, keys, codes: keys.map((_, i) => i) };
  }
  const all = allowedValues(spec, dimension);
  const tables = spec.tables.filter((table) => table.dimensions.includes(dimension));
  // Keep only values some cell names, unless a table spreads a rest over the unlisted values.
  const named = new Set<string>();
  for (const table of tables) {
    for (const cell of table.cells) named.add(cellValueKey((cell.at as Record<string, unknown>)[dimension]));
  }
  const keys = tables.some((table) => table.unlisted === 'rest')
    ? [...all]
    : all.filter((key) => named.has(key));
  return { dimension, keys, codes: keys.map((key) => all.indexOf(key)) };
}

/** Builds the grid of a spec; throws CohortSpecError when the spec has errors. `at` prefixes the pointers. */
export function buildCohortGrid(spec: CohortSpec, at = ''): CohortGrid {
  const problems = checkCohortSpec(spec, at);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new CohortSpecError(errors);
  const used = new Set(spec.tables.flatMap((table) => table.dimensions));
  const axes = COHORT_DIMENSIONS.filter((dimension) => used.has(dimension)).map((d) => axisOf(spec, d));
  const strides = axes.map(() => 1);
  let size = 1;
  for (let a = axes.length - 1; a >= 0; a--) {
    strides[a] = size;
    size *= axes[a]?.keys.length ?? 1;
  }
  if (size > MAX_GRID_CELLS) {
    throw new CohortSpecError([
      {
        pointer: `${at}/tables`,
        message: M.gridTooLarge(size, MAX_GRID_CELLS),
        hint: M.gridTooLargeHint(),
        severity: 'error',
      },
    ]);
  }
  const grid: CohortGrid = {
    axes,
    strides,
    size,
    levels: cellLevels(axes.map((axis) => axis.keys.length)),
    possible: new Uint8Array(size),
    constraints: [],
    warnings: problems,
  };
  grid.constraints.push(totalConstraint(grid, spec));
  spec.tables.forEach((_, t) => grid.constraints.push(tableConstraint(grid, spec, t)));
  markImpossibleCells(grid, spec);
  return grid;
}

function totalConstraint(grid: CohortGrid, spec: CohortSpec): GridConstraint {
  return {
    table: -1,
    groupOf: new Int32Array(grid.size),
    targets: Float64Array.of(spec.total),
    cellOfGroup: Int32Array.of(-1),
    labels: ['(total)'],
  };
}

function tableConstraint(grid: CohortGrid, spec: CohortSpec, t: number): GridConstraint {
  const table = spec.tables[t];
  if (!table) throw new RangeError(`no table ${t}`);
  const tableAxes = table.dimensions.map((dimension) => axisIndex(grid, dimension));
  // Combination index over the table's own axes (mixed radix, first dimension slowest).
  const comboSizes = tableAxes.map((a) => grid.axes[a]?.keys.length ?? 1);
  const combos = comboSizes.reduce((product, n) => product * n, 1);
  const comboCell = new Int32Array(combos).fill(-1);
  table.cells.forEach((cell, c) => {
    let combo = 0;
    tableAxes.forEach((a, k) => {
      const key = cellValueKey((cell.at as Record<string, unknown>)[grid.axes[a]?.dimension ?? 'ydelse']);
      combo = combo * (comboSizes[k] ?? 1) + (grid.axes[a]?.keys.indexOf(key) ?? 0);
    });
    comboCell[combo] = c;
  });
  const rest = table.unlisted === 'rest';
  const comboGroup = new Int32Array(combos);
  const targets: number[] = [];
  const cellOfGroup: number[] = [];
  const labels: string[] = [];
  const comboLabel = (combo: number): string => {
    const parts: string[] = [];
    for (let k = tableAxes.length - 1; k >= 0; k--) {
      const n = comboSizes[k] ?? 1;
      const axis = grid.axes[tableAxes[k] ?? 0];
      parts.unshift(`${axis?.dimension}=${axis?.keys[combo % n]}`);
      combo = Math.floor(combo / n);
    }
    return parts.join(', ');
  };
  let listedSum = 0;
  for (let combo = 0; combo < combos; combo++) {
    const c = comboCell[combo] ?? -1;
    if (c < 0 && rest) continue;
    comboGroup[combo] = targets.length;
    const count = c >= 0 ? (table.cells[c]?.count ?? 0) : 0;
    listedSum += count;
    targets.push(count);
    cellOfGroup.push(c);
    labels.push(comboLabel(combo));
  }
  if (rest) {
    const restGroup = targets.length;
    for (let combo = 0; combo < combos; combo++)
      if ((comboCell[combo] ?? -1) < 0) comboGroup[combo] = restGroup;
    targets.push(Math.max(0, spec.total - listedSum));
    cellOfGroup.push(-1);
    labels.push('(unlisted)');
  }
  // Each cell's combination: the sum over the table's axes of level × the weight of that axis.
  const groupOf = new Int32Array(grid.size);
  const comboOf = new Int32Array(grid.size);
  let weight = 1;
  for (let k = tableAxes.length - 1; k >= 0; k--) {
    const levels = grid.levels[tableAxes[k] ?? -1];
    if (!levels) throw new RangeError(`table ${t} names a dimension the grid lacks`);
    for (let cell = 0; cell < grid.size; cell++)
      comboOf[cell] = (comboOf[cell] ?? 0) + (levels[cell] ?? 0) * weight;
    weight *= comboSizes[k] ?? 1;
  }
  for (let cell = 0; cell < grid.size; cell++) groupOf[cell] = comboGroup[comboOf[cell] ?? 0] ?? 0;
  return {
    table: t,
    groupOf,
    targets: Float64Array.from(targets),
    cellOfGroup: Int32Array.from(cellOfGroup),
    labels,
  };
}
