// Replicated ingest: a replica stores the master's records, bytes unchanged, after checking that they continue its
// chain exactly. The chain checks run when a batch is queued, against the tip the batches queued before it leave,
// so a batch is checked while the one before is being written; at its turn it is stored only if the head is still
// that tip.
import { parseData, sealCopy, toEvent, u64 } from './codec.js';
import { ChainError } from './errors.js';
import { NO_PREFIX, type Op } from './batch-ops.js';
import type { ChainTip, LogContext } from './context.js';
import { META_EPOCH, META_KNOWN } from './epochs.js';
import type { WriterLoop } from './writer-loop.js';
import type { EpochEntry, EventData, LogEvent, RawRecord } from './types.js';

/** Replicated records whose chain was checked from `start` to `end`, decoded, with their stored values. */
export interface CheckedRecords {
  start: ChainTip;
  end: ChainTip;
  parsed: LogEvent[];
  values: Buffer[];
}

/**
 * Checks that `records` continue the chain at `start` (seq, SHA-256(prev || data), seq inside the data, epochs never
 * decreasing) and decodes them, building each stored value on the way.
 * @throws ChainError naming the offending seq.
 */
export function checkRecords(records: readonly RawRecord[], start: ChainTip): CheckedRecords {
  let expect = start.seq + 1;
  let prev = start.hash;
  let prevHex = start.hex;
  let lastEpoch = start.epoch;
  const parsed: LogEvent[] = [];
  const values: Buffer[] = [];
  for (const r of records) {
    if (r.seq !== expect) throw new ChainError(r.seq, `expected seq ${expect} to continue head ${expect - 1}`);
    if (r.hash.byteLength !== 32) throw new ChainError(r.seq, 'hash is not 32 bytes');
    const { value, hash: h } = sealCopy(prev, r.data);
    if (!h.equals(r.hash)) throw new ChainError(r.seq, 'hash does not match SHA-256(prev_hash || data)');
    let s: EventData;
    try {
      s = parseData(r.data);
    } catch (e) {
      throw new ChainError(r.seq, `undecodable data (${(e as Error).message})`);
    }
    if (s.seq !== r.seq) throw new ChainError(r.seq, `data carries seq ${s.seq}`);
    if (!Number.isSafeInteger(s.epoch) || s.epoch < lastEpoch) {
      throw new ChainError(r.seq, `epoch ${s.epoch} is below the previous event's epoch ${lastEpoch}`);
    }
    const hHex = h.toString('hex');
    parsed.push(toEvent(s, prevHex, hHex));
    values.push(value);
    lastEpoch = s.epoch;
    prev = h;
    prevHex = hHex;
    expect++;
  }
  return { start, end: { seq: expect - 1, hash: prev, hex: prevHex, epoch: lastEpoch }, parsed, values };
}

/** A replica's ingest of the master's records; see the module header. */
export class ReplicatedIngest {
  readonly #c: LogContext;
  readonly #loop: WriterLoop;
  /** Where the replicated batches queued but not yet committed end (undefined when none is queued). */
  #tip: ChainTip | undefined;

  constructor(context: LogContext, loop: WriterLoop) {
    this.#c = context;
    this.#loop = loop;
  }

  /** Checks `records` against the tip of the batches queued before, then queues their commit; see EventLog.appendReplicated. */
  append(records: readonly RawRecord[]): Promise<LogEvent[]> {
    let checked: CheckedRecords;
    try {
      checked = checkRecords(records, this.#tip ?? this.#c.tip());
    } catch (e) {
      return Promise.reject(e);
    }
    this.#tip = checked.end;
    const done = this.#loop.task(() => this.#commit(checked));
    const settle = (): void => {
      if (this.#tip === checked.end) this.#tip = undefined;
    };
    done.then(settle, settle);
    return done;
  }

  async #commit({ start, end, parsed, values }: CheckedRecords): Promise<LogEvent[]> {
    const c = this.#c;
    const P = c.store.P;
    if (start.seq !== c.headSeq || !start.hash.equals(c.headHash)) {
      throw new ChainError(start.seq + 1, `checked against head ${start.seq}, but the head is now ${c.headSeq}`);
    }
    await c.loadVersions(new Set(parsed.map((e) => e.aggregate)));
    const versions = new Map<string, number>();
    const ops: Op[] = [];
    const newEntries: EpochEntry[] = [];
    let histEpoch = c.history.at(-1)?.epoch ?? 0;
    for (let i = 0; i < parsed.length; i++) {
      const ev = parsed[i]!;
      const cur = versions.get(ev.aggregate) ?? c.versions.get(ev.aggregate) ?? 0;
      if (ev.version !== cur + 1) {
        throw new ChainError(ev.seq, `${ev.aggregate} version ${ev.version} does not follow local version ${cur}`);
      }
      versions.set(ev.aggregate, ev.version);
      if (ev.epoch > histEpoch) {
        newEntries.push({ epoch: ev.epoch, firstSeq: ev.seq });
        ops.push({ type: 'put', p: P.epochs, key: u64(ev.epoch), value: u64(ev.seq) });
        histEpoch = ev.epoch;
      } else if (ev.epoch < histEpoch) {
        throw new ChainError(ev.seq, `epoch ${ev.epoch} is below the local epoch history's ${histEpoch}`);
      }
      ops.push({ type: 'put', p: NO_PREFIX, key: c.store.logKey(ev.seq), value: values[i]! });
    }
    const writer = Math.max(c.writerEpoch, end.epoch);
    const known = Math.max(c.knownMax, writer);
    if (writer !== c.writerEpoch) ops.push({ type: 'put', p: P.meta, key: META_EPOCH, value: String(writer) });
    if (known !== c.knownMax) ops.push({ type: 'put', p: P.meta, key: META_KNOWN, value: String(known) });
    const staged = c.projection?.stage(parsed);
    await c.store.write(ops, true);
    c.writerEpoch = writer;
    c.knownMax = known;
    c.advance(end, versions, newEntries, parsed, staged);
    c.notify(parsed, values);
    return parsed;
  }
}
