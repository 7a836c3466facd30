import type { WorkerPhase } from './readiness.js';

/** What a drain needs from the worker: stop polling and settle (in-flight activities finish or are cancelled, sessions handed back). */
export interface Drainable {
  shutdown(): Promise<void>;
}

/** How a drain ended: `graceful` within the bound, or `timedOut` (the process should exit non-zero). */
export interface DrainOutcome {
  signal: NodeJS.Signals;
  ms: number;
  timedOut: boolean;
}

/**
 * On SIGTERM or SIGINT: phase becomes `draining` (so `/readyz` fails), `shutdown()` is called, and `outcome()`
 * settles once it has finished or once `timeoutMs` has passed, whichever is first (then `expired` resolves).
 * A second signal is ignored.
 */
export function drainOnSignals(
  target: Drainable,
  options: {
    timeoutMs: number;
    setPhase(phase: WorkerPhase): void;
    onSignal(signal: NodeJS.Signals): void;
  },
): { expired: Promise<void>; outcome(): Promise<DrainOutcome> | undefined; dispose(): void } {
  let started = false;
  let expire = () => {};
  const expired = new Promise<void>((resolve) => (expire = resolve));
  let outcome: Promise<DrainOutcome> | undefined;
  const handler = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    const begin = performance.now();
    options.setPhase('draining');
    options.onSignal(signal);
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), options.timeoutMs);
      timer.unref();
    });
    outcome = Promise.race([
      target.shutdown().then(
        () => false,
        () => false,
      ),
      bound,
    ]).then((timedOut) => {
      clearTimeout(timer);
      if (timedOut) expire();
      return { signal, ms: Math.round(performance.now() - begin), timedOut };
    });
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
  return {
    expired,
    outcome: () => outcome,
    dispose() {
      process.off('SIGTERM', handler);
      process.off('SIGINT', handler);
    },
  };
}
