// Unit tests of the lease rules of automatic promotion (lease.ts), then the same rules run by a small virtual-clock
// world: a KV store with a bucket TTL and compare-and-set, a master and replicas that renew, poll and take the lease
// exactly as ferryd does. Scenarios: lease expiry (master dies), master frozen then resumed, NATS cut from the master
// only, NATS down for everyone then back, two replicas racing. After every tick at most one node may write.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  acquireStep,
  candidacyRefusal,
  candidacyStep,
  candidateKey,
  candidateRank,
  keyToken,
  leaseBucket,
  leaseFree,
  leaseKey,
  leaseTiming,
  leaseWriteRefusal,
  manualTakeStep,
  observeLease,
  type CandidateValue,
  type HeldLease,
  type LeaseValue,
  type LeaseView,
} from '../src/index.js';

const t4 = leaseTiming(4);
const value = (nodeId: string, epoch = 1, extra: Partial<LeaseValue> = {}): LeaseValue => ({
  nodeId,
  address: `${nodeId}:1`,
  epoch,
  headSeq: 10,
  renewedAt: '2024-01-01T00:00:00.000Z',
  ttlMs: 4_000,
  master: true,
  ...extra,
});
const cand = (nodeId: string, headSeq: number, headEpoch = 1, eligible = true): CandidateValue => ({
  nodeId,
  address: `${nodeId}:1`,
  headEpoch,
  headSeq,
  eligible,
  at: '',
});

test('timing: derived from the ttl; keys are sanitised and never collide', () => {
  assert.equal(t4, { ttlMs: 4_000, marginMs: 1_000, renewEveryMs: 1_333, pollMs: 500, rankStepMs: 1_000 });
  assert.is(leaseTiming(10).marginMs, 2_500);
  assert.is(leaseKey('prod'), 'ferry.prod.leader');
  assert.is(candidateKey('prod', 'r1'), 'ferry.prod.candidate.r1');
  assert.match(leaseKey('eu.west 1'), /^ferry\.eu_west_1-[0-9a-f]{8}\.leader$/);
  assert.is.not(keyToken('a.b'), keyToken('a b'));
  assert.match(leaseBucket('a=b'), /^ferry-lease-[A-Za-z0-9_-]+$/);
});

test('write rule: only with a lease, and only until ttl − margin after the renewal last sent', () => {
  assert.match(leaseWriteRefusal(undefined, 0, t4) ?? '', /does not hold the lease/);
  const held: HeldLease = { revision: 3, sentAt: 1_000 };
  assert.is(leaseWriteRefusal(held, 3_999, t4), undefined);
  assert.match(
    leaseWriteRefusal(held, 4_000, t4) ?? '',
    /could not renew its lease for 3\.0 s \(lease ttl 4 s; writes stop 1 s before/,
  );
});

test('observe: a revision keeps its first-seen time; free when absent or unchanged for the holder ttl (or ours)', () => {
  let v = observeLease(undefined, { value: value('m'), revision: 5 }, 100);
  v = observeLease(v, { value: value('m'), revision: 5 }, 2_000);
  assert.is(v.since, 100);
  assert.not.ok(leaseFree(v, 4_099, t4));
  assert.ok(leaseFree(v, 4_100, t4));
  assert.not.ok(
    leaseFree(observeLease(undefined, { value: value('m', 1, { ttlMs: 9_000 }), revision: 5 }, 0), 8_000, t4),
  );
  v = observeLease(v, { value: value('m'), revision: 6 }, 3_000);
  assert.is(v.since, 3_000);
  assert.ok(leaseFree(observeLease(v, undefined, 3_500), 3_500, t4));
});

test('acquire: own entry by CAS, absent by create, a newer holder is followed, an older live one waited out', () => {
  const self = { nodeId: 'm', epoch: 2 };
  assert.equal(acquireStep(self, { held: undefined, since: 0 }, 0, t4), { kind: 'take', how: 'create' });
  assert.equal(acquireStep(self, { held: { value: value('m', 1), revision: 7 }, since: 0 }, 0, t4), {
    kind: 'take',
    how: 'update',
    revision: 7,
  });
  assert.equal(acquireStep(self, { held: { value: value('r1', 3), revision: 7 }, since: 0 }, 99_999, t4).kind, 'newer');
  const older: LeaseView = { held: { value: value('r1', 2), revision: 7 }, since: 0 };
  assert.match(
    (acquireStep(self, older, 1_000, t4) as { reason: string }).reason,
    /held by "r1".*waiting for it to expire/,
  );
  assert.equal(acquireStep(self, older, 4_000, t4), { kind: 'take', how: 'update', revision: 7 });
});

test('rank: head epoch, then head seq, then node id; ineligible candidates do not count', () => {
  assert.is(candidateRank(cand('b', 10), [cand('a', 10), cand('c', 10)]), 1);
  assert.is(candidateRank(cand('b', 11), [cand('a', 10), cand('c', 10)]), 0);
  assert.is(candidateRank(cand('b', 5, 2), [cand('a', 90, 1)]), 0);
  assert.is(candidateRank(cand('b', 10), [cand('a', 50, 1, false)]), 0);
  assert.match(
    candidacyRefusal({ lag: 1_001, maxLag: 1_000, headSeq: 5, hasKey: true }) ?? '',
    /lags 1001 events.*limit 1000/,
  );
  assert.match(candidacyRefusal({ lag: 0, maxLag: 1_000, headSeq: 5, hasKey: false }) ?? '', /cluster key/);
  assert.match(candidacyRefusal({ lag: 0, maxLag: 1_000, headSeq: 0, hasKey: true }) ?? '', /no event/);
});

test('candidacy: follow a live newer master, stay with ours, wait by rank, take when free; a live master stream adds a ttl', () => {
  const base = {
    self: cand('r2', 10),
    refusal: undefined,
    knownEpoch: 1,
    currentMaster: 'm:1',
    candidates: [cand('r1', 10)],
    masterContactAgoMs: undefined,
    t: t4,
  };
  const live = (v: LeaseValue): LeaseView => ({ held: { value: v, revision: 4 }, since: 0 });
  assert.equal(candidacyStep({ ...base, view: live(value('r1', 2)), now: 100 }), {
    kind: 'follow',
    address: 'r1:1',
    epoch: 2,
  });
  assert.equal(candidacyStep({ ...base, view: live(value('r1', 2, { master: false })), now: 100 }), { kind: 'stay' });
  assert.equal(candidacyStep({ ...base, view: live(value('m', 1)), now: 100 }), { kind: 'stay' });
  assert.equal(candidacyStep({ ...base, view: live(value('r2', 2)), now: 100 }), { kind: 'stay' });
  assert.equal(candidacyStep({ ...base, view: live(value('m', 1)), now: 4_000 }), {
    kind: 'wait',
    rank: 1,
    until: 5_000,
  });
  assert.equal(candidacyStep({ ...base, view: live(value('m', 1)), now: 5_000 }), {
    kind: 'take',
    how: 'update',
    revision: 4,
  });
  assert.equal(candidacyStep({ ...base, view: { held: undefined, since: 300 }, candidates: [], now: 300 }), {
    kind: 'take',
    how: 'create',
  });
  assert.equal(
    candidacyStep({
      ...base,
      view: { held: undefined, since: 300 },
      candidates: [],
      masterContactAgoMs: 500,
      now: 300,
    }),
    { kind: 'wait', rank: 0, until: 4_300 },
  );
  assert.equal(candidacyStep({ ...base, refusal: 'lags', view: { held: undefined, since: 0 }, now: 9_000 }), {
    kind: 'ineligible',
    reason: 'lags',
  });
});

test('manual promotion: takes a free or own lease; refuses a live holder unless forced', () => {
  const view: LeaseView = { held: { value: value('m'), revision: 9 }, since: 0 };
  assert.match(
    (manualTakeStep({ nodeId: 'r1' }, view, false, 100, t4) as { reason: string }).reason,
    /held by "m" at m:1 .*--force/,
  );
  assert.equal(manualTakeStep({ nodeId: 'r1' }, view, true, 100, t4), { kind: 'take', how: 'update', revision: 9 });
  assert.equal(manualTakeStep({ nodeId: 'r1' }, view, false, 4_000, t4), { kind: 'take', how: 'update', revision: 9 });
  assert.equal(manualTakeStep({ nodeId: 'r1' }, { held: undefined, since: 0 }, false, 0, t4), {
    kind: 'take',
    how: 'create',
  });
});

// ---- The virtual-clock world -------------------------------------------------------------------------------------

/** A KV bucket: values age out `ttlMs` after the server stored them; create / update are atomic. */
class Kv {
  private readonly rows = new Map<string, { value: unknown; revision: number; storedAt: number }>();
  private revision = 0;
  up = true;
  constructor(private readonly ttlMs: number) {}
  private expire(now: number): void {
    for (const [k, r] of this.rows) if (now - r.storedAt >= this.ttlMs) this.rows.delete(k);
  }
  get<T>(k: string, now: number): { value: T; revision: number } | undefined {
    this.expire(now);
    const r = this.rows.get(k);
    return r && { value: r.value as T, revision: r.revision };
  }
  all<T>(prefix: string, now: number): T[] {
    this.expire(now);
    return [...this.rows].filter(([k]) => k.startsWith(prefix)).map(([, r]) => r.value as T);
  }
  set(k: string, value: unknown, now: number): void {
    this.rows.set(k, { value, revision: ++this.revision, storedAt: now });
  }
  put(k: string, value: unknown, now: number, expected?: number): number | undefined {
    this.expire(now);
    const cur = this.rows.get(k);
    if (expected === undefined ? cur !== undefined : cur?.revision !== expected) return undefined;
    this.rows.set(k, { value, revision: ++this.revision, storedAt: now });
    return this.revision;
  }
}

interface SimNode {
  id: string;
  role: 'master' | 'replica';
  epoch: number;
  headSeq: number;
  master: string;
  held?: HeldLease;
  view?: LeaseView;
  lastPoll: number;
  frozen: boolean;
  dead: boolean;
  cut: boolean;
  /** When the master's stream last reached it (replicas). */
  contact?: number;
}

/** The cluster: nodes act every 100 ms of virtual time; `at` runs a fault; the invariant is checked after each tick. */
class World {
  readonly kv: Kv;
  readonly nodes: SimNode[];
  now = 0;
  readonly log: string[] = [];
  constructor(
    ids: string[],
    readonly t = t4,
    latencyMs = 0,
  ) {
    this.kv = new Kv(t.ttlMs);
    this.latency = latencyMs;
    this.nodes = ids.map((id, i) => ({
      id,
      role: i === 0 ? 'master' : 'replica',
      epoch: 1,
      headSeq: 100,
      master: ids[0]!,
      lastPoll: -1e9,
      frozen: false,
      dead: false,
      cut: false,
    }));
  }
  private readonly latency: number;
  node(id: string): SimNode {
    return this.nodes.find((n) => n.id === id)!;
  }
  private reach(n: SimNode): boolean {
    return this.kv.up && !n.cut;
  }
  /** A node that may write now. */
  writers(): string[] {
    return this.nodes
      .filter(
        (n) => !n.frozen && !n.dead && n.role === 'master' && leaseWriteRefusal(n.held, this.now, this.t) === undefined,
      )
      .map((n) => n.id);
  }
  private leaseValue(n: SimNode, master: boolean): LeaseValue {
    return {
      nodeId: n.id,
      address: n.id,
      epoch: n.epoch,
      headSeq: n.headSeq,
      renewedAt: '',
      ttlMs: this.t.ttlMs,
      master,
    };
  }
  private write(n: SimNode, how: { how: 'create' } | { how: 'update'; revision: number }, master: boolean): boolean {
    const sentAt = this.now;
    if (!this.reach(n)) return false;
    const rev = this.kv.put(
      leaseKey('c'),
      this.leaseValue(n, master),
      this.now + this.latency,
      how.how === 'update' ? how.revision : undefined,
    );
    if (rev === undefined) return false;
    n.held = { revision: rev, sentAt };
    return true;
  }
  private read(n: SimNode): void {
    n.view = observeLease(n.view, this.kv.get<LeaseValue>(leaseKey('c'), this.now), this.now);
  }
  private act(n: SimNode): void {
    const master = this.nodes.find((m) => m.id === n.master);
    if (n.role === 'replica' && master && !master.frozen && !master.dead && master.role === 'master')
      n.contact = this.now;
    if (n.role === 'master') {
      if (n.held && this.now - n.held.sentAt >= this.t.renewEveryMs && this.reach(n)) {
        if (!this.write(n, { how: 'update', revision: n.held.revision }, true)) n.held = undefined;
      }
      if (
        leaseWriteRefusal(n.held, this.now, this.t) === undefined ||
        this.now - n.lastPoll < this.t.pollMs ||
        !this.reach(n)
      )
        return;
      n.lastPoll = this.now;
      this.read(n);
      const step = acquireStep({ nodeId: n.id, epoch: n.epoch }, n.view!, this.now, this.t);
      if (step.kind === 'take') this.write(n, step, true);
      else if (step.kind === 'newer') this.demote(n, step.holder);
      return;
    }
    if (this.now - n.lastPoll < this.t.pollMs || !this.reach(n)) return;
    n.lastPoll = this.now;
    this.kv.set(candidateKey('c', n.id), cand(n.id, n.headSeq, n.epoch), this.now);
    this.read(n);
    const step = candidacyStep({
      self: cand(n.id, n.headSeq, n.epoch),
      refusal: undefined,
      knownEpoch: n.epoch,
      currentMaster: n.master,
      view: n.view!,
      candidates: this.kv.all<CandidateValue>('ferry.c.candidate.', this.now),
      masterContactAgoMs: n.contact === undefined ? undefined : this.now - n.contact,
      now: this.now,
      t: this.t,
    });
    if (step.kind === 'follow') {
      n.master = step.address;
      n.epoch = Math.max(n.epoch, step.epoch);
      this.log.push(`${this.now} ${n.id} follows ${step.address}`);
    } else if (step.kind === 'take') {
      const known = Math.max(...this.nodes.filter((o) => !o.dead && !o.frozen).map((o) => o.epoch));
      n.epoch = known + 1;
      if (!this.write(n, step, true)) return;
      n.role = 'master';
      n.master = n.id;
      this.log.push(`${this.now} ${n.id} promoted at epoch ${n.epoch}`);
    }
  }
  private demote(n: SimNode, holder: LeaseValue): void {
    n.role = 'replica';
    n.held = undefined;
    n.master = holder.address;
    n.epoch = holder.epoch;
    this.log.push(`${this.now} ${n.id} follows ${holder.address}`);
  }
  /** Runs up to `untilMs`; each fault runs once, at the first tick at or after its time. */
  run(untilMs: number, faults: Record<number, () => void> = {}): void {
    const pending = new Map(Object.entries(faults).map(([at, f]) => [Number(at), f] as const));
    for (; this.now <= untilMs; this.now += 100) {
      for (const [at, f] of pending)
        if (at <= this.now) {
          pending.delete(at);
          f();
        }
      for (const n of this.nodes) if (!n.frozen && !n.dead) this.act(n);
      const w = this.writers();
      assert.ok(w.length <= 1, `two writers at ${this.now} ms: ${w.join(', ')}`);
    }
  }
  masterAt(ms: number): string | undefined {
    return this.log
      .filter((l) => l.includes('promoted'))
      .filter((l) => Number(l.split(' ')[0]) <= ms)
      .at(-1)
      ?.split(' ')[1];
  }
}

test('world: the master takes the lease at start; when it dies a replica promotes within 2 × ttl and the other follows', () => {
  const w = new World(['m', 'r1', 'r2']);
  w.node('r1').headSeq = 101;
  w.run(5_000);
  assert.equal(w.writers(), ['m']);
  w.run(15_000, {
    5000: () => {
      w.node('m').dead = true;
    },
  });
  const promoted = w.log.find((l) => l.includes('promoted'))!;
  assert.match(promoted, /r1 promoted at epoch 2/);
  assert.ok(Number(promoted.split(' ')[0]) - 5_000 <= 2 * t4.ttlMs, promoted);
  assert.is(w.node('r2').master, 'r1');
  assert.equal(w.writers(), ['r1']);
});

test('world: a master frozen past its lease is replaced and writes nothing when it resumes; it then follows', () => {
  const w = new World(['m', 'r1', 'r2']);
  w.run(20_000, {
    3000: () => {
      w.node('m').frozen = true;
    },
    12000: () => {
      w.node('m').frozen = false;
    },
  });
  assert.equal(w.writers(), [w.masterAt(20_000)!]);
  assert.is.not(w.masterAt(20_000), undefined);
  assert.is(w.node('m').role, 'replica');
});

test('world: NATS cut from the master only: it stops writing before a replica takes over', () => {
  const w = new World(['m', 'r1', 'r2'], t4, 150);
  let stoppedAt = -1;
  w.run(3_000);
  w.node('m').cut = true;
  while (w.now <= 20_000) {
    w.run(w.now);
    if (stoppedAt < 0 && !w.writers().includes('m')) stoppedAt = w.now;
  }
  const took = Number(w.log.find((l) => l.includes('promoted'))!.split(' ')[0]);
  assert.ok(stoppedAt > 0 && stoppedAt < took, `stopped ${stoppedAt}, replaced ${took}`);
  // The master's stream still reached the replicas: they waited a ttl longer for it to take its lease back.
  assert.ok(took - 3_000 >= 2 * t4.ttlMs - t4.renewEveryMs, String(took));
});

test('world: NATS down for everyone: nobody promotes, the master stops writing; when NATS returns the master writes again', () => {
  const w = new World(['m', 'r1', 'r2']);
  w.run(3_000);
  w.run(15_000, {
    3100: () => {
      w.kv.up = false;
    },
  });
  assert.equal(w.writers(), []);
  assert.not.ok(w.log.some((l) => l.includes('promoted')));
  w.run(25_000, {
    15100: () => {
      w.kv.up = true;
    },
  });
  assert.equal(w.writers(), ['m']);
  assert.not.ok(w.log.some((l) => l.includes('promoted')));
});

test('world: two replicas with equal heads race: exactly one (the lower node id) promotes, the other follows it', () => {
  const w = new World(['m', 'r2', 'r1']);
  w.run(20_000, {
    2000: () => {
      w.node('m').dead = true;
    },
  });
  assert.equal(
    w.log.filter((l) => l.includes('promoted')).map((l) => l.split(' ').slice(1).join(' ')),
    ['r1 promoted at epoch 2'],
  );
  assert.is(w.node('r2').master, 'r1');
});

test.run();
