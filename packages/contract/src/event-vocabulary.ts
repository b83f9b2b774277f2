// The event vocabulary, owned by the contract: every event type and its body, derived from the `oneof body` of
// `ferry.v1.Event` in events.proto through the generated types (`pnpm gen:proto`), so no body is declared twice.
// An event's `type` is its oneof member's message name (`HostRegistered` for `host_registered`).
import type { Event } from './generated/ferry/v1/Event.js';

type BodyMember = NonNullable<Event['body']>;

/** Every event type name, as stored in an event's `type`. */
export type FerryEventType = Capitalize<BodyMember>;

/**
 * The body of an event of type `T` as the log stores it: the message's fields by their JSON names, each optional
 * (a reader takes an absent field as the proto3 default).
 */
export type FerryEventBody<T extends FerryEventType> = NonNullable<Event[Uncapitalize<T> & BodyMember]>;

/** One event's type and body, discriminated by `type`: a `switch (e.type)` narrows `e.body`. */
export type FerryEvent = { [T in FerryEventType]: { type: T; body: FerryEventBody<T> } }[FerryEventType];
