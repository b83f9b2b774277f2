// Reads of committed events straight from the store: by seq (decoded, or raw for replication), by aggregate through
// the per-aggregate index (after waiting for the index of everything committed before), a snapshot iteration, and
// single records' hashes and epochs.
import type { ReadFilter } from '@ferry/contract';
import { ZERO_HEX, idxRange, parseData, peekSeqEpoch, readU64, toEvent, u64 } from './codec.js';
import type { LogContext } from './context.js';
import { READ_CHUNK } from './store.js';
import type { Hex, LogEvent, RawRecord } from './types.js';

/** Up to `limit` committed events with seq >= `fromSeq`, optionally of one aggregate and/or some types. */
export async function read(c: LogContext, fromSeq: number, limit: number, filter?: ReadFilter): Promise<LogEvent[]> {
  c.assertOpen();
  if (limit <= 0) return [];
  const from = Math.max(1, Math.floor(fromSeq));
  const types = filter?.types && filter.types.length > 0 ? new Set(filter.types) : undefined;
  if (filter?.aggregate !== undefined) return readAggregate(c, filter.aggregate, from, limit, types);
  const out: LogEvent[] = [];
  const it = c.store.db.iterator(c.store.logScan(from > 1 ? from - 1 : 1));
  const pl = c.store.P.log.length;
  try {
    let prevHex = ZERO_HEX;
    for (;;) {
      const chunk = await it.nextv(types ? READ_CHUNK : Math.min(READ_CHUNK, limit - out.length + 1));
      if (chunk.length === 0) break;
      for (const [k, v] of chunk) {
        const h = v.toString('hex', 0, 32);
        if (readU64(k, pl) >= from) {
          const s = parseData(v.subarray(32));
          if (!types || types.has(s.type)) out.push(toEvent(s, prevHex, h));
          if (out.length >= limit) return out;
        }
        prevHex = h;
      }
    }
    return out;
  } finally {
    await it.close();
  }
}

/** Up to `limit` events of `aggregate` with seq >= `from` (of `types`, when given), via the per-aggregate index. */
async function readAggregate(
  c: LogContext,
  aggregate: string,
  from: number,
  limit: number,
  types?: Set<string>,
): Promise<LogEvent[]> {
  await c.index.flush();
  const out: LogEvent[] = [];
  const it = c.store.idx.keys(idxRange(aggregate, from));
  try {
    for (;;) {
      const keys = await it.nextv(
        Number.isFinite(limit) && !types ? Math.min(READ_CHUNK, limit - out.length) : READ_CHUNK,
      );
      if (keys.length === 0) break;
      const seqs = keys.map((k) => readU64(k, k.length - 8));
      const want: Buffer[] = [];
      for (const s of seqs) want.push(u64(s - 1), u64(s));
      const vals = await c.store.log.getMany(want);
      for (let i = 0; i < seqs.length; i++) {
        const prev = vals[2 * i];
        const cur = vals[2 * i + 1];
        if (!cur) continue;
        const s = parseData(cur.subarray(32));
        if (types && !types.has(s.type)) continue;
        out.push(toEvent(s, prev ? prev.toString('hex', 0, 32) : ZERO_HEX, cur.toString('hex', 0, 32)));
        if (out.length >= limit) return out;
      }
    }
    return out;
  } finally {
    await it.close();
  }
}

/** Up to `limit` stored records with seq >= `fromSeq`, bytes as stored. */
export async function readRaw(c: LogContext, fromSeq: number, limit: number): Promise<RawRecord[]> {
  c.assertOpen();
  if (limit <= 0) return [];
  // Root iterator with a large read-ahead: a replication batch is fetched in a few native round trips.
  const entries = await c.store.db.iterator({ ...c.store.logScan(Math.max(1, fromSeq)), limit }).all();
  const pl = c.store.P.log.length;
  return entries.map(([k, v]) => ({ seq: readU64(k, pl), hash: v.subarray(0, 32), data: v.subarray(32) }));
}

/** The aggregate's current version (0 when it has no events). */
export async function aggregateVersion(c: LogContext, aggregate: string): Promise<number> {
  c.assertOpen();
  const cached = c.versions.get(aggregate);
  if (cached !== undefined) return cached;
  const v = await c.store.heads.get(aggregate);
  return v === undefined ? 0 : Number(v);
}

/** Events from `fromSeq` to the head at the time iteration starts (a snapshot). */
export async function* iterate(c: LogContext, fromSeq: number): AsyncIterable<LogEvent> {
  c.assertOpen();
  const from = Math.max(1, Math.floor(fromSeq));
  const it = c.store.db.iterator(c.store.logScan(from > 1 ? from - 1 : 1));
  const pl = c.store.P.log.length;
  try {
    let prevHex = ZERO_HEX;
    for (;;) {
      const chunk = await it.nextv(READ_CHUNK);
      if (chunk.length === 0) return;
      for (const [k, v] of chunk) {
        const h = v.toString('hex', 0, 32);
        if (readU64(k, pl) >= from) yield toEvent(parseData(v.subarray(32)), prevHex, h);
        prevHex = h;
      }
    }
  } finally {
    await it.close();
  }
}

/** The stored hash of `seq`, or undefined when the log does not hold it. */
export async function hashAt(c: LogContext, seq: number): Promise<Hex | undefined> {
  c.assertOpen();
  if (seq === 0) return ZERO_HEX;
  if (!Number.isSafeInteger(seq) || seq < 0) return undefined;
  const v = await c.store.log.get(u64(seq));
  return v ? v.toString('hex', 0, 32) : undefined;
}

/** The epoch of the stored event `seq`, or undefined when the log does not hold it. */
export async function epochOf(c: LogContext, seq: number): Promise<number | undefined> {
  c.assertOpen();
  if (!Number.isSafeInteger(seq) || seq < 1) return undefined;
  const v = await c.store.log.get(u64(seq));
  if (!v) return undefined;
  return peekSeqEpoch(v.subarray(32))?.epoch ?? parseData(v.subarray(32)).epoch;
}

/** Every event of one aggregate, in order (via the per-aggregate index). */
export async function history(c: LogContext, aggregate: string): Promise<LogEvent[]> {
  c.assertOpen();
  return readAggregate(c, aggregate, 1, Infinity);
}
