// Turns a registered host into what the SSH pool needs: address, user, pinned key, and the private key, read
// from a file on the node or opened from its sealed form. Key material never leaves this module except to ssh2.
import { readFileSync, statSync } from 'node:fs';
import type { HostRef, SshPool, CommandRunner } from '@ferry/hypervisors';
import type { HostEntity } from '@ferry/model';
import type { SecretBox } from '../secrets.js';

/** Builds HostRefs and command runners for hosts. */
export class HostAccess {
  private readonly keyFiles = new Map<string, { mtimeMs: number; key: Buffer }>();

  constructor(
    private readonly pool: SshPool,
    private readonly secrets: () => SecretBox,
  ) {}

  /** The private key of a host; throws a message without key material when it cannot be had. */
  privateKey(h: HostEntity): Buffer {
    const ref = h.spec.credentialsRef;
    if (ref.startsWith('file:')) {
      const path = ref.slice(5);
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st) throw new Error(`key file ${path} does not exist on this node`);
      const cached = this.keyFiles.get(path);
      if (cached && cached.mtimeMs === st.mtimeMs) return cached.key;
      const key = readFileSync(path);
      this.keyFiles.set(path, { mtimeMs: st.mtimeMs, key });
      return key;
    }
    if (ref === 'sealed:') return Buffer.from(this.secrets().open(h.spec.sealedKey));
    throw new Error('no credentials configured (hosts update --key-file)');
  }

  /** The pool's reference to a host. */
  ref(h: HostEntity): HostRef {
    return {
      id: h.spec.name,
      address: h.spec.address,
      port: h.spec.port,
      user: h.spec.user,
      privateKey: this.privateKey(h),
      ...(h.fingerprint ? { hostKeyFingerprint: h.fingerprint } : {}),
    };
  }

  /** A command runner for a host with a default timeout per command. */
  runner(h: HostEntity, timeoutMs: number): CommandRunner {
    const ref = this.ref(h);
    return { hostId: ref.id, exec: (command, opts) => this.pool.exec(ref, command, { timeoutMs, ...opts }) };
  }

  /** Drops the pooled connection of a host (after its address or key changed). */
  forget(name: string): void {
    this.pool.forget(name);
  }
}
