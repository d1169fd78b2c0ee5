/**
 * Calibration: fits a few transition parameters (exit and inflow multipliers per state, a shift of the macro
 * elasticities) so that the simulated means match observed series, by Nelder–Mead (nelder-mead.ts) on a deterministic
 * objective (common random numbers, calibration-objective.ts); estimates their uncertainty by a sandwich
 * approximation (parameter-covariance.ts); writes them into a scenario that extends the input with overrides,
 * each with a normal uncertainty and "calibrated from <series>" as its source; and projects the calibrated
 * scenario to give the fit per series. Pure: runs in a Web Worker as in the CLI.
 */
import type { LocalText } from '../rules/facts.ts';
import type { SourceReference } from '../rules/rule-file.ts';
import { monteCarlo } from '../sim/monte-carlo.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { prepareModel } from '../sim/prepare-model.ts';
import { parameterUpdates, withQuantities } from './apply-parameters.ts';
import { calibratedScenarioFile } from './calibrated-scenario-file.ts';
import { calibrationParameters, chooseParameters } from './calibration-parameters.ts';
import { CalibrationObjective, naturalValues, type FitPoint } from './calibration-objective.ts';
import type {
  CalibratedParameter,
  CalibrationInput,
  CalibrationOptions,
  CalibrationParameter,
  CalibrationResult,
} from './calibration-types.ts';
import { modelForScenario } from './model-for-scenario.ts';
import { nelderMead } from './nelder-mead.ts';
import { drawnSpreads } from './drawn-spreads.ts';
import { parameterCovariance } from './parameter-covariance.ts';
import { hasTarget } from './series-samples.ts';
import { runIndex, seriesFits } from './series-fits.ts';

export const DEFAULT_CALIBRATION_REPLICATIONS = 24;
export const DEFAULT_PROJECTION_REPLICATIONS = 200;
/** z of the central 80 % interval. */
const Z80 = 1.2815515655446004;
/** Default restarts of the simplex. */
export const DEFAULT_RESTARTS = 1;
/** Most Gauss–Newton steps after the simplex. */
const GAUSS_NEWTON_STEPS = 3;

/**
 * `calibrateScenario({scenario, ruleSet, series}, {until: "2014-06"})` → the calibrated parameters, the fit per
 * series and the calibrated scenario file. Without points to fit (none after month 0 up to `until`) the
 * parameters keep their start values and prior spreads, with a warning. Throws for a parameter that moves nothing.
 */
export function calibrateScenario(
  input: CalibrationInput,
  options: CalibrationOptions = {},
): CalibrationResult {
  const { scenario, ruleSet, series } = input;
  const warnings: LocalText[] = [];
  const prepared = prepareModel(scenario, ruleSet, {
    ...(options.cohort ? { cohort: options.cohort } : {}),
    ...(options.codegen === undefined ? {} : { codegen: options.codegen }),
  });
  const seed = options.seed ?? scenario.seed;
  const replications = options.replications ?? DEFAULT_CALIBRATION_REPLICATIONS;
  const points: FitPoint[] = [];
  for (const s of series) {
    if (!hasTarget(prepared, s.target)) {
      warnings.push({
        da: `Serien ${s.id} (${s.source}): ingen regel tæller indikatoren "${s.target.id}"; den er ikke brugt.`,
        en: `Series ${s.id} (${s.source}): no rule counts indicator "${s.target.id}"; it is not used.`,
      });
      continue;
    }
    let outside = 0;
    for (const point of s.points) {
      if (options.until !== undefined && point.month > options.until) continue;
      const t = runIndex(prepared.monthLabels, point.month);
      if (t === undefined) outside++;
      // Month 0 is the cohort as given: no parameter moves it, so it carries no information.
      else if (t > 0) points.push({ target: s.target, t, observed: point.value, weight: s.weight ?? 1 });
    }
    if (outside > 0) {
      warnings.push({
        da: `Serien ${s.id}: ${outside} tal ligger uden for kørslen (${scenario.start} – ${scenario.end}) og er ikke brugt.`,
        en: `Series ${s.id}: ${outside} figures lie outside the run (${scenario.start} – ${scenario.end}) and are not used.`,
      });
    }
  }
  const choices = options.parameters ?? chooseParameters(scenario, series, options.until);
  const parameters = calibrationParameters(scenario, choices);
  if (parameters.length === 0)
    throw new Error('No parameter to calibrate: the data observe no state with exits.');
  if (points.length === 0) {
    warnings.push({
      da: 'Ingen observationer efter startmåneden at tilpasse: parametrene beholder scenariets værdier, og usikkerheden er priorens.',
      en: 'No observations after the start month to fit: the parameters keep the scenario’s values and the prior’s uncertainty.',
    });
  }

  const objective = new CalibrationObjective(
    prepared,
    scenario,
    parameters,
    points,
    replications,
    seed,
    options.signal,
  );
  const k = parameters.length;
  const maxIterations = options.maxIterations ?? 60 * k;
  const restarts = options.restarts ?? DEFAULT_RESTARTS;
  const progressTotal = (restarts + 1) * 2 * maxIterations + k + 1;
  const start = parameters.map(() => 0);
  const startValue = points.length > 0 ? objective.value(start) : 0;
  let best = startValue;
  let x = start;
  if (points.length > 0) {
    const f = (candidate: number[]): number => {
      const value = objective.value(candidate);
      if (value < best) best = value;
      options.onProgress?.({ phase: 'fit', done: objective.evaluations, total: progressTotal, best });
      return value;
    };
    // Common random numbers make the objective a fine staircase on which a simplex can stall: restart from
    // the best point with a fresh, smaller simplex until a restart gains less than a unit of the objective.
    let solution = nelderMead(f, start, {
      maxIterations,
      step: 0.5,
      minErrorDelta: 0.05,
      minTolerance: 0.03,
    });
    for (let restart = 0; restart < restarts; restart++) {
      const next = nelderMead(f, solution.x, {
        maxIterations,
        step: 0.3,
        minErrorDelta: 0.05,
        minTolerance: 0.03,
      });
      const gain = solution.fx - next.fx;
      if (next.fx < solution.fx) solution = next;
      if (gain < 1) break;
    }
    x = solution.x;
  }
  const fitEvaluations = objective.evaluations;
  // Every month of every fitted target: the projection whose parameter variance the drawn spreads match.
  const projected: FitPoint[] = [
    ...new Map(points.map((p) => [`${p.target.kind}:${p.target.id}`, p.target])).values(),
  ].flatMap((target) =>
    prepared.monthLabels.slice(1).map((_, i) => ({ target, t: i + 1, observed: NaN, weight: 0 })),
  );
  const identity = parameters.map((_, a) => parameters.map((__, b) => (a === b ? 1 : 0)));
  const uncertainty = (at: number[]) =>
    parameterCovariance(objective, at, projected, (done, total) =>
      options.onProgress?.({ phase: 'uncertainty', done, total }),
    );
  let covariance =
    points.length > 0
      ? uncertainty(x)
      : { covariance: identity, projectedJacobian: [], dispersion: 1, gaussNewtonStep: [] };
  // Gauss–Newton polish: the simplex stalls in narrow valleys; a step with the Jacobian the uncertainty needs
  // anyway is accepted when it lowers the objective by at least 0.5.
  for (let step = 0; points.length > 0 && step < GAUSS_NEWTON_STEPS; step++) {
    const candidate = x.map((xj, j) => xj + (covariance.gaussNewtonStep[j] ?? 0));
    const current = objective.value(x);
    if (!(objective.value(candidate) < current - 0.5)) break;
    x = candidate;
    covariance = uncertainty(x);
  }
  const values = naturalValues(parameters, x);
  const standardErrors = parameters.map(
    (parameter, j) => parameter.priorSd * Math.sqrt(Math.max(0, covariance.covariance[j]?.[j] ?? 0)),
  );
  const spreads = drawnSpreads(covariance.covariance, covariance.projectedJacobian);
  const drawnSds = parameters.map((parameter, j) => parameter.priorSd * (spreads[j] ?? 0));
  const calibrated = parameters.map((parameter, j): CalibratedParameter => {
    const value = values[j] ?? parameter.start;
    const se = standardErrors[j] ?? 0;
    const drawnSd = drawnSds[j] ?? 0;
    const [low, high] =
      parameter.scale === 'log'
        ? [value * Math.exp(-Z80 * se), value * Math.exp(Z80 * se)]
        : [value - Z80 * se, value + Z80 * se];
    return { ...parameter, value, standardError: se, drawnSd, low, high };
  });

  const seriesIds = [...new Set(series.filter((s) => hasTarget(prepared, s.target)).map((s) => s.id))];
  const source = (parameter: CalibrationParameter): SourceReference =>
    calibrationSource(parameter, calibrated, seriesIds, options.until);
  const updates = parameterUpdates(scenario, parameters, values, { standardErrors: drawnSds, source });
  const file = calibratedScenarioFile(scenario, updates, options.calibratedId);
  const resolved: ResolvedScenario = {
    ...withQuantities(scenario, updates),
    id: file.id,
    title: file.title,
    lineage: [...scenario.lineage, file.id],
  };
  const projection = monteCarlo(modelForScenario(prepared, { ...resolved, seed }), {
    replications: options.projectionReplications ?? DEFAULT_PROJECTION_REPLICATIONS,
    onProgress: (done, total) => options.onProgress?.({ phase: 'projection', done, total }),
  });
  const { fits, heldOut } = seriesFits(projection, series, options.until);
  return {
    parameters: calibrated,
    fits,
    objective: { start: startValue, final: points.length > 0 ? objective.value(x) : 0 },
    evaluations: fitEvaluations,
    dispersion: covariance.dispersion,
    heldOut,
    scenario: file,
    resolved,
    warnings,
  };
}

/** The source of a calibrated Quantity: the series and the parameter's fitted value. */
function calibrationSource(
  parameter: CalibrationParameter,
  calibrated: readonly CalibratedParameter[],
  seriesIds: readonly string[],
  until: string | undefined,
): SourceReference {
  const fitted = calibrated.find((c) => c.id === parameter.id);
  const what =
    parameter.scale === 'log'
      ? `multiplier ${fitted?.value.toFixed(3) ?? '?'} (80 %: ${fitted?.low.toFixed(3) ?? '?'}–${fitted?.high.toFixed(3) ?? '?'}) on the original value`
      : `shift ${fitted?.value.toFixed(3) ?? '?'} (80 %: ${fitted?.low.toFixed(3) ?? '?'}–${fitted?.high.toFixed(3) ?? '?'}) of the original value`;
  return {
    document: `calibrated from ${seriesIds.join(', ')}${until ? ` (up to ${until})` : ''}`,
    section: `maalbar calibrate, parameter ${parameter.id}: ${what}; uncertainty by a sandwich approximation.`,
  };
}
