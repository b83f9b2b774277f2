// Converts committed log events to the contract's Event message (typed body in the oneof) and back.
import type { Event } from '@ferry/contract';
import type { LogEvent } from '@ferry/log';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Log event -> contract Event (body placed in the oneof field named after its type). */
export function toProtoEvent(e: LogEvent): Event {
  return {
    seq: e.seq, epoch: e.epoch, time: e.time, aggregate: e.aggregate, version: e.version, type: e.type,
    actor: e.actor, correlation: e.correlation, prevHash: e.prevHash, hash: e.hash,
    [lowerFirst(e.type)]: e.body,
  } as Event;
}

/** Contract Event (as decoded by the client) -> the flat JSON shape the CLI prints. */
export function fromProtoEvent(e: Record<string, unknown>): LogEvent {
  const which = typeof e.body === 'string' ? e.body : lowerFirst(String(e.type));
  return {
    seq: Number(e.seq), epoch: Number(e.epoch), time: String(e.time), aggregate: String(e.aggregate), version: Number(e.version),
    type: String(e.type), actor: String(e.actor ?? ''), correlation: String(e.correlation ?? ''),
    prevHash: String(e.prevHash), hash: String(e.hash), body: (e[which] as Record<string, unknown>) ?? {},
  };
}
