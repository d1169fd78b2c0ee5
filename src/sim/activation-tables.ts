/**
 * Activation of one replication as numbers: the employer-based share (the lever), the offer-type mixes as
 * cumulative tables by OFFERS code, offer durations, capacity and monthly start probabilities.
 */
import { EMPLOYER_BASED_OFFERS, OFFERS, STATES } from '../rules/facts.ts';
import type { ActivationModel } from '../scenario/scenario.ts';
import { cumulativeShares } from './inflow-tables.ts';
import type { RandomStream } from '../random/random-stream.ts';
import { OFFER_ANY, OFFER_EMPLOYER_BASED } from './evaluation-plan.ts';
import type { QuantityValue } from './transition-tables.ts';

/** Offer duration when the scenario gives none (months). */
export const DEFAULT_OFFER_MONTHS = 3;
/** OFFERS code of private løntilskud (only where a rule `allow`s it). */
export const PRIVATE_LOENTILSKUD = OFFERS.indexOf('loentilskud-privat');

export interface ActivationTables {
  /** Share of generic offers that are employer-based. */
  employerBasedShare: number;
  /** Cumulative shares of employer-based types by OFFERS code, with and without private løntilskud. */
  employerCumulative: Float64Array;
  employerCumulativeNoPrivate: Float64Array;
  /** Cumulative shares of the other types by OFFERS code. */
  otherCumulative: Float64Array;
  /** Months each offer type lasts (≥ 1), by OFFERS code. */
  months: Int32Array;
  /** Most persons in offers at once (Infinity when unlimited). */
  capacity: number;
  /** Monthly start probability by state code. */
  start: Float64Array;
  /** True when any state has a start probability above 0. */
  anyStart: boolean;
}

/** A cumulative table over OFFERS with everything on one type. */
function only(offer: (typeof OFFERS)[number]): Float64Array {
  const index = OFFERS.indexOf(offer);
  return Float64Array.from(OFFERS, (_, o) => (o >= index ? 1 : 0));
}

export function activationTables(model: ActivationModel | undefined, value: QuantityValue): ActivationTables {
  const where = 'Scenario /activation';
  const employerMix = model?.employerBasedMix;
  for (const key of Object.keys(employerMix ?? {})) {
    if (!EMPLOYER_BASED_OFFERS.includes(key as (typeof OFFERS)[number])) {
      throw new Error(
        `${where}/employerBasedMix/${key}: not an employer-based offer (${EMPLOYER_BASED_OFFERS.join(', ')}).`,
      );
    }
  }
  const employerCumulative =
    cumulativeShares(OFFERS, employerMix, value, `${where}/employerBasedMix`) ?? only('virksomhedspraktik');
  let employerCumulativeNoPrivate = only('virksomhedspraktik');
  if (employerMix) {
    const withoutPrivate = { ...employerMix };
    delete withoutPrivate['loentilskud-privat'];
    if (Object.values(withoutPrivate).some((q) => q && value(q) > 0)) {
      employerCumulativeNoPrivate =
        cumulativeShares(OFFERS, withoutPrivate, value, `${where}/employerBasedMix`) ??
        employerCumulativeNoPrivate;
    }
  }
  const months = Int32Array.from(OFFERS, (offer) => {
    const q = model?.durations?.[offer];
    return Math.max(1, Math.round(q ? value(q) : DEFAULT_OFFER_MONTHS));
  });
  const start = Float64Array.from(STATES, (state) => {
    const q = model?.starts?.[state];
    return q ? Math.min(1, Math.max(0, value(q))) : 0;
  });
  return {
    employerBasedShare: model ? Math.min(1, Math.max(0, value(model.employerBasedShare))) : 0,
    employerCumulative,
    employerCumulativeNoPrivate,
    otherCumulative:
      cumulativeShares(OFFERS, model?.otherMix, value, `${where}/otherMix`) ??
      only('vejledning-opkvalificering'),
    months,
    capacity: model?.capacity ? Math.max(0, value(model.capacity)) : Number.POSITIVE_INFINITY,
    start,
    anyStart: start.some((p) => p > 0),
  };
}

/**
 * The code a uniform draw u picks from cumulative shares: the first code whose cumulative share exceeds u.
 * The table may sit inside a larger array at `offset` with `length` entries.
 */
export function pickCode(
  cumulative: Float64Array,
  u: number,
  offset = 0,
  length = cumulative.length,
): number {
  let code = 0;
  while (code < length - 1 && u >= (cumulative[offset + code] ?? 1)) code++;
  return code;
}

/**
 * The offer type a wanted offer becomes (an OFFERS code; 0 for none): OFFER_ANY is employer-based with the
 * lever's share, else one of the other types by their mix; an employer-based offer is one of those types, private
 * løntilskud only where `allowPrivate`. Draws from `stream` in that order.
 */
export function offerType(
  act: ActivationTables,
  wanted: number,
  allowPrivate: boolean,
  stream: RandomStream,
): number {
  let type = wanted;
  if (type === OFFER_ANY) {
    type =
      stream.next() < act.employerBasedShare
        ? OFFER_EMPLOYER_BASED
        : pickCode(act.otherCumulative, stream.next());
  }
  if (type === OFFER_EMPLOYER_BASED) {
    type = pickCode(allowPrivate ? act.employerCumulative : act.employerCumulativeNoPrivate, stream.next());
  }
  return type;
}
