// Host key fingerprints in the form OpenSSH prints them (`ssh-keygen -lf`, `ssh -v`):
// `SHA256:` followed by the unpadded base64 SHA-256 of the public key blob.
import { createHash } from 'node:crypto';

/** Computes `SHA256:<base64, no padding>` of a raw SSH public key blob (the wire format, not the text line). */
export function fingerprintOf(keyBlob: Buffer | Uint8Array): string {
  return `SHA256:${createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;
}

/** Reads the key type (`ssh-ed25519`, `ecdsa-sha2-nistp256`, ...) from the first string of a key blob. */
export function keyTypeOf(keyBlob: Buffer | Uint8Array): string {
  const buf = Buffer.from(keyBlob.buffer, keyBlob.byteOffset, keyBlob.byteLength);
  if (buf.length < 4) return 'unknown';
  const len = buf.readUInt32BE(0);
  if (len === 0 || len > 64 || 4 + len > buf.length) return 'unknown';
  return buf.subarray(4, 4 + len).toString('latin1');
}

/**
 * Normalises a pinned fingerprint for comparison: accepts `SHA256:xxx` or bare `xxx`, trims whitespace and
 * any base64 padding. Returns `undefined` for an empty pin.
 */
export function normalizeFingerprint(pin: string | undefined): string | undefined {
  if (pin === undefined) return undefined;
  const t = pin.trim().replace(/=+$/, '');
  if (t === '') return undefined;
  return t.startsWith('SHA256:') ? t : `SHA256:${t}`;
}
