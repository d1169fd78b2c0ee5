/** Shared pieces of the cohort tests: an assumption source and an LTK-like spec. */
import type { CohortSpec } from '../../src/cohort/cohort-spec.ts';

export const source = { assumption: true as const, rationale: { da: 'testdata', en: 'test data' } };

/**
 * A cohort shaped like Lyngby-Taarbæk's in Dec 2013 (not its real figures): ydelse × age, ydelse × spell length,
 * long-term unemployment, academics among the a-dagpenge recipients, visitation and offers on kontanthjælp.
 */
export const LTK_LIKE_SPEC: CohortSpec = {
  total: 1000,
  ageBands: [
    { min: 16, max: 29 },
    { min: 30, max: 49 },
    { min: 50, max: 64 },
  ],
  supportDurationBands: [
    { id: 'short', min: 1, max: 12 },
    { id: 'long', min: 13, max: 120 },
  ],
  unemploymentBands: [
    { min: 0, max: 9 },
    { min: 10, max: 12 },
  ],
  tables: [
    {
      dimensions: ['ydelse', 'age'],
      source,
      cells: [
        { at: { ydelse: 'a-dagpenge', age: '16-29' }, count: 50 },
        { at: { ydelse: 'a-dagpenge', age: '30-49' }, count: 200 },
        { at: { ydelse: 'a-dagpenge', age: '50-64' }, count: 150 },
        { at: { ydelse: 'kontanthjaelp', age: '30-49' }, count: 300 },
        { at: { ydelse: 'uddannelseshjaelp', age: '16-29' }, count: 150 },
        { at: { ydelse: 'sygedagpenge', age: '50-64' }, count: 100 },
        { at: { ydelse: 'jobafklaring', age: '50-64' }, count: 50 },
      ],
    },
    {
      dimensions: ['ydelse', 'supportDuration'],
      source,
      cells: [
        { at: { ydelse: 'a-dagpenge', supportDuration: 'short' }, count: 250 },
        { at: { ydelse: 'a-dagpenge', supportDuration: 'long' }, count: 150 },
        { at: { ydelse: 'kontanthjaelp', supportDuration: 'short' }, count: 100 },
        { at: { ydelse: 'kontanthjaelp', supportDuration: 'long' }, count: 200 },
        { at: { ydelse: 'uddannelseshjaelp', supportDuration: 'short' }, count: 75 },
        { at: { ydelse: 'uddannelseshjaelp', supportDuration: 'long' }, count: 75 },
        { at: { ydelse: 'sygedagpenge', supportDuration: 'short' }, count: 100 },
        { at: { ydelse: 'jobafklaring', supportDuration: 'long' }, count: 50 },
      ],
    },
    {
      dimensions: ['unemployment'],
      source,
      cells: [
        { at: { unemployment: '0-9' }, count: 854 },
        { at: { unemployment: '10-12' }, count: 146 },
      ],
    },
    {
      dimensions: ['ydelse', 'academic'],
      unlisted: 'rest',
      source,
      cells: [{ at: { ydelse: 'a-dagpenge', academic: true }, count: 243 }],
    },
    {
      dimensions: ['ydelse', 'visitation', 'offer'],
      unlisted: 'rest',
      source,
      cells: [
        { at: { ydelse: 'kontanthjaelp', visitation: 'jobparat', offer: 'virksomhedspraktik' }, count: 30 },
        { at: { ydelse: 'kontanthjaelp', visitation: 'jobparat', offer: 'ingen' }, count: 90 },
        {
          at: { ydelse: 'kontanthjaelp', visitation: 'aktivitetsparat', offer: 'vejledning-opkvalificering' },
          count: 20,
        },
        { at: { ydelse: 'kontanthjaelp', visitation: 'aktivitetsparat', offer: 'ingen' }, count: 160 },
      ],
    },
  ],
};
