/**
 * The synthetic month-0 cohort of a scenario: drawn from its cohort spec with the scenario's seed (stream
 * COHORT_STREAM_KEY), offers in progress given the scenario's offer durations, part-time unemployment as the
 * scenario's model settings give it. prepareModel draws it when no
 * cohort is passed in; a caller that prepares several models of one cohort (the browser worker, at each lever
 * change) draws it once here and passes it to every prepareModel.
 */
import { syntheticCohort, type SyntheticCohort } from '../cohort/synthetic-cohort.ts';
import { createStream } from '../random/random-stream.ts';
import { OFFERS } from '../rules/facts.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { DEFAULT_OFFER_MONTHS } from './activation-tables.ts';

/** Stream purpose key of the synthetic month-0 cohort ("COH"). */
export const COHORT_STREAM_KEY = 0x434f48;

/** `scenarioCohort(scenario).cohort` → the month-0 cohort prepareModel(scenario, ruleSet) would draw. */
export function scenarioCohort(scenario: ResolvedScenario): SyntheticCohort {
  const durations = scenario.activation?.durations ?? {};
  const offerDurations = Object.fromEntries(
    OFFERS.map((offer) => [offer, Math.max(1, Math.round(durations[offer]?.value ?? DEFAULT_OFFER_MONTHS))]),
  );
  const settings = scenario.model ?? {};
  const partTime = settings.partTimeUnemployment;
  const share = (value: number): number => Math.min(1, Math.max(0, value));
  return syntheticCohort(scenario.cohort, createStream(scenario.seed, COHORT_STREAM_KEY), {
    offerDurations,
    // The month-0 history is drawn once, with the central values (replications draw around them).
    ...(partTime && {
      partTime: {
        share: share(partTime.share.value),
        countedFull: share(settings.countedUnemploymentShare?.value ?? 1),
        countedPartTime: share(partTime.countedShare.value),
      },
    }),
  });
}
