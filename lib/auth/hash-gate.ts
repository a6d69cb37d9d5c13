import { AppError } from '../errors';

export const BUSY_MESSAGE = 'The server is busy. Try again in a moment.';

export interface Gate {
  /** True while a task started now would be refused. */
  readonly full: boolean;
  run<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * Runs at most `concurrent` tasks at once and lets at most `queued` more wait their turn; beyond that `run` refuses
 * at once with AppError('too_many'). The decision is taken synchronously when `run` is called.
 */
export function createGate(concurrent: number, queued: number): Gate {
  let running = 0;
  const waiting: Array<() => void> = [];
  return {
    get full() {
      return running >= concurrent && waiting.length >= queued;
    },
    async run(task) {
      if (running < concurrent) running++;
      else if (waiting.length < queued) await new Promise<void>((resolve) => waiting.push(resolve));
      else throw new AppError('too_many', BUSY_MESSAGE);
      try {
        return await task();
      } finally {
        // Hand the slot straight to the next waiter, if any.
        const next = waiting.shift();
        if (next) next();
        else running--;
      }
    },
  };
}
