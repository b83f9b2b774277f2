// Size limits on every request, checked at the API edge before any handler looks at it: no string longer than
// its field allows, no list longer than MAX_LIST_ITEMS, no deeper nesting than the contract has. gRPC already
// caps whole messages (MAX_MESSAGE_BYTES in @ferry/api); this keeps single fields from reaching error
// messages, logs or the event log at that size. Numbers must be finite and within ±(2^53 − 1): a uint64 such as
// 2^64 − 1 (or −1 sent as one) decodes to a number no seq, limit or count can be. Refusals name the field and the
// limit, never the value.
import { ApiError } from '@ferry/api';

/** Longest string of any field without its own limit (fence commands are allowed 4096 characters). */
export const MAX_STRING_CHARS = 4096;
/** Longest SSH private key accepted (PEM text). */
export const MAX_PRIVATE_KEY_CHARS = 64 * 1024;
/** Longest list in a request (tags, hosts of a group, event types, seqs…). */
export const MAX_LIST_ITEMS = 1000;
/** Deepest nesting of messages in a request. */
const MAX_DEPTH = 8;

/** Per-field string limits (camelCase field names as @grpc/proto-loader gives them). */
const FIELD_LIMITS: Record<string, number> = {
  privateKey: MAX_PRIVATE_KEY_CHARS,
  name: 256,
  nodeId: 256,
  cluster: 256,
  address: 512,
  master: 512,
  aggregate: 512,
  fingerprint: 256,
  since: 64,
  key: 256,
  role: 64,
  owner: 256,
  type: 64,
  state: 64,
  tag: 256,
  host: 256,
  group: 256,
  system: 256,
  targetHost: 256,
  headHash: 128,
  clusterKeyId: 128,
  keyFile: 4096,
  nonce: 128,
};

/** Throws INVALID_ARGUMENT when a decoded request has a field beyond its limit or a number out of range. */
export function checkRequestLimits(request: unknown): void {
  const problem = findOversize(request, '', 0);
  if (problem) throw new ApiError('INVALID_ARGUMENT', problem);
}

function findOversize(value: unknown, path: string, depth: number): string | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER
      ? undefined
      : `${path || 'request'}: out of range (at most ${Number.MAX_SAFE_INTEGER})`;
  }
  if (typeof value === 'string') {
    const field =
      path
        .replace(/\[\d+\]$/, '')
        .split('.')
        .pop() ?? '';
    const limit = FIELD_LIMITS[field] ?? MAX_STRING_CHARS;
    return value.length > limit ? `${path || 'request'}: at most ${limit} characters` : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) {
    return value.length > MAX_PRIVATE_KEY_CHARS
      ? `${path || 'request'}: at most ${MAX_PRIVATE_KEY_CHARS} bytes`
      : undefined;
  }
  if (depth > MAX_DEPTH) return `${path || 'request'}: nested too deeply`;
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ITEMS) return `${path || 'request'}: at most ${MAX_LIST_ITEMS} items`;
    for (let i = 0; i < value.length; i++) {
      const p = findOversize(value[i], `${path}[${i}]`, depth + 1);
      if (p) return p;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const p = findOversize(v, path ? `${path}.${k}` : k, depth + 1);
    if (p) return p;
  }
  return undefined;
}

/** A peer address as HOST:PORT (host name, IPv4, or [IPv6]); refuses anything else before any connection is made. */
export function checkPeerAddress(field: string, address: string): void {
  const m = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]{1,253}):(\d{1,5})$/.exec(address);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 65535)
    throw new ApiError('INVALID_ARGUMENT', `${field} must be HOST:PORT`);
}
