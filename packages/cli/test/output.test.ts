// Output shaping: JSON views, event redaction and export lines, tables, audit state-at, diff and timelines.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { FailoverRecord__Output, Host__Output } from '@ferry/contract';
import {
  groupJson,
  hostJson,
  statusJson,
  forcedFailoverJson,
  failoverJson,
  type FailoverJson,
  type HostJson,
} from '../src/views.js';
import {
  REDACTED,
  eventFromProto,
  eventJson,
  exportLine,
  redact,
  summarize,
  type EventJson,
} from '../src/events-view.js';
import { table } from '../src/output.js';
import { lastCommonSeq } from '../src/audit/diff.js';
import { foldUntil, stateJson } from '../src/audit/state-at.js';
import { failoverTimelines } from '../src/audit/timeline.js';
import { verifyFailureMessage } from '../src/commands/audit.js';
import { clusterSummary, statusText, summaryText } from '../src/commands/status.js';
import { hostsTable } from '../src/commands/hosts.js';

test('host JSON uses MiB capitalisation and every documented field', () => {
  const h = hostJson({
    name: 'h1',
    address: 'a',
    port: 22,
    user: 'u',
    type: 'VIRTUALIZATION_TYPE_KVM',
    tags: ['t'],
    state: 'HOST_STATE_UP',
    memTotalMib: 8192,
    memFreeMib: 6144,
    load: 0.5,
  } as Host__Output);
  assert.is(h.type, 'kvm');
  assert.is(h.state, 'up');
  assert.is(h.memTotalMiB, 8192);
  assert.is(h.memFreeMiB, 6144);
  assert.equal(Object.keys(h), [
    'name',
    'address',
    'port',
    'user',
    'type',
    'state',
    'tags',
    'hostGroups',
    'hostKeyFingerprint',
    'credentialsRef',
    'fenceMethod',
    'fenceCommand',
    'powerStatusCommand',
    'memTotalMiB',
    'memFreeMiB',
    'load',
    'lastProbeMs',
    'lastProbeAt',
    'lastError',
    'stateSince',
    'maintenance',
  ]);
});

test('status summary: hosts by state naming those not up, groups, failovers in progress', () => {
  const h = (name: string, state: string) => ({ name, state }) as HostJson;
  const move = (id: string, system: string, outcome: string) => ({ id, system, from: 'h2', outcome }) as FailoverJson;
  const s = clusterSummary([h('h1', 'up'), h('h2', 'down'), h('h3', 'up')], 2, [
    move('f1', 'web1', 'in-progress'),
    move('f1', 'web2', 'in-progress'),
    move('f0', 'db', 'succeeded'),
  ]);
  assert.equal(s, {
    hosts: { up: 2, down: 1 },
    hostsNotUp: [{ name: 'h2', state: 'down' }],
    groups: 2,
    failoversInProgress: [{ id: 'f1', from: 'h2', systems: 2 }],
  });
  const text = summaryText(s);
  assert.match(text, /^hosts:\s+3 \(1 down, 2 up\); not up: h2 down$/m);
  assert.match(text, /^failovers:\s+in progress: f1 off h2, 2 system\(s\)$/m);
  assert.match(summaryText(clusterSummary([], 0, [])), /^failovers:\s+none in progress$/m);
});

test('a host that is not up shows no free memory or load: they are from its last answer', () => {
  const down = hostJson({
    name: 'h1',
    address: 'a',
    port: 22,
    user: 'u',
    type: 'VIRTUALIZATION_TYPE_KVM',
    tags: [],
    state: 'HOST_STATE_DOWN',
    memTotalMib: 8192,
    memFreeMib: 6144,
    load: 0.5,
    lastProbeTime: { seconds: 1796353200, nanos: 0 },
    lastProbeDuration: { seconds: 0, nanos: 12_345_000 },
    downSince: { seconds: 1796353201, nanos: 250_000_000 },
  } as unknown as Host__Output);
  assert.not.ok('memFreeMiB' in down);
  assert.not.ok('load' in down);
  assert.is(down.state, 'down');
  assert.is(down.lastProbeAt, '2026-12-04T03:00:00.000Z', 'Timestamps print as ISO 8601 as before');
  assert.is(down.downSince, '2026-12-04T03:00:01.250Z');
  assert.is(down.lastProbeMs, 12.345, 'the probe Duration prints as ms as before');
  const row = hostsTable([down]).split('\n')[1]!;
  assert.not.match(row, /6144/);
  assert.match(row, /down\s+-\s+-\s+-\s+untrusted$/, 'tags, memory and load are all -');
});

test('status, group and failover JSON shapes', () => {
  const st = statusJson({
    nodeId: 'n',
    cluster: 'c',
    role: 'master',
    epoch: 2,
    headSeq: 5,
    headHash: 'h',
    master: 'm',
    replicas: [
      { address: 'r:1', nodeId: 'r', connected: true, ackedSeq: 5, lagEvents: 0, lagMs: 1.5, lastContact: 't' },
    ],
    quarantined: 0,
    connected: false,
    lagEvents: 0,
    lagMs: 0,
    address: 'a',
    storage: 'ok',
    mail: 'ok',
    writes: '',
    lease: null,
  });
  assert.is(st.replicas[0]!.connected, true);
  assert.is(st.lease.state, 'off');
  assert.is(st.epoch, 2);
  const g = groupJson({
    spec: {
      name: 'g',
      type: 'kvm',
      description: '',
      mode: 'manual',
      hosts: ['h1'],
      location: '',
      hostGroup: '',
      systems: [],
      timeoutSec: 60,
      notifyOwners: true,
      placement: 'first-fit',
      parallelism: 2,
      fence: 'command',
      brakeMaxDownShare: 0.5,
      brakeWindowSec: 30,
      epochFile: '/shared/.ferry-epoch',
      failback: true,
      failbackAfterSec: 120,
    },
    members: ['h1'],
    version: 1,
  });
  assert.equal(g, {
    name: 'g',
    type: 'kvm',
    description: '',
    mode: 'manual',
    hosts: ['h1'],
    members: ['h1'],
    location: '',
    hostGroup: '',
    systems: [],
    timeout: 60,
    notifyOwners: true,
    placement: 'first-fit',
    parallelism: 2,
    fence: 'command',
    brakeShare: 0.5,
    brakeWindow: 30,
    epochFile: '/shared/.ferry-epoch',
    failback: true,
    failbackAfter: 120,
  });
  const t = (iso: string) => ({ seconds: Date.parse(iso) / 1000, nanos: 0 });
  const rec: FailoverRecord__Output = {
    id: 'f1',
    system: 's',
    from: 'a',
    to: 'b',
    outcome: 'FAILOVER_OUTCOME_SUCCEEDED',
    reason: '',
    started: true,
    startTime: t('2026-12-04T03:00:00Z'),
    finishTime: t('2026-12-04T03:01:00Z'),
    failoverTime: null,
  };
  assert.equal(Object.keys(forcedFailoverJson(rec)), [
    'id',
    'system',
    'from',
    'to',
    'outcome',
    'reason',
    'started',
    'at',
  ]);
  assert.is(forcedFailoverJson(rec).id, 'f1');
  assert.equal(failoverJson(rec), {
    id: 'f1',
    system: 's',
    from: 'a',
    to: 'b',
    outcome: 'succeeded',
    reason: '',
    started: true,
    at: '2026-12-04T03:00:00.000Z',
    finishedAt: '2026-12-04T03:01:00.000Z',
  });
  const pending = failoverJson({
    ...rec,
    outcome: 'FAILOVER_OUTCOME_IN_PROGRESS',
    failoverTime: t('2026-12-04T03:02:00Z'),
  });
  assert.is(pending.outcome, 'in-progress');
  assert.is(pending.failoverAt, '2026-12-04T03:02:00.000Z');
});

test('status text: a master does not show the fields of following a master, a replica does', () => {
  const base = {
    nodeId: 'n',
    cluster: 'c',
    epoch: 2,
    headSeq: 5,
    headHash: 'h',
    master: 'm:1',
    replicas: [],
    quarantined: 0,
    connected: false,
    lagEvents: 0,
    lagMs: 0,
    address: 'a:1',
    storage: 'ok',
    mail: 'ok',
    writes: '',
    lease: null,
  };
  const master = statusText(statusJson({ ...base, role: 'master' }));
  assert.match(master, /^role:\s+master$/m);
  for (const field of ['connected', 'lagEvents', 'lagMs']) assert.not.match(master, new RegExp(`^${field}:`, 'm'));
  assert.match(master, /^storage:\s+ok$/m);
  assert.match(master, /^mail:\s+ok$/m);
  assert.match(master, /^writes:\s+ok$/m);
  const held = statusText(
    statusJson({
      ...base,
      role: 'master',
      writes: 'this master heard from 0 of its 1 registered replicas within 10 s',
    }),
  );
  assert.match(held, /^writes:\s+this master heard from 0 of its 1 registered replicas/m);
  const replica = statusText(statusJson({ ...base, role: 'replica', connected: true, lagEvents: 3, lagMs: 420 }));
  assert.match(replica, /^connected:\s+yes$/m);
  assert.match(replica, /^lagEvents:\s+3$/m);
  assert.match(replica, /^lagMs:\s+420$/m);
  assert.match(master, /^lease:\s+off \(ferryd --auto-promote not set\)$/m);
  const lease = {
    state: 'held',
    holder: 'r1',
    holderAddress: 'r1:1',
    epoch: 3,
    expiresAt: 'E',
    renewedAt: 'R',
    renewals: 7,
    renewFailures: 1,
    ttlS: 4,
    detail: '',
  };
  assert.match(
    statusText(statusJson({ ...base, role: 'master', lease })),
    /^lease:\s+held by r1 \(r1:1, epoch 3\), expires E, renewed R; ttl 4 s; renewals 7, failed 1$/m,
  );
});

test('events: flat shape from the proto oneof; secrets redacted in exports only', () => {
  const stored = Buffer.from('{"seq":5}');
  const e = eventFromProto({
    seq: 5,
    epoch: 1,
    time: 't',
    aggregate: 'settings',
    version: 2,
    type: 'SettingChanged',
    actor: 'admin',
    correlation: '',
    prevHash: 'p',
    hash: 'h',
    data: stored,
    body: 'settingChanged',
    settingChanged: { key: 'smtp-url', value: 'smtp://u:***@h:25', sealed: 'CIPHER' },
  });
  assert.equal(Object.keys(e), [
    'seq',
    'epoch',
    'time',
    'aggregate',
    'version',
    'type',
    'actor',
    'correlation',
    'hash',
    'prevHash',
    'body',
    'data',
  ]);
  assert.is(e.body.sealed, 'CIPHER');
  assert.is(e.data, stored.toString('base64'));
  const line = JSON.parse(exportLine(e)) as Record<string, unknown>;
  assert.equal(Object.keys(line), [
    'seq',
    'epoch',
    'time',
    'aggregate',
    'version',
    'type',
    'actor',
    'correlation',
    'prevHash',
    'hash',
    'body',
    'data',
  ]);
  assert.is(line.data, stored.toString('base64'));
  assert.is((line.body as Record<string, unknown>).sealed, REDACTED);
  assert.equal(redact({ spec: { sealedKey: 'K', name: 'h' }, list: [{ tokenHash: 'x' }], empty: { sealed: '' } }), {
    spec: { sealedKey: REDACTED, name: 'h' },
    list: [{ tokenHash: REDACTED }],
    empty: { sealed: '' },
  });
  assert.match(summarize(e), /smtp-url = /);
});

test('events: the markers proto-loader adds for proto3 optional fields are not part of a body', () => {
  const e = eventFromProto({
    seq: 1,
    epoch: 1,
    time: 't',
    aggregate: 'group/g1',
    version: 1,
    type: 'GroupCreated',
    prevHash: 'p',
    hash: 'h',
    body: 'groupCreated',
    groupCreated: { spec: { name: 'g1', timeoutSec: 90, _timeoutSec: 'timeoutSec', hosts: [{ _x: 'x', y: 1 }] } },
  });
  assert.equal(e.body, { spec: { name: 'g1', timeoutSec: 90, hosts: [{ y: 1 }] } });
});

test('table aligns columns', () => {
  assert.is(
    table(
      ['A', 'BB'],
      [
        ['xxx', 1],
        ['y', true],
      ],
    ),
    'A    BB\nxxx  1\ny    yes',
  );
});

test('lastCommonSeq finds the fork point by binary search', async () => {
  const a = ['0', 'a1', 'a2', 'a3', 'a4', 'a5'];
  const b = ['0', 'a1', 'a2', 'a3', 'b4', 'b5', 'b6'];
  assert.is(
    await lastCommonSeq(
      5,
      async (s) => a[s],
      async (s) => b[s],
    ),
    3,
  );
  assert.is(
    await lastCommonSeq(
      5,
      async (s) => a[s],
      async (s) => a[s],
    ),
    5,
  );
  assert.is(
    await lastCommonSeq(
      3,
      async (s) => (s === 0 ? '0' : `x${s}`),
      async (s) => (s === 0 ? '0' : `y${s}`),
    ),
    0,
  );
});

const ev = (seq: number, time: string, aggregate: string, type: string, body: Record<string, unknown>): EventJson =>
  eventJson({
    seq,
    epoch: 1,
    time,
    aggregate,
    version: 1,
    type,
    hash: `h${seq}`,
    prevHash: `h${seq - 1}`,
    body,
    data: new Uint8Array(),
  });

const hostSpec = (name: string) => ({
  name,
  address: '127.0.0.1',
  port: 22,
  user: 'root',
  type: 'kvm',
  tags: [],
  credentialsRef: '',
  sealedKey: '',
  fenceMethod: 'command',
  fenceCommand: '',
  powerStatusCommand: '',
  hostGroups: [],
});

async function* chunks(list: EventJson[]): AsyncIterable<EventJson[]> {
  for (let i = 0; i < list.length; i += 2) yield list.slice(i, i + 2);
}

test('state-at folds events up to a seq or a time with the model reducers', async () => {
  const events = [
    ev(1, '2024-01-01T00:00:01Z', 'host/h1', 'HostRegistered', { spec: hostSpec('h1') }),
    ev(2, '2024-01-01T00:00:02Z', 'host/h2', 'HostRegistered', { spec: hostSpec('h2') }),
    ev(3, '2024-01-01T00:00:03Z', 'settings', 'SettingChanged', {
      key: 'admin-email',
      value: 'ops@x.test',
      sealed: '',
    }),
    ev(4, '2024-01-01T00:00:04Z', 'owner/alice', 'OwnerCreated', { name: 'alice', email: 'a@x.test', description: '' }),
  ];
  const one = await foldUntil(chunks(events), { seq: 1 });
  const s1 = stateJson(one.state, one.seq, one.time);
  assert.equal(
    s1.hosts.map((h) => h.name),
    ['h1'],
  );
  assert.is(s1.seq, 1);
  const byTime = await foldUntil(chunks(events), { time: '2024-01-01T00:00:03.500Z' });
  const s3 = stateJson(byTime.state, byTime.seq, byTime.time);
  assert.is(s3.seq, 3);
  assert.equal(
    s3.hosts.map((h) => h.name),
    ['h1', 'h2'],
  );
  assert.equal(s3.settings, [{ key: 'admin-email', value: 'ops@x.test' }]);
  assert.equal(s3.owners, []);
  assert.equal(Object.keys(s3), ['seq', 'time', 'hosts', 'systems', 'groups', 'settings', 'owners', 'failovers']);
});

test('failover timelines with detection and durations', () => {
  const events = [
    ev(10, '2024-01-01T00:00:00.000Z', 'host/h1', 'HostStateChanged', {
      from: 'up',
      to: 'down',
      reason: '2 failed probes',
    }),
    ev(11, '2024-01-01T00:00:00.500Z', 'failover/f1', 'FailoverStarted', {
      id: 'f1',
      host: 'h1',
      group: 'g1',
      reason: 'host-down',
      epoch: 1,
    }),
    ev(12, '2024-01-01T00:00:00.600Z', 'failover/f1', 'FailoverPlanned', { id: 'f1', moves: [], refusals: [] }),
    ev(13, '2024-01-01T00:00:01.500Z', 'failover/f1', 'HostFenced', {
      id: 'f1',
      host: 'h1',
      method: 'command',
      confirmed: true,
    }),
    ev(14, '2024-01-01T00:00:02.000Z', 'failover/f1', 'SystemMoved', {
      id: 'f1',
      system: 's1',
      from: 'h1',
      to: 'h2',
      started: true,
    }),
    ev(15, '2024-01-01T00:00:02.100Z', 'failover/f1', 'FailoverMoveFailed', {
      id: 'f1',
      system: 's2',
      from: 'h1',
      to: '',
      code: 'not-enough-ram',
      message: 'needs 4096 MiB',
    }),
    ev(16, '2024-01-01T00:00:02.500Z', 'failover/f1', 'FailoverCompleted', { id: 'f1', outcome: 'partial' }),
  ];
  const [f] = failoverTimelines(events);
  assert.ok(f);
  assert.is(f.id, 'f1');
  assert.is(f.outcome, 'partial');
  assert.equal(f.durations, {
    detectToStartMs: 500,
    startToPlanMs: 100,
    startToFenceMs: 1000,
    startToFinishMs: 2000,
    detectToFinishMs: 2500,
  });
  assert.equal(
    f.moves.map((m) => [m.system, m.outcome, m.started]),
    [
      ['s1', 'succeeded', true],
      ['s2', 'failed', false],
    ],
  );
  assert.is(f.timeline[0]!.type, 'HostStateChanged');
  assert.is(f.timeline[0]!.sinceStartMs, -500);
  assert.is(failoverTimelines(events, '2024-01-02T00:00:00Z').length, 0);
});

test('verify failure message names seq, aggregate and type', () => {
  const m = verifyFailureMessage({
    ok: false,
    checked: 41,
    badSeq: 42,
    badAggregate: 'host/h1',
    badType: 'HostRegistered',
    reason: 'hash mismatch',
    quarantined: 0,
  });
  assert.match(m, /42/);
  assert.match(m, /host\/h1/);
  assert.match(m, /HostRegistered/);
});

test.run();
