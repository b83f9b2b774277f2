// The lease bucket in NATS JetStream KV (ferryd --auto-promote): opens (or creates) a bucket whose TTL is the lease
// ttl, so that an abandoned lease and stale candidacies age out on the server, and offers the reads and the create /
// compare-and-set writes the lease rules (@ferry/cluster's lease.ts) ask for. Every call is bounded by a timeout and
// fails at once while NATS is down; nothing here decides anything.
import type { KV, NatsConnection } from 'nats';
import type { BusClient } from './client.js';
import { DisconnectedError, LeaseBucketError, LeaseConflictError } from './errors.js';

/** Where one cluster's lease lives. */
export interface LeaseStoreOptions {
  client: BusClient;
  bucket: string;
  leaseKey: string;
  /** Prefix of the candidacy keys (each followed by a node's token). */
  candidatePrefix: string;
  ttlMs: number;
  /** Copies of the bucket in a NATS cluster (3 for a 3-server cluster: compare-and-set stays consistent when one dies). */
  replicas: number;
  /** Longest wait for one KV call. */
  timeoutMs: number;
}

/** A read of a JSON value with its revision. */
export interface Revisioned<T> {
  value: T;
  revision: number;
}

const conflict = (err: unknown): boolean => /wrong last sequence|key exists/i.test((err as Error).message ?? '');
const encode = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));

/** The lease bucket of one cluster over a kept-up NATS connection. */
export class LeaseStore<L, C> {
  #kv: { nc: NatsConnection; kv: Promise<KV> } | undefined;

  constructor(private readonly o: LeaseStoreOptions) {}

  /** Whether NATS is connected now. */
  get connected(): boolean {
    return this.o.client.connected;
  }

  /** The bucket; throws while NATS is down, when JetStream is off, or when the bucket's TTL is shorter than the lease ttl. */
  private async kv(): Promise<KV> {
    const nc = this.o.client.connection;
    if (!nc || !this.o.client.connected) throw new DisconnectedError('NATS is unreachable');
    if (this.#kv?.nc !== nc) {
      const { bucket, ttlMs, timeoutMs, replicas } = this.o;
      const opening = (async () => {
        const kv = await nc
          .jetstream({ timeout: timeoutMs })
          .views.kv(bucket, { history: 1, ttl: ttlMs, timeout: timeoutMs, replicas });
        const ttl = (await kv.status()).ttl;
        if (ttl > 0 && ttl < ttlMs) {
          throw new LeaseBucketError(
            `the lease bucket ${bucket} ages entries out after ${ttl / 1000} s, less than the lease ttl ${ttlMs / 1000} s: a lease could vanish while its holder still writes. Give every node the same --lease-ttl, or delete the bucket (nats kv del ${bucket}) so that it is made again`,
          );
        }
        return kv;
      })();
      this.#kv = { nc, kv: opening };
      opening.catch(() => {
        if (this.#kv?.kv === opening) this.#kv = undefined;
      });
    }
    return this.#kv.kv;
  }

  /** The lease's value and revision; undefined when the key is absent (never written, deleted, purged or aged out). */
  async read(): Promise<Revisioned<L> | undefined> {
    const e = await (await this.kv()).get(this.o.leaseKey);
    if (e?.operation !== 'PUT' || e.length === 0) return undefined;
    return { value: e.json<L>(), revision: e.revision };
  }

  /** Writes the lease by create or by compare-and-set on `revision`; the new revision, or LeaseConflictError. */
  async write(how: { how: 'create' } | { how: 'update'; revision: number }, value: L): Promise<number> {
    const kv = await this.kv();
    try {
      return how.how === 'create'
        ? await kv.create(this.o.leaseKey, encode(value))
        : await kv.update(this.o.leaseKey, encode(value), how.revision);
    } catch (err) {
      if (conflict(err))
        throw new LeaseConflictError(`another node wrote the lease first (${(err as Error).message})`, { cause: err });
      throw err;
    }
  }

  /** Publishes a candidacy under `key` (it ages out with the bucket's TTL unless published again). */
  async putCandidate(key: string, value: C): Promise<void> {
    await (await this.kv()).put(key, encode(value));
  }

  /** Withdraws the candidacy under `key`. */
  async dropCandidate(key: string): Promise<void> {
    await (await this.kv()).delete(key);
  }

  /** Every current candidacy. */
  async candidates(): Promise<C[]> {
    const kv = await this.kv();
    const keys: string[] = [];
    for await (const k of await kv.keys(`${this.o.candidatePrefix}*`)) keys.push(k);
    const out: C[] = [];
    for (const k of keys) {
      const e = await kv.get(k);
      if (e && e.operation === 'PUT' && e.length > 0) out.push(e.json<C>());
    }
    return out;
  }
}
