/**
 * The value a person gets for a dimension no table fixes for them: the spec's default, with the model's
 * consistency rules by state (a-dagpenge recipients are insured, visitation only in the visitated states, no
 * offer off support, integrationsydelse recipients in the integration programme).
 */
import { FACTS, SUPPORT_STATES, type State } from '../rules/facts.ts';
import type { CohortDefaults } from './cohort-spec.ts';

/** The dimensions with a default fact value (the others are ydelse and the banded ones). */
export const DEFAULTED_DIMENSIONS = [
  'education',
  'academic',
  'insured',
  'visitation',
  'offer',
  'integrationProgram',
] as const;
export type DefaultedDimension = (typeof DEFAULTED_DIMENSIONS)[number];

/** States whose recipients are visitated; elsewhere visitation is "ingen". */
export const VISITATED_STATES: readonly State[] = [
  'kontanthjaelp',
  'uddannelseshjaelp',
  'integrationsydelse',
];

const stateCode = (state: State): number => FACTS.ydelse.values.indexOf(state);
const SUPPORT_CODES = new Set(SUPPORT_STATES.map(stateCode));
const VISITATED_CODES = new Set(VISITATED_STATES.map(stateCode));
const A_DAGPENGE = stateCode('a-dagpenge');
const INTEGRATIONSYDELSE = stateCode('integrationsydelse');

/** The default code (facts.ts encoding) of each defaulted dimension for a person in state `ydelse` (a code). */
export function defaultCodes(
  defaults: CohortDefaults = {},
): (dimension: DefaultedDimension, ydelse: number) => number {
  const education = FACTS.education.values.indexOf(defaults.education ?? 'erhvervsfaglig');
  const visitation = FACTS.visitation.values.indexOf(defaults.visitation ?? 'ingen');
  const offer = FACTS.offer.values.indexOf(defaults.offer ?? 'ingen');
  return (dimension, ydelse) => {
    switch (dimension) {
      case 'education':
        return education;
      case 'academic':
        return defaults.academic ? 1 : 0;
      case 'insured':
        return ydelse === A_DAGPENGE || defaults.insured ? 1 : 0;
      case 'visitation':
        return VISITATED_CODES.has(ydelse) ? visitation : 0;
      case 'offer':
        return SUPPORT_CODES.has(ydelse) ? offer : 0;
      case 'integrationProgram':
        return ydelse === INTEGRATIONSYDELSE || defaults.integrationProgram ? 1 : 0;
    }
  };
}

export function isDefaultedDimension(dimension: string): dimension is DefaultedDimension {
  return (DEFAULTED_DIMENSIONS as readonly string[]).includes(dimension);
}
