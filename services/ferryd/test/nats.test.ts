// NATS fan-out against a real nats-server (with JetStream file storage, so nothing is lost to subscription timing)
// and real ferryd processes: every committed event once and in seq order on ferry.<cluster>.events.<Type>,
// completeness across a NATS restart and a ferryd restart (resumed, not restarted), and the announcement path
// (a replica follows the master announced with the highest epoch).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { call } from '@ferry/api';
import { BusClient } from '@ferry/bus';
import {
  cleanupDirs,
  createOwner,
  Ferryd,
  FERRYD,
  freePort,
  NatsServer,
  status,
  tempDir,
  waitFor,
} from './nats-metrics-support.js';

const CLUSTER = 't-nats';
let nats: NatsServer;
let bus: BusClient;
let master: Ferryd | undefined;
const others: Ferryd[] = [];
let masterData = '';
let masterListen = '';
const live: { subject: string; seq: number; event: Record<string, unknown> }[] = [];
const announcements: Record<string, unknown>[] = [];

type Jsm = Awaited<ReturnType<NonNullable<BusClient['connection']>['jetstreamManager']>>;

async function jsm(): Promise<Jsm> {
  return (await bus.whenConnected()).jetstreamManager();
}

/** Every event seq stored in the JetStream stream, in arrival order. */
async function storedSeqs(): Promise<number[]> {
  const m = await jsm();
  const info = await m.streams.info('FERRY');
  const out: number[] = [];
  for (let i = info.state.first_seq; i <= info.state.last_seq; i++) {
    const msg = await m.streams.getMessage('FERRY', { seq: i });
    out.push(Number((msg.json() as { seq: number }).seq));
  }
  return out;
}

const dedupe = (xs: number[]): number[] => [...new Set(xs)];
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

test.before(async () => {
  // A missing build fails the file (it used to pass every test without running one).
  for (const f of [FERRYD]) if (!existsSync(f)) throw new Error(`${f} is missing: run \`pnpm build\` first`);
  nats = new NatsServer(await freePort(), ['-js', '-sd', tempDir('nats-store')]);
  await nats.start();
  bus = BusClient.start({ servers: nats.url, retryMs: 50 });
  const nc = await bus.whenConnected();
  await (await jsm()).streams.add({
    name: 'FERRY',
    subjects: [`ferry.${CLUSTER}.events.>`],
    storage: 'file',
  } as Parameters<Jsm['streams']['add']>[0]);
  const sub = nc.subscribe(`ferry.${CLUSTER}.events.>`);
  void (async () => {
    for await (const m of sub) {
      const event = m.json<Record<string, unknown>>();
      live.push({ subject: m.subject, seq: Number(event.seq), event });
    }
  })();
  const ann = nc.subscribe(`ferry.${CLUSTER}.cluster`);
  void (async () => {
    for await (const m of ann) announcements.push(m.json<Record<string, unknown>>());
  })();
  masterData = join(tempDir('nats-master'), 'data');
  masterListen = `127.0.0.1:${await freePort()}`;
  master = await Ferryd.start([
    '--listen',
    masterListen,
    '--data',
    masterData,
    '--node-id',
    'a',
    '--cluster',
    CLUSTER,
    '--nats',
    nats.url,
  ]);
});

test.after(async () => {
  for (const d of [master, ...others]) await d?.stop();
  await bus?.stop();
  await nats?.stop();
  cleanupDirs();
});

test('every committed event is published once, in seq order, on ferry.<cluster>.events.<Type>', async () => {
  const c = master!.client();
  await Promise.all(range(30).map((i) => createOwner(c, `p${i}`)));
  for (let i = 0; i < 10; i++) await createOwner(c, `s${i}`);
  const head = (await status(c)).headSeq;
  assert.ok(head >= 40, `head ${head}`);
  await waitFor('every event on NATS', () => live.length >= head);
  assert.equal(
    live.map((e) => e.seq),
    range(head),
    'exactly 1..head, in order, no duplicates',
  );
  for (const { subject, event } of live) {
    assert.is(subject, `ferry.${CLUSTER}.events.${String(event.type)}`);
    for (const k of [
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
    ])
      assert.ok(k in event, `field ${k}`);
  }
  const owner = live.find((e) => e.event.type === 'OwnerCreated');
  assert.ok(owner, 'OwnerCreated published');
  assert.is(owner.event.epoch, 1);
  // The chain links up: each prevHash is the previous event's hash.
  for (let i = 1; i < live.length; i++) assert.is(live[i]!.event.prevHash, live[i - 1]!.event.hash);
});

test('writes go on while NATS is down; everything is published after it returns', async () => {
  const c = master!.client();
  await nats.stop();
  const started = Date.now();
  for (let i = 0; i < 20; i++) await createOwner(c, `down${i}`);
  assert.ok(Date.now() - started < 10_000, 'writes are not blocked by NATS being down');
  const head = (await status(c)).headSeq;
  await nats.start();
  await waitFor('catch-up after the NATS restart', async () => dedupe(await storedSeqs()).length >= head, 20_000);
  const seqs = await storedSeqs();
  assert.equal(dedupe(seqs), range(head), 'complete and in seq order (after de-duplication by seq)');
});

test('a restarted ferryd resumes publishing from the last acknowledged seq', async () => {
  await master!.stop();
  master = await Ferryd.start([
    '--listen',
    masterListen,
    '--data',
    masterData,
    '--node-id',
    'a',
    '--cluster',
    CLUSTER,
    '--nats',
    nats.url,
  ]);
  const c = master.client();
  for (let i = 0; i < 5; i++) await createOwner(c, `again${i}`);
  const head = (await status(c)).headSeq;
  await waitFor('events after the ferryd restart', async () => dedupe(await storedSeqs()).length >= head, 15_000);
  const seqs = await storedSeqs();
  assert.equal(dedupe(seqs), range(head));
  assert.is(seqs.filter((s) => s === 1).length, 1, 'the log is not republished from the start');
});

test('the master announces itself; a replica follows the master announced with the highest epoch', async () => {
  await waitFor('an announcement of the master', () =>
    announcements.find((a) => a.nodeId === 'a' && a.address === masterListen && a.epoch === 1),
  );
  const replica = async (id: string): Promise<Ferryd> => {
    const listen = `127.0.0.1:${await freePort()}`;
    const d = await Ferryd.start([
      '--listen',
      listen,
      '--data',
      join(tempDir(`nats-${id}`), 'data'),
      '--node-id',
      id,
      '--cluster',
      CLUSTER,
      '--role',
      'replica',
      '--master',
      masterListen,
      '--nats',
      nats.url,
    ]);
    others.push(d);
    return d;
  };
  const b = await replica('b');
  const r = await replica('c');
  const head = (await status(master!.client())).headSeq;
  for (const d of [b, r])
    await waitFor(`replica ${d.addr} caught up`, async () => (await status(d.client())).headSeq >= head);
  // The old master goes away; b is promoted. Nobody tells c over gRPC (c is not a listed replica): only NATS does.
  await master!.stop();
  const bc = b.client();
  await call(bc, bc.PromoteReplica, { force: true }, { timeoutMs: 20_000 });
  await waitFor('b announced at epoch 2', () =>
    announcements.find((a) => a.nodeId === 'b' && a.epoch === 2 && a.address === b.addr),
  );
  const rc = r.client();
  await waitFor('c follows b', async () => (await status(rc)).master === b.addr, 20_000);
  await createOwner(bc, 'after-promotion');
  const bHead = (await status(bc)).headSeq;
  await waitFor('c replicates from b', async () => (await status(rc)).headSeq >= bHead, 15_000);
  assert.is((await status(rc)).role, 'replica');
  assert.match(r.output, 'following the master announced on NATS');
});

test.run();
