// A check on each stored projection row: the row is stored as `<16 hex digits> <value>`, the digits being the first
// 8 bytes of SHA-256(key, NUL, value). Open verifies every row it loads, and a row that fails (a changed byte, a cut
// value) makes the log rebuild the projection from the events instead of serving the row. Rows written before rows
// carried the check have another stored projection format (ROW_FORMAT) and are rebuilt likewise.
import { createHash } from 'node:crypto';

/** Suffix of the stored projection version saying its rows carry the check. */
export const ROW_FORMAT = '+sealed-1';

const DIGITS = 16;

function check(key: string, value: string): string {
  return createHash('sha256').update(key).update('\u0000').update(value).digest('hex').slice(0, DIGITS);
}

/** The stored form of row `key` with `value`. */
export function sealRow(key: string, value: string): string {
  return `${check(key, value)} ${value}`;
}

/** A stored row that fails its check. */
export class RowCheckError extends Error {
  readonly key: string;
  constructor(key: string) {
    super(`projection row ${JSON.stringify(key)} fails its check`);
    this.name = 'RowCheckError';
    this.key = key;
  }
}

/**
 * The value of stored row `key`.
 * @throws RowCheckError when the row fails its check.
 */
export function openRow(key: string, stored: string): string {
  const value = stored.slice(DIGITS + 1);
  if (stored.length <= DIGITS || stored[DIGITS] !== ' ' || stored.slice(0, DIGITS) !== check(key, value))
    throw new RowCheckError(key);
  return value;
}

/** `rows` with each value checked and opened; throws RowCheckError at the first row that fails. */
export async function* openRows(rows: AsyncIterable<[string, string]>): AsyncIterable<[string, string]> {
  for await (const [k, v] of rows) yield [k, openRow(k, v)];
}

/** The key of the first row of `rows` (stored form) that fails its check, or undefined when all pass. */
export async function firstBadRow(rows: AsyncIterable<[string, string]>): Promise<string | undefined> {
  for await (const [k, v] of rows) {
    try {
      openRow(k, v);
    } catch {
      return k;
    }
  }
  return undefined;
}
