// The JSON shape of events and announcements on NATS, and the redaction applied before anything is published:
// sealed values, token hashes and URL passwords never leave the node.

import type { LogEvent } from '@ferry/contract';

/** An event as published: the fields of the committed event, body redacted. Consumers de-duplicate by `seq`. */
export type WireEvent = LogEvent;

/** A master announcing itself on `ferry.<cluster>.cluster`. */
export interface Announcement {
  nodeId: string;
  /** gRPC address replicas follow. */
  address: string;
  epoch: number;
  /** Last seq the master knows NATS acknowledged (lets a replica that is promoted later resume, not restart). */
  publishedSeq?: number;
}

/** Body fields replaced by `***` wherever they appear. */
export const REDACTED_FIELDS: readonly string[] = ['sealed', 'sealedKey', 'tokenHash', 'password', 'privateKey'];

const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)[^@\s/]*@/gi;

/** Replaces the password of any URL (`scheme://user:password@host`) with `***`. */
export function redactUrlPasswords(text: string): string {
  return text.replace(URL_PASSWORD, '$1***@');
}

/** Deep copy of a JSON value with secret fields and URL passwords redacted. */
export function redact(value: unknown): unknown {
  if (typeof value === 'string') return redactUrlPasswords(value);
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = REDACTED_FIELDS.includes(k) && v !== '' && v != null ? '***' : redact(v);
    return out;
  }
  return value;
}

/** The published form of an event: stable field order, body redacted. */
export function toWireEvent(e: LogEvent): WireEvent {
  return {
    seq: e.seq,
    epoch: e.epoch,
    time: e.time,
    aggregate: e.aggregate,
    version: e.version,
    type: e.type,
    actor: e.actor,
    correlation: e.correlation,
    hash: e.hash,
    prevHash: e.prevHash,
    body: redact(e.body) as Record<string, unknown>,
  };
}

/** Parses an announcement; undefined when it is not one. */
export function parseAnnouncement(data: Uint8Array): Announcement | undefined {
  try {
    const a = JSON.parse(new TextDecoder().decode(data)) as Partial<Announcement>;
    if (
      typeof a.nodeId !== 'string' ||
      typeof a.address !== 'string' ||
      typeof a.epoch !== 'number' ||
      !Number.isSafeInteger(a.epoch)
    )
      return undefined;
    return {
      nodeId: a.nodeId,
      address: a.address,
      epoch: a.epoch,
      ...(typeof a.publishedSeq === 'number' ? { publishedSeq: a.publishedSeq } : {}),
    };
  } catch {
    return undefined;
  }
}
