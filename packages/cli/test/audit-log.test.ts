// Every audit command, run as the real CLI offline (--data) on real LevelDB logs that hold a failover, a
// promotion (epoch 2) and, on a rejoined old master, a quarantined divergent tail.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventLog, type EventInput } from '@ferry/log';
import { createProjection } from '@ferry/model';

const CLI = new URL('../src/main.js', import.meta.url).pathname;
const SECRET_SEALED = 'c2VhbGVkLXNlY3JldC1ibG9i';
let dir = '';

function ferry(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
const json = async (...args: string[]) => {
  const r = await ferry(...args, '--json');
  assert.is(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout);
};
const open = (name: string) => EventLog.open({ path: join(dir, name, 'db'), projection: createProjection() });
const host = (name: string): EventInput => ({
  aggregate: `host/${name}`,
  type: 'HostRegistered',
  body: {
    spec: {
      name,
      address: '127.0.0.1',
      port: 22,
      user: 'root',
      type: 'kvm',
      tags: [],
      credentialsRef: 'sealed:',
      sealedKey: SECRET_SEALED,
    },
  },
});
const fo = (type: string, body: Record<string, unknown>): EventInput => ({
  aggregate: 'failover/fo-1',
  type,
  body: { id: 'fo-1', ...body },
});

let seqAfterH1 = 0;
let common = 0;

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ferry-audit-'));
  const a = await open('a');
  await a.append([host('h1')]);
  seqAfterH1 = a.head().seq;
  await a.append([host('h2'), host('h3')]);
  await a.append([
    {
      aggregate: 'settings',
      type: 'SettingChanged',
      body: { key: 'smtp-url', value: 'smtp://u:***@127.0.0.1:25', sealed: SECRET_SEALED },
    },
  ]);
  await a.append([
    {
      aggregate: 'system/web1',
      type: 'SystemDiscovered',
      body: { host: 'h1', state: 'running', memoryMib: 1024, definitionHash: 'ab' },
    },
  ]);
  await a.append([
    { aggregate: 'host/h1', type: 'HostStateChanged', body: { from: 'up', to: 'down', reason: '2 failed probes' } },
  ]);
  await a.append([fo('FailoverStarted', { host: 'h1', group: 'g1', reason: 'automatic', detail: '' })]);
  await a.append([
    fo('FailoverPlanned', {
      moves: [{ system: 'web1', from: 'h1', to: 'h2', start: true, memoryMiB: 1024 }],
      refusals: [],
      excluded: [],
    }),
  ]);
  await a.append([fo('HostFenced', { host: 'h1', method: 'command', confirmed: true, attempts: 1, detail: 'off' })]);
  await a.append([
    fo('SystemMoved', { system: 'web1', from: 'h1', to: 'h2', started: true }),
    {
      aggregate: 'system/web1',
      type: 'SystemChanged',
      body: { host: 'h2', state: 'running', memoryMib: 1024, definitionHash: 'ab' },
    },
  ]);
  await a.append([fo('FailoverCompleted', { outcome: 'succeeded', moved: 1, failed: 0, detail: '' })]);
  common = a.head().seq;
  await a.close();

  // The old master "b" writes once more on its own; "a" is promoted to epoch 2 and goes on.
  await cp(join(dir, 'a'), join(dir, 'b'), { recursive: true });
  const b = await open('b');
  await b.append([host('diverged')]);
  await b.close();
  await cp(join(dir, 'b'), join(dir, 'b-before-rejoin'), { recursive: true });
  const a2 = await open('a');
  await a2.beginEpoch(2);
  await a2.append([
    {
      aggregate: 'cluster',
      type: 'MasterPromoted',
      body: { epoch: 2, nodeId: 'a', previousMaster: 'b:1', lastSeqFromPrevious: common, address: 'a:1' },
    },
  ]);
  await a2.append([host('after-promotion')]);
  const tail = await a2.readRaw(common + 1, 100);
  await a2.close();

  // "b" rejoins: its divergent tail goes to quarantine, then it stores the new master's events.
  const b2 = await open('b');
  assert.is(await b2.quarantineFrom(common + 1), 1);
  await b2.appendReplicated(tail);
  await b2.close();
});

test.after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('audit verify: the chain, epochs and quarantine verify on both copies', async () => {
  const a = await json('audit', 'verify', '--data', join(dir, 'a'));
  assert.equal([a.ok, a.checked, a.quarantined], [true, common + 2, 0]);
  const b = await json('audit', 'verify', '--data', join(dir, 'b'));
  assert.equal([b.ok, b.checked, b.quarantined], [true, common + 2, 1]);
});

test('audit history: only that aggregate, in seq order', async () => {
  const h = await json('audit', 'history', 'host/h1', '--data', join(dir, 'a'));
  assert.equal(
    h.map((e: { type: string }) => e.type),
    ['HostRegistered', 'HostStateChanged'],
  );
  assert.ok(h.every((e: { aggregate: string }) => e.aggregate === 'host/h1'));
});

test('audit state-at: the past rebuilt, before and after the failover', async () => {
  const early = await json('audit', 'state-at', '--seq', String(seqAfterH1), '--data', join(dir, 'a'));
  assert.equal(
    early.hosts.map((h: { name: string }) => h.name),
    ['h1'],
  );
  assert.equal(early.systems, []);
  const late = await json('audit', 'state-at', '--seq', String(common), '--data', join(dir, 'a'));
  assert.equal(
    late.systems.map((s: { name: string; host: string }) => [s.name, s.host]),
    [['web1', 'h2']],
  );
  assert.equal(
    late.hosts.map((h: { name: string }) => h.name),
    ['h1', 'h2', 'h3'],
  );
});

test('audit export: one line per event, stable fields, sealed secrets redacted', async () => {
  const r = await ferry('audit', 'export', '--data', join(dir, 'a'));
  assert.is(r.code, 0, r.stderr);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.is(lines.length, common + 2);
  assert.equal(
    lines.map((e: { seq: number }) => e.seq),
    Array.from({ length: common + 2 }, (_, i) => i + 1),
  );
  for (const key of ['seq', 'epoch', 'type', 'aggregate', 'body', 'hash', 'prevHash']) assert.ok(key in lines[0], key);
  assert.is(lines.at(-1).epoch, 2);
  assert.not.match(r.stdout, SECRET_SEALED);
});

test('audit diff: the last common seq and what each copy holds beyond it', async () => {
  const r = await ferry('audit', 'diff', join(dir, 'a'), join(dir, 'b-before-rejoin'), '--json');
  assert.is(r.code, 1, 'copies that differ exit 1');
  assert.match(r.stderr, new RegExp(`differ after seq ${common}\\b`));
  const d = JSON.parse(r.stdout);
  assert.is(d.identical, false);
  assert.is(d.commonSeq, common);
  const same = await json('audit', 'diff', join(dir, 'a'), join(dir, 'b'));
  assert.is(same.identical, true);
});

test('audit failovers: the failover with its timeline and durations', async () => {
  const list = await json('audit', 'failovers', '--data', join(dir, 'a'));
  assert.is(list.length, 1);
  const f = list[0];
  assert.equal([f.id, f.host, f.outcome], ['fo-1', 'h1', 'succeeded']);
  assert.equal(
    f.moves.map((m: { system: string; to: string; outcome: string }) => [m.system, m.to, m.outcome]),
    [['web1', 'h2', 'succeeded']],
  );
  assert.ok(f.fencedAt && f.finishedAt);
  assert.type(f.durations.startToFinishMs, 'number');
});

test.run();
