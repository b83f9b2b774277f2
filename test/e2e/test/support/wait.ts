// Polling helpers: wait until a condition holds (with the last observed value in the failure message), sleep.
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `probe` every `intervalMs` until it returns a truthy value, which is returned. Throws after `timeoutMs`
 * naming `what` and the last value or error seen, so a failed wait says what the system looked like.
 */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | false | null | undefined> | T | false | null | undefined,
  timeoutMs = 30_000,
  intervalMs = 250,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v as T;
      last = v;
    } catch (err) {
      last = err instanceof Error ? `error: ${err.message}` : err;
    }
    if (Date.now() >= end) {
      const shown = typeof last === 'string' ? last : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${shown?.slice(0, 600)})`);
    }
    await sleep(intervalMs);
  }
}

const t0 = Date.now();
/** With FERRY_E2E_TRACE=1, prints `[e2e +Ns] label` to stderr (to see where a slow file spends its time). */
export function trace(label: string): void {
  if (process.env.FERRY_E2E_TRACE === '1')
    process.stderr.write(`[e2e +${((Date.now() - t0) / 1000).toFixed(1)}s] ${label}\n`);
}
