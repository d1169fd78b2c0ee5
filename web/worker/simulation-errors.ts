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

/**
 * Rejection of a run after `crashes` workers in a row died (threw outside a message handler, were killed, or
 * stopped answering): the pool stops replacing them and says so instead of retrying for ever.
 */
export class SimulationCrashedError extends Error {
  constructor(
    readonly crashes: number,
    readonly reason: string,
  ) {
    super(`${crashes} simulation workers in a row stopped unexpectedly (last: ${reason}); gave up.`);
    this.name = 'SimulationCrashedError';
  }
}
