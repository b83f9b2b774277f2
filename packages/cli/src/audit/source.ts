// Where audit commands read events from: a running node over gRPC (ReadEvents in pages) or a data directory
// opened offline with @ferry/log (the node must be stopped, or the directory a copy).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EventLog, storedBytes, ZERO_HEX } from '@ferry/log';
import type { Connection } from '../connection.js';
import { eventFromProto, eventJson, type EventJson } from '../events-view.js';
import { userPath } from '../options.js';
import { present } from '../connection.js';

/** Events per page when paging through a log. */
export const PAGE = 10_000;

/** Filter of a read. */
export interface SourceFilter {
  aggregate?: string;
  types?: readonly string[];
}

/** A readable copy of the event log. */
export interface EventSource {
  /** What it is, for messages (`127.0.0.1:50051` or `DIR`). */
  readonly label: string;
  /** Last seq and its hash. */
  head(): Promise<{ seq: number; hash: string }>;
  /** Up to `limit` events with seq >= from matching the filter. */
  read(from: number, limit: number, filter?: SourceFilter): Promise<EventJson[]>;
  /** Stored hash of `seq` (64 zeros for 0), undefined when not held. */
  hashAt(seq: number): Promise<string | undefined>;
  /** Releases it. */
  close(): Promise<void>;
}

/** Reads a running node. */
export class ServerSource implements EventSource {
  constructor(private readonly conn: Connection) {}

  get label(): string {
    return this.conn.address;
  }

  async head(): Promise<{ seq: number; hash: string }> {
    const st = present((await this.conn.unary('GetClusterStatus', {})).status, 'status');
    return { seq: Number(st.headSeq), hash: st.headHash };
  }

  async read(from: number, limit: number, filter: SourceFilter = {}): Promise<EventJson[]> {
    const r = await this.conn.unary('ReadEvents', {
      fromSeq: from,
      limit: Math.min(limit, 100_000),
      aggregate: filter.aggregate ?? '',
      types: [...(filter.types ?? [])],
    });
    return (r.events ?? []).map(eventFromProto);
  }

  async hashAt(seq: number): Promise<string | undefined> {
    if (seq === 0) return ZERO_HEX;
    const [e] = await this.read(seq, 1);
    return e && e.seq === seq ? e.hash : undefined;
  }

  async close(): Promise<void> {
    this.conn.close();
  }
}

/** Reads a data directory offline (`DIR/db`), without verifying at open. */
export class DataDirSource implements EventSource {
  private constructor(
    readonly label: string,
    readonly log: EventLog,
  ) {}

  /** Opens `dir` (a ferryd data directory); relative paths are the user's. */
  static async open(dir: string): Promise<DataDirSource> {
    const abs = userPath(dir);
    const db = join(abs, 'db');
    if (!existsSync(db))
      throw Object.assign(new Error(`${abs} is not a Ferry data directory (no db/ inside)`), { code: 'ENOENT' });
    const log = await EventLog.open({ path: db, verifyOnOpen: false });
    return new DataDirSource(abs, log);
  }

  async head(): Promise<{ seq: number; hash: string }> {
    const h = this.log.head();
    return { seq: h.seq, hash: h.hash };
  }

  async read(from: number, limit: number, filter: SourceFilter = {}): Promise<EventJson[]> {
    const f: { aggregate?: string; types?: readonly string[] } = {};
    if (filter.aggregate) f.aggregate = filter.aggregate;
    if (filter.types?.length) f.types = filter.types;
    const events = await this.log.read(from, limit, f);
    const data = await storedBytes(events, (seq, n) => this.log.readRaw(seq, n));
    return events.map((e, i) => eventJson({ ...e, data: data[i]! }));
  }

  hashAt(seq: number): Promise<string | undefined> {
    return this.log.hashAt(seq);
  }

  async close(): Promise<void> {
    await this.log.close();
  }
}

/** Whether an argument names an existing directory (else it is taken as a server address). */
export function isDirectory(arg: string): boolean {
  try {
    return statSync(userPath(arg)).isDirectory();
  } catch {
    return false;
  }
}

/** Pages through events from `from` up to `to` (inclusive; default: no bound), matching the filter. */
export async function* pages(
  src: EventSource,
  from: number,
  to = Infinity,
  filter: SourceFilter = {},
): AsyncIterable<EventJson[]> {
  let next = Math.max(1, from);
  while (next <= to) {
    const batch = await src.read(next, PAGE, filter);
    if (batch.length === 0) return;
    const within = batch.filter((e) => e.seq <= to);
    if (within.length) yield within;
    if (within.length < batch.length) return;
    const last = batch[batch.length - 1]!;
    next = last.seq + 1;
  }
}
