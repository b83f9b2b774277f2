// Small helpers around the engine's ports: a clock-based sleep, and calls that turn thrown errors into
// failure results so one misbehaving adapter cannot break the engine's bookkeeping.

import type { ActionResult, Clock, DefineResult, PowerStatus } from './ports.js';

/** Resolves after `ms` on `clock`. */
export function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => {
    clock.setTimer(ms, resolve);
  });
}

/** Message of an unknown thrown value. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The `code` of an unknown thrown value, if it has a string one. */
export function codeOf(err: unknown): string | undefined {
  const c = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof c === 'string' ? c : undefined;
}

/** Runs an action; a throw becomes `{ ok: false }` with the error's code and message. */
export async function safeAction<T extends ActionResult | DefineResult>(
  fn: () => Promise<T>,
): Promise<T | ActionResult> {
  try {
    return await fn();
  } catch (err) {
    const code = codeOf(err);
    return code === undefined ? { ok: false, message: messageOf(err) } : { ok: false, code, message: messageOf(err) };
  }
}

/** Reads a power status; a throw becomes `unknown`. */
export async function safeStatus(fn: () => Promise<PowerStatus>): Promise<PowerStatus> {
  try {
    return await fn();
  } catch {
    return 'unknown';
  }
}

/** Serializes async sections: each runs after the previous one settled. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `fn` when every earlier section has settled. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
