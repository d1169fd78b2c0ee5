/**
 * What a simulation worker does with a request, apart from the worker plumbing (so tests can run it in Node):
 * load the rules once per rule bundle, prepare the model once per scenario, run the slice with monteCarlo and
 * post progress and the result. The month-0 cohort is kept across scenarios that share its inputs (cohort spec,
 * seed and offer durations), so a lever change re-prepares in milliseconds instead of regenerating the cohort;
 * compiled kernels are kept across scenarios with the same rules and months.
 */
import type { Cohort } from '../../src/cohort/cohort.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled-rule-set.ts';
import { loadRuleSet } from '../../src/rules/load-rule-set.ts';
import type { RuleSet } from '../../src/rules/rule-file.ts';
import type { ResolvedScenario } from '../../src/scenario/scenario.ts';
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import { prepareModel, type PreparedModel } from '../../src/sim/prepare-model.ts';
import { scenarioCohort } from '../../src/sim/scenario-cohort.ts';
import { resultTransferables, type RunSliceRequest, type WorkerResponse } from './protocol.ts';

/** Posts a response; `transfer` lists buffers to move with it. */
export type PostResponse = (response: WorkerResponse, transfer: ArrayBuffer[]) => void;

/** Runs one request at a time; the returned function handles a request synchronously. */
export type SliceRunner = (request: RunSliceRequest) => void;

/** What the month-0 cohort depends on besides the rules: prepareModel draws it from these. */
function cohortKey(scenario: ResolvedScenario): string {
  const model = scenario.model ?? {};
  return JSON.stringify([
    scenario.cohort,
    scenario.seed,
    scenario.activation?.durations ?? null,
    // The month-0 unemployment history depends on part-time unemployment (scenario-cohort.ts).
    model.partTimeUnemployment ?? null,
    model.partTimeUnemployment ? (model.countedUnemploymentShare ?? null) : null,
  ]);
}

/** A monotonic clock where there is one (workers and pages have performance; the fallback is for odd hosts). */
const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

/**
 * `createSliceRunner(post)(request)`: answers the request with `progress` messages and one `result` (value
 * arrays listed for transfer) or one `error`. Never throws.
 */
export function createSliceRunner(post: PostResponse): SliceRunner {
  let rules: { key: string; ruleSet: RuleSet } | undefined;
  let model: { key: string; model: PreparedModel } | undefined;
  let cohort: { key: string; cohort: Cohort } | undefined;
  let kernels: { key: string; kernels: Map<string, CompiledRuleSet> } | undefined;

  return (request) => {
    const { runId } = request;
    const started = now();
    try {
      if (rules?.key !== request.rules.key) {
        if (!request.rules.files)
          throw new Error(`The worker has no rules "${request.rules.key}"; send the files.`);
        const loaded = loadRuleSet(request.rules.files);
        if (!loaded.ruleSet) {
          const errors = loaded.errors.filter((error) => error.severity === 'error');
          const first = errors[0];
          post(
            {
              type: 'error',
              runId,
              message:
                `${errors.length} error(s) in the bundled rule files` +
                (first ? `, first ${first.file}:${first.line}:${first.column} ${first.message}` : ''),
              ruleErrors: errors,
            },
            [],
          );
          return;
        }
        rules = { key: request.rules.key, ruleSet: loaded.ruleSet };
        model = undefined;
      }
      const modelKey = `${request.scenarioKey}|${request.seed}`;
      if (model?.key !== modelKey) {
        if (!request.scenario) throw new Error(`The worker has no scenario "${modelKey}"; send it.`);
        const scenario: ResolvedScenario = { ...request.scenario, seed: request.seed };
        const key = cohortKey(scenario);
        // Kernels depend on the rules, the months they cover and the condition parameters (part of their key).
        const kernelKey = `${request.rules.key}|${scenario.start}|${scenario.end}`;
        if (kernels?.key !== kernelKey) kernels = { key: kernelKey, kernels: new Map() };
        // A new cohort's first model is prepared twice and the first copy dropped. Measured in Chromium 156 with
        // --trace-generalization: the second object prepareModel returns makes V8 widen the field types of the
        // model's map from the first object's classes to "any", which deoptimises every function optimised
        // against the first model (planForMonth, replicationInputs, evaluateMonth, the step…). Without the extra
        // prepare that happened at the first lever change after page load: its first ≈ 5 replications ran 3–10×
        // slower and its first P(reach) took 300–440 ms instead of 190–270 ms. Node 20 shows no such penalty.
        if (cohort?.key !== key) {
          cohort = { key, cohort: scenarioCohort(scenario).cohort };
          prepareModel(scenario, rules.ruleSet, { cohort: cohort.cohort, kernels: kernels.kernels });
        }
        const prepared = prepareModel(scenario, rules.ruleSet, {
          cohort: cohort.cohort,
          kernels: kernels.kernels,
        });
        model = { key: modelKey, model: prepared };
      }
      const prepareMs = now() - started;
      const total = request.to - request.from;
      const result = monteCarlo(model.model, {
        replications: request.replications,
        from: request.from,
        to: request.to,
        onProgress: (done) => post({ type: 'progress', runId, done, total }, []),
      });
      post(
        { type: 'result', runId, result, elapsedMs: now() - started, prepareMs },
        resultTransferables(result),
      );
    } catch (error) {
      post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) }, []);
    }
  };
}
