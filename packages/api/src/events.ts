// Converts committed log events to the contract's Event message (typed body in the oneof, stored bytes in `data`)
// and back.
import type { Event, LogEvent } from '@ferry/contract';
import { contract } from './contract.js';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A committed event with the exact bytes its hash covers. */
export type StoredEvent = LogEvent & { data: Uint8Array };

/** Log event and its stored bytes -> contract Event (body placed in the oneof field named after its type). */
export function toProtoEvent(e: LogEvent, data: Uint8Array): Event {
  return {
    seq: e.seq,
    epoch: e.epoch,
    time: e.time,
    aggregate: e.aggregate,
    version: e.version,
    type: e.type,
    actor: e.actor,
    correlation: e.correlation,
    prevHash: e.prevHash,
    hash: e.hash,
    data,
    [lowerFirst(e.type)]: e.body,
  } as Event;
}

/**
 * Copy of a decoded message without the markers proto-loader's `oneofs` option adds for proto3 `optional` fields
 * (`_timeoutSec: 'timeoutSec'`): they name no field of the contract (pure).
 */
export function withoutOneofMarkers(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutOneofMarkers);
  if (v === null || typeof v !== 'object' || Buffer.isBuffer(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k.startsWith('_') && x === k.slice(1)) continue;
    out[k] = withoutOneofMarkers(x);
  }
  return out;
}

/** Contract Event (as decoded by the client) -> the flat event with its stored bytes. */
export function fromProtoEvent(e: Record<string, unknown>): StoredEvent {
  const which = typeof e.body === 'string' ? e.body : lowerFirst(String(e.type));
  return {
    seq: Number(e.seq),
    epoch: Number(e.epoch),
    time: String(e.time),
    aggregate: String(e.aggregate),
    version: Number(e.version),
    type: String(e.type),
    actor: String(e.actor ?? ''),
    correlation: String(e.correlation ?? ''),
    prevHash: String(e.prevHash),
    hash: String(e.hash),
    body: (withoutOneofMarkers(e[which]) as Record<string, unknown> | undefined) ?? {},
    data: e.data instanceof Uint8Array ? e.data : new Uint8Array(),
  };
}

let typeNames: readonly string[] | undefined;

/** Every event type name: the messages of the Event's `body` oneof, read from the loaded contract. */
export function eventTypeNames(): readonly string[] {
  if (!typeNames) {
    const descriptor = contract().packageDefinition['ferry.v1.Event'] as {
      type: { field: { type: string; typeName: string }[] };
    };
    typeNames = descriptor.type.field.filter((f) => f.type === 'TYPE_MESSAGE').map((f) => f.typeName.split('.').pop()!);
  }
  return typeNames;
}
