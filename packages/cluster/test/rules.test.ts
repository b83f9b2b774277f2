// Unit tests of the cluster-role rules: the start role (a promoted master is not demoted by an old replica
// command line), confirming mastership (majority of registered replicas, any newer epoch wins), quorum contact, promotion
// preconditions and epoch, whom to follow, and the fork point search.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  contactQuorum,
  followOrder,
  followRefusal,
  streamHello,
  forkPoint,
  joinRefusal,
  judgeContact,
  judgeMastership,
  majorityOf,
  newestMaster,
  promotionEpoch,
  promotionRefusal,
  startRole,
  type PeerView,
} from '../src/index.js';

const peer = (role: string, epoch: number, master = '', headSeq = 0): PeerView => ({ role, epoch, master, headSeq });

test('start role: fresh, unchanged, and explicit switches', () => {
  assert.equal(
    startRole({
      persisted: undefined,
      requested: 'replica',
      explicit: true,
      epoch: 0,
      requestedMaster: 'm:1',
      target: undefined,
    }),
    { role: 'replica', switched: false },
  );
  assert.equal(
    startRole({
      persisted: 'replica',
      requested: 'master',
      explicit: false,
      epoch: 1,
      requestedMaster: '',
      target: undefined,
    }),
    { role: 'replica', switched: false },
  );
  assert.equal(
    startRole({
      persisted: 'fenced',
      requested: 'replica',
      explicit: true,
      epoch: 1,
      requestedMaster: 'm:1',
      target: undefined,
    }),
    { role: 'replica', switched: true },
  );
});

test('start role: a master of epoch 2 restarted as replica of a node that follows it keeps the master role, naming both epochs', () => {
  const d = startRole({
    persisted: 'master',
    requested: 'replica',
    explicit: true,
    epoch: 2,
    requestedMaster: 'old:1',
    target: peer('replica', 2, 'new:2'),
  });
  assert.is(d.role, 'master');
  assert.match(d.warning ?? '', /master of epoch 2 and old:1 is replica \(following new:2\) at epoch 2/);
});

test('start role: a master of a lower epoch, or silence, does not demote; a master of a higher epoch does', () => {
  assert.is(
    startRole({
      persisted: 'master',
      requested: 'replica',
      explicit: true,
      epoch: 2,
      requestedMaster: 'old:1',
      target: peer('master', 1, 'old:1'),
    }).role,
    'master',
  );
  assert.match(
    startRole({
      persisted: 'master',
      requested: 'replica',
      explicit: true,
      epoch: 2,
      requestedMaster: 'old:1',
      target: undefined,
    }).warning ?? '',
    /does not answer/,
  );
  assert.equal(
    startRole({
      persisted: 'master',
      requested: 'replica',
      explicit: true,
      epoch: 2,
      requestedMaster: 'n:1',
      target: peer('master', 3, 'n:1'),
    }),
    { role: 'replica', switched: true },
  );
});

test('mastership: no registered replica confirms at once; a majority confirms; fewer waits', () => {
  assert.equal(judgeMastership({ epoch: 1, registered: [], answers: new Map() }), {
    kind: 'confirmed',
    answered: 0,
    of: 0,
  });
  assert.is(majorityOf(3), 2);
  const three = ['a', 'b', 'c'];
  assert.equal(
    judgeMastership({
      epoch: 1,
      registered: three,
      answers: new Map([
        ['a', peer('replica', 1)],
        ['b', undefined],
      ]),
    }),
    { kind: 'waiting', answered: 1, needed: 2, of: 3 },
  );
  assert.equal(
    judgeMastership({
      epoch: 1,
      registered: three,
      answers: new Map([
        ['a', peer('replica', 1)],
        ['c', peer('replica', 0)],
      ]),
    }),
    { kind: 'confirmed', answered: 2, of: 3 },
  );
  // Confirming again after lost contact: the cluster's quorum (one of two replicas with the master itself).
  const one = new Map([
    ['a', peer('replica', 1)],
    ['b', undefined],
  ]);
  assert.equal(judgeMastership({ epoch: 1, registered: ['a', 'b'], answers: one }), {
    kind: 'waiting',
    answered: 1,
    needed: 2,
    of: 2,
  });
  assert.equal(judgeMastership({ epoch: 1, registered: ['a', 'b'], answers: one, needed: contactQuorum(2) }), {
    kind: 'confirmed',
    answered: 1,
    of: 2,
  });
});

test('mastership: one answer with a higher epoch (registered or not) names the newer master', () => {
  const answers = new Map([
    ['a', peer('replica', 1)],
    ['b', peer('replica', 2, 'r:9')],
    ['x', undefined],
  ]);
  assert.equal(judgeMastership({ epoch: 1, registered: ['a', 'b'], answers }), {
    kind: 'newer',
    epoch: 2,
    from: 'b',
    master: 'r:9',
  });
  assert.equal(
    judgeMastership({
      epoch: 1,
      registered: ['a'],
      answers: new Map([
        ['a', peer('replica', 1)],
        ['p', peer('master', 3)],
      ]),
    }),
    { kind: 'newer', epoch: 3, from: 'p', master: 'p' },
  );
});

test('contact: a master holds once fewer than a cluster majority was heard within the timeout', () => {
  assert.equal([1, 2, 3, 4].map(contactQuorum), [1, 1, 2, 2]);
  const since = 1_000;
  const heard = (entries: [string, number][]) => new Map(entries);
  // Two replicas: one silent is tolerated; both silent past the timeout is lost.
  assert.equal(
    judgeContact({ registered: ['a', 'b'], lastContact: heard([['a', 9_500]]), since, now: 10_000, timeoutMs: 1_000 }),
    { kind: 'in-contact' },
  );
  assert.equal(
    judgeContact({ registered: ['a', 'b'], lastContact: heard([['a', 8_999]]), since, now: 10_000, timeoutMs: 1_000 }),
    { kind: 'lost', reached: 0, needed: 1, of: 2 },
  );
  // The boundary: exactly the timeout still counts.
  assert.equal(
    judgeContact({ registered: ['a'], lastContact: heard([['a', 9_000]]), since, now: 10_000, timeoutMs: 1_000 }),
    { kind: 'in-contact' },
  );
  // Silence counts from the term's start: a master that just confirmed is not held for replicas not yet reconnected.
  assert.equal(
    judgeContact({ registered: ['a'], lastContact: heard([]), since: 9_500, now: 10_000, timeoutMs: 1_000 }),
    { kind: 'in-contact' },
  );
  assert.equal(
    judgeContact({ registered: ['a'], lastContact: heard([['a', 100]]), since: 8_000, now: 10_000, timeoutMs: 1_000 }),
    { kind: 'lost', reached: 0, needed: 1, of: 1 },
  );
  // Three replicas need two.
  assert.equal(
    judgeContact({
      registered: ['a', 'b', 'c'],
      lastContact: heard([['a', 10_000]]),
      since,
      now: 10_000,
      timeoutMs: 1_000,
    }),
    { kind: 'lost', reached: 1, needed: 2, of: 3 },
  );
  // No replica registered, or the rule turned off: never held.
  assert.equal(judgeContact({ registered: [], lastContact: heard([]), since, now: 99_000, timeoutMs: 1_000 }), {
    kind: 'in-contact',
  });
  assert.equal(judgeContact({ registered: ['a'], lastContact: heard([]), since, now: 99_000, timeoutMs: 0 }), {
    kind: 'in-contact',
  });
});

test('promotion: refused on a healthy master, on lag, on a non-replica; forced goes ahead; the epoch is above every answer', () => {
  const base = {
    role: 'replica',
    force: false,
    masterAddress: 'm:1',
    master: undefined,
    lag: 0,
    maxLag: 10,
    peers: [peer('replica', 1)],
  };
  assert.is(promotionRefusal(base), undefined);
  assert.match(promotionRefusal({ ...base, master: peer('master', 1) }) ?? '', /reachable and healthy/);
  assert.match(promotionRefusal({ ...base, lag: 11 }) ?? '', /lags 11 events/);
  assert.is(promotionRefusal({ ...base, lag: 11, force: true }), undefined);
  assert.match(promotionRefusal({ ...base, role: 'master', force: true }) ?? '', /only a replica/);
  assert.is(promotionEpoch(2, [peer('replica', 4), undefined]), 5);
});

test('promotion: without --force a majority of the other known nodes (besides the old master) must answer', () => {
  const base = { role: 'replica', force: false, masterAddress: 'm:1', master: undefined, lag: 0, maxLag: 10 };
  // Two nodes (the old master and this one): nobody else to ask.
  assert.is(promotionRefusal({ ...base, peers: [] }), undefined);
  // Three: the third node must answer; four: one of two; five: two of three.
  assert.match(
    promotionRefusal({ ...base, peers: [undefined] }) ?? '',
    /only 0 of the 1 other nodes of this cluster answered \(1 needed/,
  );
  assert.is(promotionRefusal({ ...base, peers: [undefined, peer('replica', 3)] }), undefined);
  assert.match(
    promotionRefusal({ ...base, peers: [undefined, undefined, peer('replica', 3)] }) ?? '',
    /only 1 of the 3 .*2 needed/,
  );
  assert.is(promotionRefusal({ ...base, peers: [undefined], force: true }), undefined);
});

test('following: refuses a non-master, another cluster, a stale master; newestMaster picks the highest epoch', () => {
  assert.match(followRefusal('m', peer('replica', 3), 'c', 'c', 1) ?? '', /not master/);
  assert.match(followRefusal('m', peer('master', 3), 'c', 'd', 1) ?? '', /cluster "d"/);
  assert.match(followRefusal('m', peer('master', 1), 'c', 'c', 2) ?? '', /stale master \(epoch 1 < 2\)/);
  assert.is(followRefusal('m', peer('master', 2), 'c', 'c', 2), undefined);
  assert.equal(
    newestMaster(
      new Map([
        ['a', peer('master', 2)],
        ['b', peer('master', 3)],
        ['c', peer('replica', 9)],
      ]),
      2,
    ),
    { address: 'b', epoch: 3 },
  );
  assert.is(newestMaster(new Map([['a', peer('master', 1)]]), 2), undefined);
});

test('fork point: the last shared seq, found by binary search', async () => {
  const sameUpTo = (k: number) => async (seq: number) => seq <= k;
  assert.is(await forkPoint(10, 20, sameUpTo(10)), 10);
  assert.is(await forkPoint(10, 20, sameUpTo(6)), 6);
  assert.is(await forkPoint(10, 4, sameUpTo(3)), 3);
  assert.is(await forkPoint(10, 20, sameUpTo(0)), 0);
  assert.is(await forkPoint(0, 20, sameUpTo(0)), 0);
  const asked: number[] = [];
  await forkPoint(1024, 1024, async (s) => {
    asked.push(s);
    return s <= 500;
  });
  assert.ok(asked.length <= 12, `asked ${asked.length} times`);
});

test('follow orders: only a newer epoch takes the master role; an older order is refused; a replica switches', () => {
  const base = { knownEpoch: 2, logEpoch: 2, currentMaster: 'm', orderedMaster: 'n', orderedEpoch: 3 };
  assert.equal(followOrder({ ...base, role: 'master' }), { kind: 'fence-and-follow' });
  assert.match(
    (followOrder({ ...base, role: 'master', orderedEpoch: 2 }) as { reason: string }).reason,
    /master of epoch 2; it follows only a newer epoch/,
  );
  assert.match(
    (followOrder({ ...base, role: 'replica', orderedEpoch: 1 }) as { reason: string }).reason,
    /epoch 1 is older than this node's 2/,
  );
  assert.equal(followOrder({ ...base, role: 'replica' }), { kind: 'follow' });
  assert.equal(followOrder({ ...base, role: 'replica', orderedMaster: 'm' }), { kind: 'already' });
  assert.equal(followOrder({ ...base, role: 'fenced', orderedMaster: 'm' }), { kind: 'follow' });
});

test('join: refused for a master with events of its own, a silent, non-master or foreign target', () => {
  const base = {
    role: 'replica' as const,
    headSeq: 5,
    self: 's',
    cluster: 'c',
    target: 't',
    answer: { ...peer('master', 2), cluster: 'c' },
  };
  assert.is(joinRefusal(base), undefined);
  assert.match(joinRefusal({ ...base, role: 'master' }) ?? '', /5 events of its own/);
  assert.is(joinRefusal({ ...base, role: 'master', headSeq: 0 }), undefined);
  assert.match(joinRefusal({ ...base, answer: undefined }) ?? '', /no Ferry node answers at t/);
  assert.match(
    joinRefusal({ ...base, answer: { ...peer('replica', 2, 'x'), cluster: 'c' } }) ?? '',
    /is replica, not master \(its master is x\)/,
  );
  assert.match(joinRefusal({ ...base, answer: { ...peer('master', 2), cluster: 'd' } }) ?? '', /cluster "d"/);
});

test("a replica's Hello: a newer epoch is a claim to check, never served or obeyed; only a master serves", () => {
  const base = {
    role: 'master' as const,
    knownEpoch: 2,
    logEpoch: 2,
    masterAddress: 'm:1',
    helloEpoch: 2,
    replica: 'r1',
  };
  assert.equal(streamHello(base), { kind: 'serve' });
  const claim = streamHello({ ...base, helloEpoch: 3 });
  assert.is(claim.kind, 'check-claim');
  assert.match((claim as { reason: string }).reason, /replica "r1" claims epoch 3, newer than this master's 2/);
  assert.match(
    (streamHello({ ...base, role: 'replica' }) as { reason: string }).reason,
    /not master \(it is replica\); its master is m:1/,
  );
  assert.is(streamHello({ ...base, role: 'fenced', helloEpoch: 3 }).kind, 'check-claim');
});

test.run();
