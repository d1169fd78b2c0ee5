/**
 * The joint cells no person can be in: structural zeros of the model, unlisted combinations of a `rest` table
 * away from the defaults, and combinations the tables force to 0. IPF starts them at 0, so they stay 0.
 */
import { FACTS, SUPPORT_STATES, type State } from '../rules/facts.ts';
import { bandsOf, cellValueKey } from './check-cohort-spec.ts';
import { axisIndex, type CohortGrid, levelOf } from './cohort-grid.ts';
import type { CohortDimension, CohortSpec } from './cohort-spec.ts';
import { defaultCodes, isDefaultedDimension, VISITATED_STATES } from './default-codes.ts';
import { maxUnemployedMonths } from './unemployment-history.ts';

/** Sets grid.possible (needs the constraints built). */
export function markImpossibleCells(grid: CohortGrid, spec: CohortSpec): void {
  grid.possible.fill(1);
  markPossible(grid, spec);
  restrictRestsToDefaults(grid, spec);
  markExhaustedRests(grid, spec);
}

const STATE_CODE = (state: State): number => FACTS.ydelse.values.indexOf(state);
const SUPPORT_CODES = new Set(SUPPORT_STATES.map(STATE_CODE));
const VISITATED_CODES = new Set(VISITATED_STATES.map(STATE_CODE));
const A_DAGPENGE = STATE_CODE('a-dagpenge');
const KONTANTHJAELP = STATE_CODE('kontanthjaelp');
const JOBPARAT = FACTS.visitation.values.indexOf('jobparat');

/**
 * Structural zeros: visitation other than "ingen" outside the visitated states; an uninsured a-dagpenge
 * recipient; an offer off support; monthsOnSupport ≥ 1 required on support and 0 off it; at least one
 * unemployed month of the last 12 for those unemployed now, and no more than the spell allows
 * (unemployment-history.ts).
 */
function markPossible(grid: CohortGrid, spec: CohortSpec): void {
  const index = (d: CohortDimension): number => axisIndex(grid, d);
  const [ydelse, visitation, insured, offer, duration, unemployment] = [
    index('ydelse'),
    index('visitation'),
    index('insured'),
    index('offer'),
    index('supportDuration'),
    index('unemployment'),
  ];
  const code = (cell: number, axis: number): number => grid.axes[axis]?.codes[levelOf(grid, cell, axis)] ?? 0;
  const durationBands = bandsOf(spec, 'supportDuration');
  const unemploymentBands = bandsOf(spec, 'unemployment');
  const defaultVisitation = FACTS.visitation.values.indexOf(spec.defaults?.visitation ?? 'ingen');
  for (let cell = 0; cell < grid.size; cell++) {
    const state = code(cell, ydelse);
    const onSupport = SUPPORT_CODES.has(state);
    let ok = true;
    const visitationCode =
      visitation >= 0 ? code(cell, visitation) : VISITATED_CODES.has(state) ? defaultVisitation : 0;
    if (visitation >= 0 && visitationCode !== 0 && !VISITATED_CODES.has(state)) ok = false;
    if (insured >= 0 && state === A_DAGPENGE && code(cell, insured) === 0) ok = false;
    if (offer >= 0 && code(cell, offer) !== 0 && !onSupport) ok = false;
    const durationBand = duration >= 0 ? durationBands[code(cell, duration)] : undefined;
    if (durationBand && (onSupport ? durationBand.max < 1 : durationBand.min > 0)) ok = false;
    if (unemployment >= 0) {
      const band = unemploymentBands[code(cell, unemployment)];
      const unemployedNow = state === A_DAGPENGE || (state === KONTANTHJAELP && visitationCode === JOBPARAT);
      const longest = maxUnemployedMonths(onSupport, unemployedNow, durationBand ? durationBand.max : 12);
      if (band && ((unemployedNow && band.max < 1) || band.min > longest)) ok = false;
    }
    if (!ok) grid.possible[cell] = 0;
  }
}

/**
 * In a `rest` table, when the listed cells with dimension d = v hold as many persons as a `zero` table gives
 * for d = v, the unlisted combinations with d = v must be empty. Marking them impossible up front spares IPF a
 * slow (sublinear) approach to those zeros on the boundary.
 */
function markExhaustedRests(grid: CohortGrid, spec: CohortSpec): void {
  const sumWhere = (t: number, dimension: CohortDimension, key: string): number =>
    (spec.tables[t]?.cells ?? [])
      .filter((cell) => cellValueKey((cell.at as Record<string, unknown>)[dimension]) === key)
      .reduce((sum, cell) => sum + cell.count, 0);
  spec.tables.forEach((table, t) => {
    if (table.unlisted !== 'rest') return;
    const constraint = grid.constraints.find((c) => c.table === t);
    if (!constraint) return;
    const restGroup = constraint.targets.length - 1;
    for (const dimension of table.dimensions) {
      const a = axisIndex(grid, dimension);
      const exact = spec.tables.findIndex(
        (other) => (other.unlisted ?? 'zero') === 'zero' && other.dimensions.includes(dimension),
      );
      if (a < 0 || exact < 0) continue;
      grid.axes[a]?.keys.forEach((key, level) => {
        const listed = sumWhere(t, dimension, key);
        const whole = sumWhere(exact, dimension, key);
        if (listed <= 0 || Math.abs(listed - whole) > 1e-9 * Math.max(1, whole)) return;
        for (let cell = 0; cell < grid.size; cell++) {
          if (constraint.groupOf[cell] === restGroup && levelOf(grid, cell, a) === level)
            grid.possible[cell] = 0;
        }
      });
    }
  });
}

/**
 * The persons of a `rest` table's unlisted combinations have the default value of each of the table's
 * defaulted dimensions (ydelse and the bands stay free): "243 academics among the a-dagpenge recipients, rest"
 * leaves everyone else non-academic rather than spreading academics over the other states.
 */
function restrictRestsToDefaults(grid: CohortGrid, spec: CohortSpec): void {
  const defaultOf = defaultCodes(spec.defaults);
  const ydelse = axisIndex(grid, 'ydelse');
  spec.tables.forEach((table, t) => {
    if (table.unlisted !== 'rest') return;
    const constraint = grid.constraints.find((c) => c.table === t);
    if (!constraint) return;
    const restGroup = constraint.targets.length - 1;
    const defaulted = table.dimensions
      .filter(isDefaultedDimension)
      .map((d) => ({ d, a: axisIndex(grid, d) }));
    for (let cell = 0; cell < grid.size; cell++) {
      if (constraint.groupOf[cell] !== restGroup) continue;
      const state = grid.axes[ydelse]?.codes[levelOf(grid, cell, ydelse)] ?? 0;
      for (const { d, a } of defaulted) {
        if (grid.axes[a]?.codes[levelOf(grid, cell, a)] !== defaultOf(d, state)) grid.possible[cell] = 0;
      }
    }
  });
}
