// The contract's wire forms of closed sets and times, both ways: an enum value name (`HOST_STATE_DOWN`) for the text
// the domain, the log and the CLI's JSON use (`down`), and google.protobuf.Timestamp / Duration for ISO 8601 times and
// milliseconds. The server shapes its answers with these, the CLI turns them back into its stable JSON (pure).

/** The enum prefix of each closed set in control.proto. */
export const ENUM_PREFIX = {
  virtualizationType: 'VIRTUALIZATION_TYPE',
  hostState: 'HOST_STATE',
  systemState: 'SYSTEM_STATE',
  failoverOutcome: 'FAILOVER_OUTCOME',
  moveOutcome: 'MOVE_OUTCOME',
  moveMode: 'MOVE_MODE',
  tokenRole: 'TOKEN_ROLE',
} as const;

/** An enum prefix of control.proto. */
export type EnumPrefix = (typeof ENUM_PREFIX)[keyof typeof ENUM_PREFIX];

/** A closed set's text (`in-progress`) as its enum value name (`MOVE_OUTCOME_IN_PROGRESS`); '' as UNSPECIFIED. */
export function enumName<T extends string | number = string>(prefix: EnumPrefix, text: string): T {
  return `${prefix}_${text === '' ? 'UNSPECIFIED' : text.toUpperCase().replace(/-/g, '_')}` as T;
}

/**
 * An enum value as decoded (its name, or its number when the reader does not know it) back to the closed set's
 * text: '' for UNSPECIFIED, for a number, and for a name of another enum.
 */
export function enumText(prefix: EnumPrefix, value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith(`${prefix}_`)) return '';
  const rest = value.slice(prefix.length + 1);
  return rest === 'UNSPECIFIED' ? '' : rest.toLowerCase().replace(/_/g, '-');
}

/** A Timestamp as this contract's types carry it. */
export interface WireTimestamp {
  seconds: number;
  nanos: number;
}
/** A Duration as this contract's types carry it. */
export interface WireDuration {
  seconds: number;
  nanos: number;
}

/** An ISO 8601 time as a Timestamp; null for '' or a text that is no time (an unset field). */
export function toTimestamp(iso: string | undefined): WireTimestamp | null {
  const ms = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return null;
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: Math.round(ms - seconds * 1000) * 1_000_000 };
}

/** A Timestamp (as decoded, 64-bit seconds as a number or a decimal string) as ISO 8601 with ms; '' when unset. */
export function fromTimestamp(t: { seconds?: unknown; nanos?: unknown } | null | undefined): string {
  if (!t) return '';
  const ms = Number(t.seconds ?? 0) * 1000 + Math.floor(Number(t.nanos ?? 0) / 1_000_000);
  // Outside JavaScript's time range (about 275,000 years either way) there is no ISO text: '' as for no time.
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : '';
}

/** Milliseconds as a Duration; null when not given. */
export function toDuration(ms: number | undefined): WireDuration | null {
  if (ms === undefined || !Number.isFinite(ms)) return null;
  const seconds = Math.trunc(ms / 1000);
  return { seconds, nanos: Math.round((ms - seconds * 1000) * 1_000_000) };
}

/** A Duration as milliseconds; undefined when unset. */
export function durationMs(d: { seconds?: unknown; nanos?: unknown } | null | undefined): number | undefined {
  if (!d) return undefined;
  return Number(d.seconds ?? 0) * 1000 + Number(d.nanos ?? 0) / 1_000_000;
}
