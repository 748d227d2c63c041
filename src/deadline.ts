// The time budget of one call: the caller's AbortSignal and the overall deadline, applied to each phase
// of the call (getting the token, waiting for the rate limiter, an attempt, a backoff) in turn.
import { WorkatoAbortError, WorkatoTimeoutError } from './errors.js';
import { systemClock } from './rate-limiter.js';
import type { CallOutcome } from './unwrap.js';

export interface CallDeadline {
  /** Why the call ended early, once it has. */
  readonly ended: 'caller' | 'deadline' | undefined;
  /** Starts the next phase; `onLimit` runs if the phase outlasts `limitMs` before the deadline. */
  phase(limitMs?: number, onLimit?: () => void): AbortSignal;
  /** Ends the current phase's timer (its work is done). */
  endPhase(): void;
  /** Waits `ms` in a phase of its own: the deadline or the caller's abort wakes it early. */
  sleep(ms: number): Promise<void>;
  /** The error of a call that ended early: WorkatoAbortError for the caller, WorkatoTimeoutError for the deadline. */
  stopped(): WorkatoAbortError | WorkatoTimeoutError;
  /** Releases the timer and the listener on the caller's signal. */
  dispose(): void;
}

/**
 * Each phase gets one AbortController and one timer, which ends the phase at its own limit or at the
 * call's deadline, whichever comes first; the caller's abort ends it at once. (AbortSignal.any and a
 * second timer would do the same at a cost that shows in every call.) A closure rather than a class,
 * so that the minifier can shorten every name: the client's size is budgeted.
 */
export function startDeadline(caller: AbortSignal, deadlineMs: number, outcome: CallOutcome): CallDeadline {
  const at = Date.now() + deadlineMs;
  let ended: CallDeadline['ended'];
  let current: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onCallerAbort = () => {
    ended ??= 'caller';
    current?.abort();
  };
  caller.addEventListener('abort', onCallerAbort);
  const deadline: CallDeadline = {
    get ended() {
      return ended;
    },
    phase(limitMs = Number.POSITIVE_INFINITY, onLimit) {
      clearTimeout(timer);
      if (caller.aborted) ended ??= 'caller';
      const left = at - Date.now();
      if (left <= 0) ended ??= 'deadline';
      if (ended) throw deadline.stopped();
      const controller = new AbortController();
      current = controller;
      const atDeadline = left <= limitMs;
      timer = setTimeout(
        () => {
          if (atDeadline) ended ??= 'deadline';
          else onLimit?.();
          controller.abort();
        },
        Math.min(left, limitMs),
      );
      return controller.signal;
    },
    endPhase: () => clearTimeout(timer),
    sleep: (ms) => systemClock.sleep(ms, deadline.phase()),
    stopped() {
      const { summary, attempts } = outcome;
      return ended === 'caller'
        ? new WorkatoAbortError(summary, attempts, 'aborted by the caller', undefined, { cause: caller.reason })
        : new WorkatoTimeoutError(summary, attempts, `the call timed out after ${deadlineMs} ms`, {
            scope: 'deadline',
            timeoutMs: deadlineMs,
          });
    },
    dispose() {
      clearTimeout(timer);
      caller.removeEventListener('abort', onCallerAbort);
    },
  };
  return deadline;
}

/** Settles with the promise, or rejects as soon as the signal aborts (for work that ignores signals). */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
