/** How a pool run ends when it does not end with a result. */
import type { ErrorResponse } from './protocol.ts';

/** Rejection of a run that was cancelled or replaced. */
export class SimulationAbortedError extends Error {
  constructor() {
    super('The simulation was cancelled.');
    this.name = 'AbortError';
  }
}

/** Rejection of a run a worker could not do (bad rules or scenario), with the worker's message. */
export class SimulationFailedError extends Error {
  constructor(readonly response: Pick<ErrorResponse, 'message' | 'ruleErrors'>) {
    super(response.message);
    this.name = 'SimulationFailedError';
  }
}
