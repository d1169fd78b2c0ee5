/**
 * The calibration worker: loads the rule files and runs calibrateScenario off the page's main thread, posting
 * its progress. Protocol in calibration-protocol.ts. Started as
 * `new Worker(new URL('./calibration-worker.ts', import.meta.url), { type: 'module' })`.
 */
import { calibrateScenario } from '../../src/calibrate/calibrate-scenario.ts';
import { loadRuleSet } from '../../src/rules/load-rule-set.ts';
import type { CalibrateRequest, CalibrationWorkerResponse } from './calibration-protocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<CalibrateRequest>) => void) | null;
  postMessage(message: CalibrationWorkerResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, scenario, rules, series, options } = event.data;
  try {
    const loaded = loadRuleSet(rules);
    if (!loaded.ruleSet) {
      const first = loaded.errors.find((error) => error.severity === 'error');
      throw new Error(first ? `${first.file}: ${first.message}` : 'The rules could not be loaded.');
    }
    const result = calibrateScenario(
      { scenario, ruleSet: loaded.ruleSet, series },
      { ...options, onProgress: (progress) => scope.postMessage({ type: 'progress', id, ...progress }) },
    );
    scope.postMessage({ type: 'done', id, result });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
