// Verification: recomputes the hash chain from the stored bytes and checks seq continuity, the seq inside each
// record, epochs against the epoch history, and the head against the commit marker; and checks the projection's
// stored rows. Each record is read once and hashed in place (no Buffer beyond the one the store returns).
import { ZERO_BINARY, checkSealed, parseData, peekSeqEpoch, readU64, u64 } from './codec.js';
import type { LogContext } from './context.js';
import { droppedAtOpen, fileOf } from './leveldb-info-log.js';
import { hashAt } from './reader.js';
import { META_PROJ_VERSION } from './projection-checkpoint.js';
import { firstBadRow, ROW_FORMAT } from './row-seal.js';
import { READ_CHUNK } from './store.js';
import type { VerifyResult } from './types.js';

/** Options of {@link EventLog.verify}. */
export interface VerifyOptions {
  /** Called every 10,000 events and at the end. */
  onProgress?(checked: number, total: number): void;
  /** First seq to check (its predecessor's stored hash is trusted). Default 1. */
  from?: number;
}

export async function verify(c: LogContext, opts: VerifyOptions = {}): Promise<VerifyResult> {
  c.assertOpen();
  const from = Math.max(1, Math.floor(opts.from ?? 1));
  const total = c.headSeq;
  const hist = c.history.slice().sort((a, b) => a.epoch - b.epoch);
  for (let i = 1; i < hist.length; i++) {
    if (hist[i]!.firstSeq < hist[i - 1]!.firstSeq) {
      return {
        ok: false,
        checked: 0,
        firstBad: {
          seq: hist[i]!.firstSeq,
          aggregate: '?',
          type: '?',
          reason: `epoch history: epoch ${hist[i]!.epoch} starts before epoch ${hist[i - 1]!.epoch}`,
        },
      };
    }
  }
  let prev = ZERO_BINARY;
  let prevEpoch = 0;
  if (from > 1) {
    const v = await c.store.log.get(u64(from - 1));
    if (!v) return { ok: false, checked: 0, firstBad: { seq: from - 1, aggregate: '?', type: '?', reason: 'missing' } };
    prev = v.toString('binary', 0, 32);
    prevEpoch = peekSeqEpoch(v, 32)?.epoch ?? 0;
  }
  let expect = from;
  let checked = 0;
  let hi = -1;
  /** The finding at `seq`, naming the aggregate and type of `value` (a stored value) when it decodes. */
  const bad = (seq: number, reason: string, value?: Buffer): VerifyResult => {
    let aggregate = '?';
    let type = '?';
    if (value) {
      try {
        const s = parseData(value, 32);
        aggregate = s.aggregate;
        type = s.type;
      } catch {
        // not decodable
      }
    }
    return { ok: false, checked, firstBad: { seq, aggregate, type, reason } };
  };
  const it = c.store.db.iterator(c.store.logScan(from));
  const pl = c.store.P.log.length;
  try {
    let next = it.nextv(READ_CHUNK);
    for (;;) {
      let chunk: Awaited<typeof next>;
      try {
        chunk = await next;
      } catch (e) {
        // LevelDB cannot read on (a damaged table block): everything from the next expected seq is unreadable.
        return bad(expect, `LevelDB cannot read the log from here: ${(e as Error).message}`);
      }
      if (chunk.length === 0) break;
      next = it.nextv(READ_CHUNK);
      for (const [k, v] of chunk) {
        const seq = readU64(k, pl);
        if (seq !== expect) return bad(expect, `seq ${expect} is missing (next stored seq is ${seq})`);
        if (v.length < 34) return bad(seq, 'record too short');
        const sealed = checkSealed(v, prev);
        if (!sealed) return bad(seq, 'hash mismatch', v);
        let se = peekSeqEpoch(v, 32);
        if (!se) {
          try {
            const s = parseData(v, 32);
            se = { seq: s.seq, epoch: s.epoch };
          } catch {
            return bad(seq, 'undecodable data', v);
          }
        }
        if (se.seq !== seq) return bad(seq, `data carries seq ${se.seq}`, v);
        if (se.epoch < prevEpoch) return bad(seq, `epoch ${se.epoch} after epoch ${prevEpoch}`, v);
        while (hi + 1 < hist.length && hist[hi + 1]!.firstSeq <= seq) hi++;
        if (hist.length > 0) {
          const want = hi >= 0 ? hist[hi]!.epoch : undefined;
          if (want !== se.epoch) {
            return bad(seq, `epoch ${se.epoch} disagrees with the epoch history (expected ${want ?? 'none'})`, v);
          }
        }
        prev = sealed;
        prevEpoch = se.epoch;
        expect++;
        checked++;
        if (opts.onProgress && checked % 10_000 === 0) opts.onProgress(checked, total);
      }
    }
  } finally {
    await it.close();
  }
  opts.onProgress?.(checked, total);
  if (from === 1) {
    const lost = await markerFinding(c);
    if (lost) return { ok: false, checked, firstBad: lost };
  }
  return { ok: true, checked };
}

/**
 * The key of the first stored projection row that fails its check (open rebuilds the rows from the log when one
 * does), or undefined. Rows of a format without checks are not looked at: open rebuilds those too.
 */
export async function checkRows(c: LogContext): Promise<string | undefined> {
  c.assertOpen();
  const version = await c.store.meta.get(META_PROJ_VERSION);
  return version?.endsWith(ROW_FORMAT) ? firstBadRow(c.store.proj.iterator()) : undefined;
}

/** What the commit marker says is wrong with the head (it is above it, or names another hash), if anything. */
async function markerFinding(c: LogContext): Promise<VerifyResult['firstBad']> {
  let m: Awaited<ReturnType<typeof c.marker.read>>;
  try {
    m = await c.marker.read();
  } catch (e) {
    return { seq: c.headSeq, aggregate: '?', type: '?', reason: (e as Error).message, file: c.marker.file };
  }
  if (!m) return undefined;
  const drops = await droppedAtOpen(c.store.path);
  const said = drops.length > 0 ? `; LevelDB's LOG: ${drops.join('; ')}` : '';
  const file = fileOf(drops[0] ?? '') ?? c.marker.file;
  if (m.seq > c.headSeq) {
    return {
      seq: c.headSeq + 1,
      aggregate: '?',
      type: '?',
      file,
      reason: `the log ends at seq ${c.headSeq}, below seq ${m.seq} of the commit marker: ${m.seq - c.headSeq} committed event(s) missing${said}`,
    };
  }
  const h = await hashAt(c, m.seq);
  if (h !== m.hash) {
    return {
      seq: m.seq,
      aggregate: '?',
      type: '?',
      file,
      reason: `seq ${m.seq} does not have the hash the commit marker records${said}`,
    };
  }
  return undefined;
}
