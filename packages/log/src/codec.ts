// Byte-level encoding of the log: fixed-width big-endian keys, the canonical JSON bytes of an event, the
// hash chain and decoding of stored records back into `LogEvent`s.
import { createHash, hash as oneShotHash } from 'node:crypto';
import type { EventData, Hex, LogEvent, RawRecord } from './types.js';

/** 32 zero bytes: the prevHash of seq 1. */
export const ZERO_HASH: Buffer = Buffer.alloc(32);
/** `ZERO_HASH` as hex. */
export const ZERO_HEX: Hex = '0'.repeat(64);

const TWO32 = 2 ** 32;
const EMPTY_PREFIX = Buffer.alloc(0);

/** Encodes a non-negative safe integer as 8 bytes big-endian (byte order = numeric order). */
export function u64(n: number): Buffer {
  const b = Buffer.allocUnsafe(8);
  b.writeUInt32BE(Math.floor(n / TWO32), 0);
  b.writeUInt32BE(n >>> 0, 4);
  return b;
}

/** Writes `n` as 8 bytes big-endian into `b` at `off`. */
export function writeU64(b: Buffer, n: number, off: number): void {
  b.writeUInt32BE(Math.floor(n / TWO32), off);
  b.writeUInt32BE(n >>> 0, off + 4);
}

/** Reads 8 bytes big-endian at `off`. */
export function readU64(b: Uint8Array, off = 0): number {
  const v = b as Buffer;
  return v.readUInt32BE(off) * TWO32 + v.readUInt32BE(off + 4);
}

/** Per-aggregate index key: `prefix` (a sublevel's, default none) + aggregate UTF-8 + 0x00 + 8-byte seq. */
export function idxKey(aggregate: string, seq: number, prefix: Buffer = EMPTY_PREFIX): Buffer {
  const len = Buffer.byteLength(aggregate);
  const p = prefix.length;
  const b = Buffer.allocUnsafe(p + len + 9);
  prefix.copy(b, 0);
  b.write(aggregate, p, 'utf8');
  b[p + len] = 0;
  writeU64(b, seq, p + len + 1);
  return b;
}

/** Bounds `[gte, lt)` of all index keys of one aggregate with seq >= `fromSeq`. */
export function idxRange(aggregate: string, fromSeq = 0): { gte: Buffer; lt: Buffer } {
  const a = Buffer.from(aggregate, 'utf8');
  return { gte: Buffer.concat([a, Buffer.from([0]), u64(fromSeq)]), lt: Buffer.concat([a, Buffer.from([1])]) };
}

/** SHA-256(prev || data). */
export function chainHash(prev: Uint8Array, data: Uint8Array): Buffer {
  return createHash('sha256').update(prev).update(data).digest();
}

/** Lower-case hex of bytes. */
export function hex(b: Uint8Array): Hex {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
}

/** Fields of an event's canonical bytes, before serialisation. */
export interface EventFields {
  seq: number;
  epoch: number;
  time: string;
  aggregate: string;
  version: number;
  type: string;
  actor: string;
  correlation: string;
}

/**
 * The canonical stored JSON of an event: keys in the fixed order
 * {seq, epoch, time, aggregate, version, type, actor, correlation, body}. `bodyJson` is `JSON.stringify(body)`.
 * The result is byte-identical to `JSON.stringify` of an object literal with that key order.
 */
export function encodeData(f: EventFields, bodyJson: string): Buffer {
  return Buffer.from(dataString(f, bodyJson), 'utf8');
}

/**
 * The stored `log` value of a new event in one allocation: 32 bytes reserved for the hash (see {@link sealValue}),
 * then the canonical data bytes.
 */
export function encodeValue(f: EventFields, bodyJson: string): Buffer {
  const str = dataString(f, bodyJson);
  const value = Buffer.allocUnsafe(32 + Buffer.byteLength(str, 'utf8'));
  value.write(str, 32, 'utf8');
  return value;
}

function dataString(f: EventFields, bodyJson: string): string {
  return (
    `{"seq":${f.seq},"epoch":${f.epoch},"time":${JSON.stringify(f.time)},"aggregate":${JSON.stringify(f.aggregate)}` +
    `,"version":${f.version},"type":${JSON.stringify(f.type)},"actor":${JSON.stringify(f.actor)}` +
    `,"correlation":${JSON.stringify(f.correlation)},"body":${bodyJson}}`
  );
}

/**
 * Seals a stored `log` value `[32 bytes | data]`: sets its first 32 bytes to SHA-256(prev || data) and returns that
 * hash. One one-shot hash over the value itself (prev is written into the reserved bytes first): no hasher object,
 * no second buffer.
 */
export function sealValue(value: Buffer, prev: Uint8Array): Buffer {
  value.set(prev, 0);
  const h = oneShotHash('sha256', value, 'buffer') as unknown as Buffer;
  h.copy(value, 0);
  return h;
}

/** `ZERO_HASH` as a binary string (see {@link checkSealed}). */
export const ZERO_BINARY = '\0'.repeat(32);

/**
 * Checks a stored `log` value `[hash | data]` against `prev`: returns SHA-256(prev || data) when it equals the stored
 * hash, else undefined. Hashes here are binary strings (Node's `'binary'`, that is latin1: one character per byte), so
 * that checking a record allocates no Buffer: like {@link sealValue}, one one-shot hash over the value itself, with
 * `prev` written into its hash bytes for the hash and the stored hash put back before returning (the value is
 * unchanged afterwards).
 */
export function checkSealed(value: Buffer, prev: string): string | undefined {
  const stored = value.toString('binary', 0, 32);
  value.write(prev, 0, 'binary');
  const h = oneShotHash('sha256', value, 'binary');
  value.write(stored, 0, 'binary');
  return h === stored ? h : undefined;
}

/** A stored `log` value holding a copy of `data`, sealed on `prev` (see {@link sealValue}); returns value and hash. */
export function sealCopy(prev: Uint8Array, data: Uint8Array): { value: Buffer; hash: Buffer } {
  const value = Buffer.allocUnsafe(32 + data.byteLength);
  value.set(data, 32);
  return { value, hash: sealValue(value, prev) };
}

const PREFIX_SEQ = Buffer.from('{"seq":');
const PREFIX_EPOCH = Buffer.from(',"epoch":');

/**
 * Reads `seq` and `epoch` from the start of canonical data bytes (those of `data` from byte `start` on: 32 for a
 * stored value) without a full JSON parse. Returns undefined when the bytes do not start in the canonical way.
 */
export function peekSeqEpoch(data: Uint8Array, start = 0): { seq: number; epoch: number } | undefined {
  let i = start;
  for (let j = 0; j < PREFIX_SEQ.length; j++, i++) if (data[i] !== PREFIX_SEQ[j]) return undefined;
  let seq = 0;
  let digits = 0;
  for (let c = data[i]; c !== undefined && c >= 48 && c <= 57; c = data[++i]) {
    seq = seq * 10 + (c - 48);
    digits++;
  }
  if (digits === 0) return undefined;
  for (let j = 0; j < PREFIX_EPOCH.length; j++, i++) if (data[i] !== PREFIX_EPOCH[j]) return undefined;
  let epoch = 0;
  digits = 0;
  for (let c = data[i]; c !== undefined && c >= 48 && c <= 57; c = data[++i]) {
    epoch = epoch * 10 + (c - 48);
    digits++;
  }
  if (digits === 0) return undefined;
  return { seq, epoch };
}

/**
 * Parses and shape-checks canonical data bytes, those of `data` from byte `start` on (32 for a stored value, without
 * making a view of its data first); throws a plain Error describing the problem.
 */
export function parseData(data: Uint8Array, start = 0): EventData {
  // A view is made only for a plain Uint8Array.
  const text = (Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength)).toString(
    'utf8',
    start,
  );
  return checkShape(JSON.parse(text));
}

/**
 * Shape-checks a parsed stored event and fills an absent actor or correlation with ''; throws a plain Error when the
 * shape is wrong. The object is returned as is (keys in stored order): no copy on the replay path.
 */
export function checkShape(parsed: unknown): EventData {
  const o = parsed as Record<string, unknown>;
  if (
    typeof o !== 'object' ||
    o === null ||
    typeof o.seq !== 'number' ||
    typeof o.epoch !== 'number' ||
    typeof o.time !== 'string' ||
    typeof o.aggregate !== 'string' ||
    typeof o.version !== 'number' ||
    typeof o.type !== 'string' ||
    typeof o.body !== 'object' ||
    o.body === null
  ) {
    throw new Error('stored event has an invalid shape');
  }
  if (typeof o.actor !== 'string') o.actor = '';
  if (typeof o.correlation !== 'string') o.correlation = '';
  return o as unknown as EventData;
}

/**
 * Whether bytes `start`..`end` of `b` are self-delimited as one JSON object: they open with `{`, and the braces and
 * brackets outside strings (escapes honoured) first close again at the last byte. Texts that pass cannot merge with
 * or split into their neighbours when joined with commas into one JSON array, so parsing the array yields exactly
 * one element per text, the one the text alone parses to (or the whole parse fails).
 */
export function isSelfDelimitedObject(b: Uint8Array, start: number, end: number): boolean {
  if (b[start] !== 0x7b) return false;
  let depth = 0;
  let inString = false;
  for (let i = start; i < end; i++) {
    const c = b[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
    } else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
      return i === end - 1;
    }
  }
  return false;
}

/**
 * Turns parsed stored data into a `LogEvent` by adding the hashes (mutates and returns `s`; key order is the stored
 * order followed by prevHash, hash — the same shape the append path builds).
 */
export function toEvent(s: EventData, prevHash: Hex, hash: Hex): LogEvent {
  const e = s as LogEvent;
  e.prevHash = prevHash;
  e.hash = hash;
  return e;
}

/** Decodes a raw record (no hash check) given the previous record's hash. */
export function decodeRecord(raw: RawRecord, prevHash: Hex): LogEvent {
  return toEvent(parseData(raw.data), prevHash, hex(raw.hash));
}

/** Splits a stored `log` value into hash and data (views, no copy). */
export function splitValue(v: Buffer): { hash: Buffer; data: Buffer } {
  return { hash: v.subarray(0, 32), data: v.subarray(32) };
}
