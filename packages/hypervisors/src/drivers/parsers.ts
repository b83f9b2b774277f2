// Parsers for the standard host tools every driver uses: `free -m`, /proc/loadavg, and the
// definition hash that probe and capture agree on.
import { createHash } from 'node:crypto';
import { UnexpectedOutputError } from '../errors.js';

/** Memory figures from `free -m`, in MiB. */
export interface FreeMemory {
  totalMiB: number;
  /** `available` column when present (procps-ng >= 3.3.10), else free + buffers + cache. */
  availableMiB: number;
  /** The raw `free` column. */
  freeMiB: number;
}

/**
 * Parses `free -m` in both the current procps-ng layout (`total used free shared buff/cache available`)
 * and the old one (`total used free shared buffers cached` with a `-/+ buffers/cache:` row).
 */
export function parseFreeM(text: string, command = 'free -m'): FreeMemory {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const header = lines[0]?.trim().split(/\s+/) ?? [];
  if (header[0] !== 'total' || header[1] !== 'used' || header[2] !== 'free') {
    throw new UnexpectedOutputError(command, 'header is not "total used free ..."', text);
  }
  const mem = lines.find((l) => /^Mem:/.test(l.trim()));
  if (!mem) throw new UnexpectedOutputError(command, 'no "Mem:" row', text);
  const cells = mem.trim().split(/\s+/).slice(1);
  if (cells.length < 3 || cells.some((c) => !/^\d+$/.test(c)))
    throw new UnexpectedOutputError(command, 'Mem: row is not numeric', text);
  const col = (name: string): number | undefined => {
    const i = header.indexOf(name);
    const v = i >= 0 ? cells[i] : undefined;
    return v === undefined ? undefined : Number(v);
  };
  const totalMiB = col('total')!;
  const freeMiB = col('free')!;
  let availableMiB = col('available');
  if (availableMiB === undefined) {
    const plus = lines.find((l) => l.trim().startsWith('-/+ buffers/cache:'));
    const parts = plus?.trim().split(/\s+/) ?? [];
    const v = parts[parts.length - 1];
    availableMiB =
      v !== undefined && /^\d+$/.test(v) ? Number(v) : freeMiB + (col('buffers') ?? 0) + (col('cached') ?? 0);
  }
  return { totalMiB, freeMiB, availableMiB };
}

/** Parses /proc/loadavg (`0.20 0.18 0.12 1/80 11206`) and returns the 1-minute load. */
export function parseLoadavg(text: string, command = 'cat /proc/loadavg'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s+\d+(?:\.\d+)?\s+\d+(?:\.\d+)?(?:\s|$)/.exec(text);
  if (!m) throw new UnexpectedOutputError(command, 'not "L1 L5 L15 ..."', text);
  return Number(m[1]);
}

/**
 * Hash of a system definition: hex SHA-256 of the text with trailing newlines normalised to exactly one.
 * Probe and captureDefinition use it on the same text, so their hashes always agree.
 */
export function hashDefinition(text: string): string {
  return createHash('sha256')
    .update(`${text.replace(/\n+$/, '')}\n`)
    .digest('hex');
}
