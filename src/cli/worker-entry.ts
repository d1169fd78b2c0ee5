/**
 * The simulation worker (worker_threads): prepares the model once from the scenario and rules it is given, then
 * runs each replication slice [from, to) it is sent with monteCarlo and posts the result back. Progress is one
 * message per finished replication. See worker-pool.ts for the protocol.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { monteCarlo } from '../sim/monte-carlo.ts';
import type { MonteCarloResult } from '../sim/monte-carlo-result.ts';
import { prepareModel } from '../sim/prepare-model.ts';
import type { WorkerInit, WorkerRequest, WorkerResponse } from './worker-pool.ts';

const port = parentPort;
if (!port) throw new Error('worker-entry runs as a worker thread (see worker-pool.ts), not on its own.');

const post = (message: WorkerResponse, transfer: ArrayBuffer[] = []): void =>
  port.postMessage(message, transfer);

/** The buffers of a result's value arrays, moved rather than copied to the main thread. */
function transferable(result: MonteCarloResult): ArrayBuffer[] {
  const { raw } = result;
  const arrays = [...raw.indicators, raw.states, raw.parameters, ...(raw.costs ? [raw.costs] : [])];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

let model: ReturnType<typeof prepareModel> | undefined;
const init = workerData as WorkerInit;

port.on('message', (request: WorkerRequest) => {
  try {
    model ??= prepareModel(init.scenario, init.ruleSet);
    const result = monteCarlo(model, {
      replications: init.replications,
      from: request.from,
      to: request.to,
      onProgress: () => post({ type: 'progress' }),
    });
    post({ type: 'result', result }, transferable(result));
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
