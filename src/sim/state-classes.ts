/**
 * Lookup tables by state code that the monthly step and the counters read: which states are absorbing, which
 * are public support, which carry a visitation category, and which count as unemployed.
 */
import { ABSORBING_STATES, STATES, SUPPORT_STATES, VISITATIONS } from '../rules/facts.ts';

/** 1 for pension and udrejst: persons there are never stepped again and cost nothing. */
export const ABSORBING = Uint8Array.from(STATES, (s) => (ABSORBING_STATES.includes(s) ? 1 : 0));
/** 1 for public-support states (every state but self-support and the exits). */
export const SUPPORT = Uint8Array.from(STATES, (s) => (SUPPORT_STATES.includes(s) ? 1 : 0));
/** 1 for the states with a visitation category: kontanthjælp, uddannelseshjælp, integrationsydelse. */
export const VISITATED = Uint8Array.from(STATES, (s) =>
  s === 'kontanthjaelp' || s === 'uddannelseshjaelp' || s === 'integrationsydelse' ? 1 : 0,
);

const A_DAGPENGE = STATES.indexOf('a-dagpenge');
const KONTANTHJAELP = STATES.indexOf('kontanthjaelp');
const JOBPARAT = VISITATIONS.indexOf('jobparat');

/** Counted as unemployed (DESIGN §2.2): a-dagpenge, or kontanthjælp as jobparat. */
export function isUnemployed(state: number, visitation: number): boolean {
  return state === A_DAGPENGE || (state === KONTANTHJAELP && visitation === JOBPARAT);
}
