// Quarantine: moves a divergent tail (events a newer master's history does not have) out of the log into the
// `quarantine` sublevel, kept forever for audit under a run number that never collides, and fixes the index, heads,
// epoch history, commit marker and head; the caller's rebuild then replays the projection. Also reads it back.
import { ZERO_HASH, hex, idxKey, parseData, peekSeqEpoch, readU64, toEvent, u64, writeU64 } from './codec.js';
import { InvalidArgumentError } from './errors.js';
import type { Op } from './batch-ops.js';
import type { LogContext } from './context.js';
import { META_INDEXED } from './deferred-index.js';
import { META_APPLIED } from './projection-checkpoint.js';
import { READ_CHUNK } from './store.js';
import type { QuarantinedEvent } from './types.js';

/**
 * Moves every event with seq >= `seq` to the quarantine (run by the writer loop), then calls `rebuild`; returns the
 * number of events moved.
 */
export async function quarantineFrom(c: LogContext, seq: number, rebuild: () => Promise<void>): Promise<number> {
  const P = c.store.P;
  if (!Number.isSafeInteger(seq) || seq < 1) throw new InvalidArgumentError(`quarantine seq must be >= 1, got ${seq}`);
  await c.index.flush();
  await c.checkpoint?.flush();
  const moved = seq <= c.headSeq ? await c.store.log.iterator({ gte: u64(seq) }).all() : [];
  const dropEntries = c.history.filter((e) => e.firstSeq >= seq);
  if (moved.length === 0 && dropEntries.length === 0) return 0;
  const lastQ = await c.store.quarantine.keys({ reverse: true, limit: 1 }).all();
  const run = lastQ[0] ? readU64(lastQ[0]) + 1 : 1;
  const at = c.now();
  const ops: Op[] = [];
  let prevHash: Buffer = ZERO_HASH;
  let newHeadEpoch = 0;
  if (seq > 1) {
    const before = await c.store.log.get(u64(seq - 1));
    if (before) {
      prevHash = Buffer.from(before.subarray(0, 32));
      newHeadEpoch = peekSeqEpoch(before.subarray(32))?.epoch ?? 0;
    }
  }
  const newHeadHash = prevHash;
  const minVersion = new Map<string, number>();
  for (const [k, v] of moved) {
    const s = readU64(k);
    const hash = v.subarray(0, 32);
    const data = v.subarray(32);
    const qk = Buffer.allocUnsafe(16);
    writeU64(qk, run, 0);
    writeU64(qk, s, 8);
    const qv = Buffer.allocUnsafe(16 + 64 + data.length);
    writeU64(qv, seq, 0);
    writeU64(qv, at.getTime(), 8);
    qv.set(prevHash, 16);
    qv.set(hash, 48);
    qv.set(data, 80);
    ops.push({ type: 'put', p: P.quarantine, key: qk, value: qv });
    ops.push({ type: 'del', p: P.log, key: k });
    try {
      const ev = parseData(data);
      ops.push({ type: 'del', p: P.idx, key: idxKey(ev.aggregate, s) });
      const m = minVersion.get(ev.aggregate);
      if (m === undefined || ev.version < m) minVersion.set(ev.aggregate, ev.version);
    } catch {
      // Undecodable: nothing to unindex; it is kept in quarantine as stored.
    }
    prevHash = Buffer.from(hash);
  }
  for (const [a, v] of minVersion) {
    if (v - 1 > 0) ops.push({ type: 'put', p: P.heads, key: a, value: String(v - 1) });
    else ops.push({ type: 'del', p: P.heads, key: a });
  }
  for (const e of dropEntries) ops.push({ type: 'del', p: P.epochs, key: u64(e.epoch) });
  ops.push({ type: 'del', p: P.meta, key: META_APPLIED });
  if (moved.length > 0) ops.push({ type: 'put', p: P.meta, key: META_INDEXED, value: String(seq - 1) });
  // The marker moves back first: a crash in between leaves a marker below the head, which is no finding.
  if (moved.length > 0 && c.marking) await c.marker.set({ seq: seq - 1, hash: hex(newHeadHash) });
  await c.store.write(ops, true);
  if (moved.length > 0) {
    c.index.resetTo(seq - 1);
    c.headSeq = seq - 1;
    c.headHash = newHeadHash;
    c.headHex = hex(newHeadHash);
    c.lastEventEpoch = newHeadEpoch;
  }
  for (const [a, v] of minVersion) c.versions.set(a, v - 1);
  c.history = c.history.filter((e) => e.firstSeq < seq);
  await rebuild();
  return moved.length;
}

/** Events moved to quarantine, oldest quarantine first. */
export async function quarantined(c: LogContext): Promise<QuarantinedEvent[]> {
  c.assertOpen();
  const out: QuarantinedEvent[] = [];
  for await (const [, v] of c.store.quarantine.iterator()) {
    const forkSeq = readU64(v, 0);
    const quarantinedAt = new Date(readU64(v, 8)).toISOString();
    const prevHash = v.toString('hex', 16, 48);
    const hash = v.toString('hex', 48, 80);
    const ev = toEvent(parseData(v.subarray(80)), prevHash, hash);
    out.push({ ...ev, quarantinedAt, forkSeq });
  }
  return out;
}

/** Number of quarantined events. */
export async function quarantineCount(c: LogContext): Promise<number> {
  c.assertOpen();
  let n = 0;
  const it = c.store.quarantine.keys();
  try {
    for (;;) {
      const ks = await it.nextv(READ_CHUNK);
      if (ks.length === 0) return n;
      n += ks.length;
    }
  } finally {
    await it.close();
  }
}
