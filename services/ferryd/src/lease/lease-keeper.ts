// Automatic promotion (ferryd --auto-promote): the lease in NATS JetStream KV that names the only node allowed to
// write. This adapter reads and writes the bucket (@ferry/bus LeaseStore) and acts on @ferry/cluster's lease rules:
//   - a master takes the lease before it writes (its confirmation at start and after a hold waits for it), renews
//     it every ttl/3 by compare-and-set on the revision it last wrote, and once it could not renew for ttl − margin
//     it holds writes and stops its duties (the node's write guard, checked on every write and every 200 ms);
//   - a replica publishes its candidacy (head, eligibility), follows the master the lease names, and takes a lease
//     that expired when its rank's turn comes, then promotes itself as promote-replica does;
//   - a manual promote-replica takes the lease first (a live holder's only with --force).
// NATS unreachable: nobody takes the lease, and a master that cannot renew stops writing.
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import { ApiError } from '@ferry/api';
import { BusClient, LeaseConflictError, LeaseStore, sleep } from '@ferry/bus';
import {
  acquireStep,
  candidacyRefusal,
  candidacyStep,
  candidateKey,
  candidatePrefix,
  leaseBucket,
  leaseFree,
  leaseFreeAt,
  leaseKey,
  leaseTiming,
  leaseWriteRefusal,
  manualTakeStep,
  observeLease,
  writeDeadline,
  type CandidateValue,
  type HeldLease,
  type LeaseTiming,
  type LeaseValue,
  type LeaseView,
  type MastershipVerdict,
  type PeerView,
} from '@ferry/cluster';
import type { LeaseStatus } from '@ferry/contract';
import type { DaemonConfig } from '../config.js';
import type { Duty, FerryNode } from '../node.js';
import type { FollowerStatus } from '../replication/follower.js';

/** How often a master checks its write deadline (besides every write). */
const GUARD_CHECK_MS = 200;

/** What the replica's candidacy needs from replication. */
export interface CandidacyPorts {
  follower(): FollowerStatus | undefined;
  describe(address: string): Promise<PeerView | undefined>;
  /** Promotes this node (the lease is already held). */
  promote(): Promise<unknown>;
}

/** The lease side of a promotion: taken before the role changes, given up if the promotion fails. */
export interface PromotionLease {
  take(force: boolean): Promise<void>;
  release(): void;
}

const now = (): number => performance.now();

/** `p`, or a rejection after `ms` naming `what` (a hung NATS call must not stop the lease loop). */
function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
const message = (err: unknown): string => (err as Error).message?.split('\n')[0] ?? String(err);

/** The lease of one node. */
export class LeaseKeeper {
  readonly t: LeaseTiming;
  private readonly client: BusClient;
  private readonly store: LeaseStore<LeaseValue, CandidateValue>;
  private held: HeldLease | undefined;
  private view: LeaseView | undefined;
  private promoting = false;
  private detail = '';
  private lastRenewedAt = '';
  private renewals = 0;
  private failures = 0;

  private constructor(
    private readonly config: DaemonConfig,
    private readonly logger: Logger,
  ) {
    this.t = leaseTiming(config.leaseTtl);
    this.client = BusClient.start({
      servers: config.nats,
      name: `ferryd-lease-${config.nodeId}`,
      logger,
      retryMs: Math.min(500, this.t.pollMs),
    });
    this.store = new LeaseStore({
      client: this.client,
      bucket: leaseBucket(config.cluster),
      leaseKey: leaseKey(config.cluster),
      candidatePrefix: candidatePrefix(config.cluster),
      ttlMs: this.t.ttlMs,
      timeoutMs: Math.max(250, Math.min(2_000, this.t.renewEveryMs)),
      // Given three or more NATS URLs (a NATS cluster), the bucket is kept on three servers.
      replicas: config.nats.split(',').filter((u) => u.trim()).length >= 3 ? 3 : 1,
    });
  }

  /** Starts connecting to NATS in the background. */
  static start(config: DaemonConfig, logger: Logger): LeaseKeeper {
    return new LeaseKeeper(config, logger);
  }

  /** Closes the NATS connection (the lease, if held, expires by itself). */
  async stop(): Promise<void> {
    await this.client.stop();
  }

  /** Why this node may not write under the lease rule now; undefined when it may. */
  writeRefusal(): string | undefined {
    return leaseWriteRefusal(this.held, now(), this.t);
  }

  /** Renewals made and failed since start (metrics). */
  get counts(): { renewals: number; failures: number; held: boolean } {
    return { renewals: this.renewals, failures: this.failures, held: this.writeRefusal() === undefined };
  }

  private value(node: FerryNode, master: boolean, epoch: number): LeaseValue {
    return {
      nodeId: node.config.nodeId,
      address: node.config.advertise,
      epoch,
      headSeq: node.log.head().seq,
      renewedAt: new Date().toISOString(),
      ttlMs: this.t.ttlMs,
      master,
    };
  }

  /** Writes the lease; on success this node holds it from the moment the write was sent. */
  private async write(
    node: FerryNode,
    how: Parameters<LeaseStore<LeaseValue, CandidateValue>['write']>[0],
    master: boolean,
    epoch: number,
  ): Promise<void> {
    const sentAt = now();
    const revision = await this.store.write(how, this.value(node, master, epoch));
    this.held = { revision, sentAt };
    this.renewals++;
    this.lastRenewedAt = new Date().toISOString();
    this.detail = '';
  }

  private async read(): Promise<LeaseView> {
    this.view = observeLease(this.view, await this.store.read(), now());
    return this.view;
  }

  private say(text: string, level: 'info' | 'warn' = 'info'): void {
    if (text === this.detail) return;
    this.detail = text;
    if (text) this.logger[level]({ lease: leaseKey(this.config.cluster) }, text);
  }

  /**
   * A master's way to the lease before it writes (after judgeMastership confirmed it): resolves `confirmed` once it
   * holds the lease, `newer` when the lease names a master of a higher epoch, undefined when cancelled.
   */
  async acquire(
    node: FerryNode,
    cancelled: () => boolean,
    progress: (text: string) => void,
  ): Promise<Exclude<MastershipVerdict, { kind: 'waiting' }> | undefined> {
    let said = '';
    while (!cancelled()) {
      let text: string;
      try {
        if (!this.store.connected)
          throw new Error(`NATS is unreachable (${this.client.connection ? 'reconnecting' : 'connecting'})`);
        const view = await this.read();
        const step = acquireStep({ nodeId: node.config.nodeId, epoch: node.log.knownMaxEpoch }, view, now(), this.t);
        if (step.kind === 'newer')
          return {
            kind: 'newer',
            epoch: step.holder.epoch,
            from: `the lease holder "${step.holder.nodeId}"`,
            master: step.holder.address,
          };
        if (step.kind === 'take') {
          if (cancelled()) return undefined;
          await this.write(node, step, true, node.log.epoch);
          this.logger.info(
            { epoch: node.log.epoch, ttlS: this.t.ttlMs / 1000 },
            'lease taken: this master may write while it renews it',
          );
          return { kind: 'confirmed', answered: 0, of: 0 };
        }
        text = step.reason;
      } catch (err) {
        if (err instanceof LeaseConflictError) continue;
        text = `cannot take the lease: ${message(err)}`;
      }
      if (text !== said) {
        said = text;
        progress(`waiting for the lease (--auto-promote): ${text}`);
        this.say(`writes wait for the lease: ${text}`, 'warn');
      }
      await sleep(this.t.pollMs);
    }
    return undefined;
  }

  /** The master's duty: renew every ttl/3 by compare-and-set; hold writes once the lease could not be renewed in time. */
  async masterDuty(node: FerryNode): Promise<Duty> {
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const renew = async (): Promise<void> => {
      if (stopped || this.held === undefined) return;
      let wait = this.t.renewEveryMs;
      try {
        if (!this.store.connected) throw new Error('NATS is unreachable');
        await this.write(node, { how: 'update', revision: this.held.revision }, true, node.log.epoch);
      } catch (err) {
        this.failures++;
        wait = this.t.pollMs;
        if (err instanceof LeaseConflictError) {
          this.held = undefined;
          this.say('lease lost: another node wrote it; this master stops writing', 'warn');
        } else {
          const left = this.held ? Math.max(0, writeDeadline(this.held, this.t) - now()) : 0;
          this.say(
            `lease renewal failed (${message(err)}); writes stop in ${(left / 1000).toFixed(1)} s unless a renewal succeeds`,
            'warn',
          );
        }
      }
      if (!stopped) timer = setTimeout(() => void renew(), wait);
    };
    const guard = setInterval(() => {
      const refusal = this.writeRefusal();
      if (refusal !== undefined && node.role === 'master') node.holdAndReconfirm(`lease: ${refusal}`);
    }, GUARD_CHECK_MS);
    // A promotion that took the lease ends here: from now on this duty renews it.
    this.promoting = false;
    this.store.dropCandidate(candidateKey(this.config.cluster, this.config.nodeId)).catch(() => undefined);
    // At once: a promoted master states its real epoch (and master: true) for the replicas to follow.
    void renew();
    return {
      stop: async () => {
        stopped = true;
        clearTimeout(timer);
        clearInterval(guard);
      },
    };
  }

  /** The replica's duty: candidacy, following the master the lease names, taking an expired lease and promoting. */
  async replicaDuty(node: FerryNode, ports: CandidacyPorts): Promise<Duty> {
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    this.held = undefined;
    const tick = async (): Promise<void> => {
      if (stopped) return;
      try {
        await withTimeout(
          this.candidacy(node, ports, () => stopped),
          2 * this.t.ttlMs,
          'a lease round',
        );
      } catch (err) {
        this.say(`lease: ${message(err)}; no automatic promotion meanwhile`, 'warn');
      }
      if (!stopped && !this.promoting) timer = setTimeout(() => void tick(), this.t.pollMs);
    };
    void tick();
    // Not awaiting the tick: a promotion it started changes the role, which stops this duty.
    return {
      stop: async () => {
        stopped = true;
        clearTimeout(timer);
      },
    };
  }

  private async candidacy(node: FerryNode, ports: CandidacyPorts, stopped: () => boolean): Promise<void> {
    if (this.promoting || node.role !== 'replica') return;
    if (!this.store.connected) {
      this.say('NATS is unreachable: this replica does not take the lease (nobody promotes without NATS)', 'warn');
      return;
    }
    const head = node.log.head();
    const f = ports.follower();
    const lag = f ? Math.max(0, f.masterHeadSeq - head.seq) : 0;
    const maxLag =
      this.config.autoPromoteMaxLag >= 0
        ? this.config.autoPromoteMaxLag
        : Number(node.state.setting('promote-max-lag')?.value ?? 1000);
    const refusal = candidacyRefusal({ lag, maxLag, headSeq: head.seq, hasKey: node.hasSecrets });
    const self: CandidateValue = {
      nodeId: node.config.nodeId,
      address: node.config.advertise,
      headEpoch: head.epoch,
      headSeq: head.seq,
      eligible: refusal === undefined,
      at: new Date().toISOString(),
    };
    await this.store.putCandidate(candidateKey(this.config.cluster, self.nodeId), self);
    const view = await this.read();
    const candidates = leaseFree(view, now(), this.t) ? await this.store.candidates() : [];
    const step = candidacyStep({
      self,
      refusal,
      knownEpoch: node.log.knownMaxEpoch,
      currentMaster: node.masterAddress,
      view,
      candidates,
      masterContactAgoMs: f?.connected && f.lastContact > 0 ? Math.max(0, Date.now() - f.lastContact) : undefined,
      now: now(),
      t: this.t,
    });
    this.logger.debug(
      { step, promoting: this.promoting, view: { revision: view.held?.revision, since: view.since } },
      'lease round',
    );
    if (stopped()) return;
    switch (step.kind) {
      case 'stay':
        this.say('');
        return;
      case 'ineligible':
        this.say(`the lease is free but this replica may not take it: ${step.reason}`, 'warn');
        return;
      case 'wait':
        this.say(
          `the lease is free; this replica ranks ${step.rank + 1} among the candidates and tries in ${Math.max(0, (step.until - now()) / 1000).toFixed(1)} s`,
        );
        return;
      case 'follow': {
        const info = await ports.describe(step.address);
        if (info?.role !== 'master' || info.epoch < step.epoch) return;
        this.logger.info(
          { master: step.address, epoch: step.epoch, previous: node.masterAddress },
          'following the master the lease names',
        );
        await node.log.observeEpoch(step.epoch);
        await node.changeRole('replica', step.address);
        return;
      }
      case 'take': {
        const claim = node.log.knownMaxEpoch + 1;
        this.promoting = true;
        try {
          await this.write(node, step, false, claim);
        } catch (err) {
          this.promoting = false;
          if (!(err instanceof LeaseConflictError)) throw err;
          this.logger.info({ rank: 0 }, 'another node took the lease first; following the master it names');
          return;
        }
        const freeFor =
          view.held === undefined ? 'absent' : `unrenewed for ${((now() - view.since) / 1000).toFixed(1)} s`;
        this.logger.warn(
          { headSeq: head.seq, headEpoch: head.epoch, lease: freeFor, claim },
          'took the expired lease: promoting this replica (auto-promote)',
        );
        ports.promote().then(
          () => {
            this.promoting = false;
          },
          (err: unknown) => {
            this.logger.error({ err: message(err) }, 'automatic promotion failed; the lease is left to expire');
            this.held = undefined;
            this.promoting = false;
            if (!stopped() && node.role === 'replica')
              setTimeout(() => void this.candidacy(node, ports, stopped).catch(() => undefined), this.t.pollMs);
          },
        );
        return;
      }
    }
  }

  /** The lease side of a manual promote-replica. */
  promotionLease(node: FerryNode): PromotionLease {
    return {
      take: async (force) => {
        if (this.promoting)
          throw new ApiError('FAILED_PRECONDITION', 'an automatic promotion of this replica is under way');
        if (!this.store.connected) {
          throw new ApiError(
            'FAILED_PRECONDITION',
            'NATS is unreachable: with --auto-promote a master writes only while it holds the lease, so this replica is not promoted until NATS answers',
          );
        }
        const view = await this.read();
        const step = manualTakeStep({ nodeId: node.config.nodeId }, view, force, now(), this.t);
        if (step.kind === 'refuse') throw new ApiError('FAILED_PRECONDITION', step.reason);
        this.promoting = true;
        try {
          await this.write(node, step, false, node.log.knownMaxEpoch + 1);
        } catch (err) {
          this.promoting = false;
          if (err instanceof LeaseConflictError)
            throw new ApiError('ABORTED', 'another node took the lease meanwhile; look at ferry status and try again');
          throw err;
        }
        if (view.held && view.held.value.nodeId !== node.config.nodeId && !leaseFree(view, now(), this.t)) {
          this.logger.warn(
            { holder: view.held.value.nodeId, address: view.held.value.address },
            '--force: took the lease from a live holder',
          );
        }
      },
      release: () => {
        this.held = undefined;
        this.promoting = false;
      },
    };
  }

  /** The lease as `ferry status` shows it. */
  status(node: FerryNode): LeaseStatus {
    const base = {
      ttlS: this.t.ttlMs / 1000,
      renewals: this.renewals,
      renewFailures: this.failures,
      detail: this.detail,
    };
    const mine = node.role === 'master' && this.held !== undefined;
    if (mine) {
      const expires = Date.now() + (this.held!.sentAt + this.t.ttlMs - now());
      return {
        ...base,
        state: this.writeRefusal() === undefined ? 'held' : 'expired',
        holder: node.config.nodeId,
        holderAddress: node.config.advertise,
        epoch: node.log.epoch,
        expiresAt: new Date(expires).toISOString(),
        renewedAt: this.lastRenewedAt,
      };
    }
    if (!this.store.connected) return { ...base, state: 'unknown', detail: this.detail || 'NATS is unreachable' };
    const v = this.view;
    if (v === undefined) return { ...base, state: 'unknown' };
    if (v.held === undefined || leaseFree(v, now(), this.t)) return { ...base, state: 'free' };
    const h = v.held.value;
    const expires = Date.now() + (leaseFreeAt(v, this.t) - now());
    return {
      ...base,
      state: h.nodeId === node.config.nodeId ? 'held' : 'held-by-other',
      holder: h.nodeId,
      holderAddress: h.address,
      epoch: h.epoch,
      expiresAt: new Date(expires).toISOString(),
      renewedAt: h.renewedAt,
    };
  }
}
