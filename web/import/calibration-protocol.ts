/**
 * The typed messages between the app and its calibration worker. The app sends `calibrate` with the working
 * scenario, the rule files and the observed series; the worker answers with `progress` while it fits and then
 * exactly one of `done` (the CalibrationResult) or `failed` (the calibration's message, e.g. no series point in
 * the run). calibrateScenario runs synchronously, so the app cancels by terminating the worker.
 */
import type {
  CalibrationProgress,
  CalibrationResult,
  ObservedSeries,
} from '../../src/calibrate/calibration-types.ts';
import type { RuleSetSource } from '../../src/rules/load-rule-set.ts';
import type { ResolvedScenario } from '../../src/scenario/scenario.ts';
import type { Month } from '../../src/time/month.ts';

export interface CalibrateRequest {
  type: 'calibrate';
  id: number;
  scenario: ResolvedScenario;
  rules: RuleSetSource[];
  series: ObservedSeries[];
  options: {
    /** Points after this month are held out and scored. */
    until?: Month;
    replications?: number;
    projectionReplications?: number;
  };
}

export type CalibrationWorkerResponse =
  | ({ type: 'progress'; id: number } & CalibrationProgress)
  | { type: 'done'; id: number; result: CalibrationResult }
  | { type: 'failed'; id: number; message: string };
