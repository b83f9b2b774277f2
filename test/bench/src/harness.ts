// Benchmark harness types and helpers: every bench returns one figure, optionally with a raw baseline measured
// in the same run and the ratio value/baseline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a bench reports. `ratio` is `value / baseline` (or the inverse for lower-is-better units, as noted). */
export interface BenchResult {
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  notes?: string;
}

/** A benchmark module. */
export interface Bench {
  name: string;
  /** One line saying what is measured. */
  description?: string;
  run(): Promise<BenchResult>;
}

/** `FERRY_BENCH_SCALE` (default 1): multiply sizes by it for quick runs. */
export function scale(): number {
  const s = Number(process.env.FERRY_BENCH_SCALE ?? '1');
  return Number.isFinite(s) && s > 0 ? s : 1;
}

/** `n * scale()`, at least `min`. */
export function scaled(n: number, min = 1): number {
  return Math.max(min, Math.round(n * scale()));
}

/** Runs `fn` with a fresh temporary directory, removed afterwards. */
export async function withTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `ferry-bench-${prefix}-`));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A body of roughly `bytes` bytes of JSON. */
export function body(bytes: number, i: number): Record<string, unknown> {
  const pad = 'x'.repeat(Math.max(0, bytes - 60));
  return { n: i, note: 'bench payload', pad };
}

/** The value at quantile `q` (0..1) of `xs` (sorted copy). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}
