/**
 * Three target rows, one of each kind (simulated, follow-only, unsimulated), with round numbers to read the
 * expected cells off.
 */
import type { TargetRow } from '../../../web/view-model/target-row.ts';
import { FAN_FIXTURE } from '../charts/fan-fixture.ts';

export const BOARD_ROWS: TargetRow[] = [
  {
    id: '1',
    nr: '1',
    indicator: {
      da: 'Unge under 30 år på offentlig forsørgelse',
      en: 'Young people under 30 on public support',
    },
    unit: 'persons',
    baseline: { value: 535, month: '2013-12' },
    target: { level: 428, direction: 'atMost', month: '2015-12' },
    result: {
      status: 'simulated',
      pReach: 0.3,
      pReachSE: 0.0145,
      replications: 1000,
      verdict: 'veryAmbitious',
      reachable: [
        { probability: 0.5, level: 435 },
        { probability: 0.8, level: 447 },
        { probability: 0.9, level: 454 },
      ],
    },
    fan: FAN_FIXTURE,
    notes: [
      {
        kind: 'inconsistency',
        text: {
          da: 'Kilden skriver −11 %, men 34/243 er 14 %.',
          en: 'The source says −11 %, but 34/243 is 14 %.',
        },
      },
    ],
  },
  {
    id: '2a',
    nr: '2a',
    indicator: { da: 'Ressourceforløbsydelse (følges)' },
    unit: 'persons',
    baseline: { value: 24, month: '2013-12' },
    result: { status: 'followOnly', reachable: [{ probability: 0.8, level: 62 }] },
    fan: FAN_FIXTURE,
    notes: [{ kind: 'note', text: { da: 'Intet resultatniveau.' } }],
  },
  {
    id: '8',
    nr: '8',
    indicator: { da: 'Samarbejdsgrad', en: 'Samarbejdsgrad (share of firms)' },
    unit: 'percent',
    result: { status: 'unsimulated', reason: { da: 'Kræver virksomhedsdata.', en: 'Needs firm data.' } },
    notes: [],
  },
];
