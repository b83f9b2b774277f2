// The records a replica stream sends next, taken straight from the master's commits: a caught-up replica is served
// the just-committed records from memory instead of one LevelDB read per commit. The feed is bounded; when a slow
// replica lets it fill, the oldest records are dropped and the stream reads them from disk, then joins the feed again.
import { fitBatch, type RawRecord } from '@ferry/log';

/** A bounded window of the most recently committed records, contiguous in seq. */
export class LiveFeed {
  private records: RawRecord[] = [];
  /** Index of the oldest record still held (records before it are dropped, the array is compacted lazily). */
  private first = 0;
  private bytes = 0;

  constructor(
    private readonly maxEvents: number,
    private readonly maxBytes: number,
  ) {
    if (!(maxEvents >= 1 && maxBytes >= 1))
      throw new RangeError(
        `a live feed needs room for at least one record (got ${maxEvents} events, ${maxBytes} bytes)`,
      );
  }

  /** Number of records held. */
  get size(): number {
    return this.records.length - this.first;
  }

  /** Adds committed records (in seq order); drops the oldest beyond the bounds. */
  push(raws: readonly RawRecord[]): void {
    for (const r of raws) {
      const last = this.records.at(-1);
      // A log commits seqs in order; should a gap ever appear, what is held no longer leads to `r`: start over.
      if (this.size > 0 && r.seq !== last!.seq + 1) this.dropTo(this.records.length);
      this.records.push(r);
      this.bytes += r.data.byteLength;
    }
    let drop = this.first;
    while (
      this.records.length - drop > this.maxEvents ||
      (this.bytes > this.maxBytes && this.records.length - drop > 1)
    ) {
      this.bytes -= this.records[drop]!.data.byteLength;
      drop++;
    }
    this.first = drop;
    this.compact();
  }

  /**
   * Records from seq `next` on, at most `maxEvents` and (beyond the first) `maxBytes` of data; they leave the feed.
   * Undefined when the feed does not hold `next` (it was dropped, or not committed yet): read it from disk.
   */
  take(next: number, maxEvents: number, maxBytes: number): RawRecord[] | undefined {
    const held = this.records[this.first];
    if (!held || next < held.seq) return undefined;
    const start = this.first + (next - held.seq);
    if (start >= this.records.length) {
      this.dropTo(this.records.length);
      return undefined;
    }
    const { end } = fitBatch(this.records, start, maxEvents, maxBytes);
    const out = this.records.slice(start, end);
    this.dropTo(end);
    return out;
  }

  /** Forgets every record before index `to`. */
  private dropTo(to: number): void {
    for (let i = this.first; i < to; i++) this.bytes -= this.records[i]!.data.byteLength;
    this.first = to;
    this.compact();
  }

  private compact(): void {
    if (this.first === this.records.length) {
      this.records = [];
      this.first = 0;
      this.bytes = 0;
    } else if (this.first > 1_024 && this.first * 2 > this.records.length) {
      this.records = this.records.slice(this.first);
      this.first = 0;
    }
  }
}
