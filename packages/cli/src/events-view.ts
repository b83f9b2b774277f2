// Events as the CLI prints them: the flat JSON shape, secret redaction for exports, and one-line summaries.
import { fromProtoEvent } from '@ferry/api';

/**
 * An event as `events read --json` prints it. `data` is the base64 of the stored bytes the hash covers:
 * hash = SHA-256(hex-decoded prevHash || data), so the chain verifies from this output alone.
 */
export interface EventJson {
  seq: number;
  epoch: number;
  time: string;
  aggregate: string;
  version: number;
  type: string;
  actor: string;
  correlation: string;
  hash: string;
  prevHash: string;
  body: Record<string, unknown>;
  data: string;
}

/** Body fields that hold secrets (sealed with the cluster key, or hashes of tokens); redacted in exports. */
export const SECRET_FIELDS = ['sealed', 'sealedKey', 'tokenHash'] as const;
/** What redacted values become. */
export const REDACTED = '***redacted***';

/** Any event-like record -> the `events read` shape, fields in a stable order (pure). */
export function eventJson(e: {
  seq: number;
  epoch: number;
  time: string;
  aggregate: string;
  version: number;
  type: string;
  actor?: string;
  correlation?: string;
  hash: string;
  prevHash: string;
  body: Record<string, unknown>;
  data: Uint8Array;
}): EventJson {
  return {
    seq: e.seq,
    epoch: e.epoch,
    time: e.time,
    aggregate: e.aggregate,
    version: e.version,
    type: e.type,
    actor: e.actor ?? '',
    correlation: e.correlation ?? '',
    hash: e.hash,
    prevHash: e.prevHash,
    body: e.body,
    data: Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength).toString('base64'),
  };
}

/** A decoded contract Event -> the `events read` shape (pure). */
export function eventFromProto(e: unknown): EventJson {
  return eventJson(fromProtoEvent(e as Record<string, unknown>));
}

/** Copy of a value with every SECRET_FIELDS member (at any depth) replaced by REDACTED when non-empty (pure). */
export function redact<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => redact(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out[k] =
        (SECRET_FIELDS as readonly string[]).includes(k) && v !== '' && v !== undefined && v !== null
          ? REDACTED
          : redact(v);
    }
    return out as T;
  }
  return value;
}

/**
 * `audit export` line: `{seq, epoch, time, aggregate, version, type, actor, correlation, prevHash, hash, body, data}`,
 * the body redacted (pure). `data` stays whole: it is what the hash covers, and holds secrets only sealed or hashed.
 */
export function exportLine(e: EventJson): string {
  const { seq, epoch, time, aggregate, version, type, actor, correlation, prevHash, hash, body, data } = e;
  return JSON.stringify({
    seq,
    epoch,
    time,
    aggregate,
    version,
    type,
    actor,
    correlation,
    prevHash,
    hash,
    body: redact(body),
    data,
  });
}

const str = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** A short human summary of an event body (pure). */
export function summarize(e: EventJson): string {
  const b = redact(e.body) as Record<string, unknown>;
  const spec = b.spec as Record<string, unknown> | undefined;
  switch (e.type) {
    case 'HostRegistered':
    case 'HostUpdated':
      return spec ? `${str(spec.user)}@${str(spec.address)}:${str(spec.port)} ${str(spec.type)}` : '';
    case 'HostStateChanged':
      return `${str(b.from)} -> ${str(b.to)}${b.reason ? ` (${str(b.reason)})` : ''}`;
    case 'SystemDiscovered':
    case 'SystemChanged':
      return `on ${str(b.host)} ${str(b.state)} ${str(b.memoryMib)} MiB`;
    case 'SettingChanged':
      return `${str(b.key)} = ${str(b.value)}`;
    case 'SystemMoved':
      return `${str(b.system)}: ${str(b.from)} -> ${str(b.to)}${b.started ? ' started' : ''}`;
    case 'FailoverMoveFailed':
      return `${str(b.system)}: ${str(b.code)} ${str(b.message)}`;
    case 'GroupCreated':
    case 'GroupUpdated':
      return spec
        ? `${str(spec.mode)} ${str(spec.type)} hosts=${(spec.hosts as unknown[] | undefined)?.join(',') ?? ''}`
        : '';
  }
  const parts = Object.entries(b)
    .filter(([, v]) => v !== '' && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}=${str(v)}`);
  const text = parts.join(' ');
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** One human line per event: time, seq, type, aggregate, summary (pure). */
export function eventLine(e: EventJson): string {
  return `${e.time}  ${String(e.seq).padStart(6)}  ${e.type.padEnd(24)} ${e.aggregate.padEnd(20)} ${summarize(e)}`.trimEnd();
}
