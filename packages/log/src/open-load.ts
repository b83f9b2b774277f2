// Loading at open: the head from the last record, the epoch history and epochs from their keys, the index entries a
// crash kept from being written behind their commits (re-indexed from the records after `indexedSeq`), verification
// of the chain (unless skipped) and the projection: its checked rows loaded and the events after `appliedSeq`
// replayed, or a rebuild when the rows are of another version or fail their check.
import { hex, parseData, peekSeqEpoch, readU64 } from './codec.js';
import { CorruptLogError } from './errors.js';
import type { Op } from './batch-ops.js';
import type { LogContext } from './context.js';
import { META_INDEXED } from './deferred-index.js';
import { loadHistory, META_EPOCH, META_KNOWN } from './epochs.js';
import { droppedAtOpen } from './leveldb-info-log.js';
import { META_APPLIED, META_PROJ_VERSION, storedVersion } from './projection-checkpoint.js';
import { rebuild, replayProjection } from './projection-replay.js';
import { openRows } from './row-seal.js';
import { READ_CHUNK } from './store.js';
import { verify } from './verify.js';

/** Loads the head, epochs, index and projection of a freshly opened store; see the module header. */
export async function loadAtOpen(c: LogContext, verifyAtOpen: boolean): Promise<void> {
  const { store } = c;
  c.findings = (await droppedAtOpen(store.path)).map((l) => `LevelDB dropped data while opening: ${l}`);
  const [epochMeta, knownMeta, indexedMeta] = await store.meta.getMany([META_EPOCH, META_KNOWN, META_INDEXED]);
  const last = await store.log.iterator({ reverse: true, limit: 1 }).all();
  const top = last[0];
  if (top) {
    c.headSeq = readU64(top[0]);
    c.headHash = Buffer.from(top[1].subarray(0, 32));
    c.headHex = hex(c.headHash);
    c.lastEventEpoch = peekSeqEpoch(top[1].subarray(32))?.epoch ?? 0;
  }
  c.history = await loadHistory(store);
  const lastHist = c.history.at(-1)?.epoch ?? 0;
  c.writerEpoch = Math.max(epochMeta === undefined ? 1 : Number(epochMeta), lastHist, c.lastEventEpoch, 1);
  c.knownMax = Math.max(knownMeta === undefined ? 0 : Number(knownMeta), c.writerEpoch);
  // `indexedSeq` is written with the epoch at a directory's first open; a directory from before the deferred
  // index has an epoch but no `indexedSeq`, and its index was written with its records: complete.
  const indexed = indexedMeta === undefined ? c.headSeq : Math.min(Number(indexedMeta), c.headSeq);
  if (epochMeta === undefined || indexedMeta === undefined) {
    const ops: Op[] = [{ type: 'put', p: store.P.meta, key: META_INDEXED, value: String(indexed) }];
    if (epochMeta === undefined)
      ops.push({ type: 'put', p: store.P.meta, key: META_EPOCH, value: String(c.writerEpoch) });
    await store.write(ops, true);
  }
  if (verifyAtOpen) {
    const r = await verify(c);
    if (!r.ok && r.firstBad) throw new CorruptLogError(r.firstBad);
    // Verified: this head is the one a later open must find (a directory from before markers gets one now).
    await c.marker.set({ seq: c.headSeq, hash: c.headHex });
    c.marking = true;
  }
  await reindexFrom(c, indexed);
  const p = c.projection;
  if (p && c.checkpoint) {
    const [ver, applied] = await store.meta.getMany([META_PROJ_VERSION, META_APPLIED]);
    const at = applied === undefined ? NaN : Number(applied);
    if (ver === storedVersion(p) && Number.isSafeInteger(at) && at <= c.headSeq) {
      // The rows reflect `appliedSeq` exactly: load them (each checked) and replay what the checkpoint had not reached.
      p.reset();
      let loaded = true;
      try {
        await p.load(openRows(store.proj.iterator()));
      } catch (e) {
        loaded = false;
        c.findings.push(`projection rows rebuilt from the log: ${(e as Error).message}`);
      }
      if (loaded) {
        await c.checkpoint.resetTo(at);
        await replayProjection(c, at + 1);
      } else {
        await rebuild(c);
      }
    } else {
      await rebuild(c);
    }
  }
}

/**
 * Writes the index entries and heads of the records after `indexed` (those a crash kept from being written
 * behind their commits), reading the records in chunks.
 */
async function reindexFrom(c: LogContext, indexed: number): Promise<void> {
  c.index.resetTo(indexed);
  if (indexed >= c.headSeq) return;
  const it = c.store.db.values(c.store.logScan(indexed + 1));
  try {
    for (;;) {
      const vals = await it.nextv(READ_CHUNK);
      if (vals.length === 0) break;
      for (const v of vals) {
        try {
          const s = parseData(v.subarray(32));
          c.index.add(s.aggregate, s.seq, s.version);
        } catch {
          // Undecodable (only possible without verification at open): there is nothing to index.
        }
      }
      await c.index.flush();
    }
  } finally {
    await it.close();
  }
}
