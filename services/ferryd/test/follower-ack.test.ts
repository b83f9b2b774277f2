// The replica's acknowledgement follows its durable write: the follower, fed batches by a scripted master stream,
// writes `ack { seq }` only after the log's replicated append of that seq has resolved (which happens once the
// batch is synced, see packages/log's power-loss test), never on receipt; a heartbeat is answered with the durable
// head. Before streaming, a stale master (an epoch below the replica's) is refused, and a divergent tail is moved to
// the quarantine from the first seq whose hash differs. The replica's log is a real LevelDB; the master side is a
// double of the gRPC client (Describe, GetHashes, Stream), shaped as @grpc/grpc-js calls it, because what is under
// test is the follower's own order of steps.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import pino from 'pino';
import { EventLog, type RawRecord } from '@ferry/log';
import type { FerryNode } from '../src/node.js';
import type { Peers } from '../src/replication/peers.js';
import { KeyRequests } from '../src/replication/peer-trust.js';
import { Follower } from '../src/replication/follower.js';

/** The replica's end of a Stream call: what the follower writes is recorded in `trace`. */
class FakeStream extends EventEmitter {
  constructor(private readonly trace: string[]) {
    super();
  }
  write(msg: { hello?: unknown; ack?: { seq: number } }): boolean {
    this.trace.push(msg.ack ? `ack ${msg.ack.seq}` : 'hello');
    this.emit('written');
    return true;
  }
  cancel(): void {
    this.emit('error', Object.assign(new Error('1 CANCELLED: Cancelled on client'), { code: 1 }));
  }
  pause(): void {}
  resume(): void {}
}

async function until(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

test('acks are written only after the replicated append of their seq resolved; a heartbeat gets the durable head', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-follower-'));
  const src = await EventLog.open({ path: join(dir, 'master') });
  const rep = await EventLog.open({ path: join(dir, 'replica') });
  const trace: string[] = [];
  let follower: Follower | undefined;
  try {
    for (let i = 0; i < 6; i++)
      await src.append(
        Array.from({ length: 5 }, (_, j) => ({ aggregate: `host/h${j}`, type: 'Noted', body: { i, j } })),
      );
    const appendReplicated = rep.appendReplicated.bind(rep);
    rep.appendReplicated = async (records: readonly RawRecord[]) => {
      const events = await appendReplicated(records);
      trace.push(`durable ${events.at(-1)!.seq}`);
      return events;
    };
    const stream = new FakeStream(trace);
    const client = {
      Describe: (_req: unknown, _md: unknown, _opts: unknown, cb: (err: null, res: unknown) => void) =>
        cb(null, {
          node: {
            nodeId: 'm',
            role: 'master',
            epoch: 1,
            headSeq: src.head().seq,
            headHash: src.head().hash,
            cluster: 'c',
            master: '',
            connected: false,
          },
        }),
      Stream: () => stream,
    };
    const peers = { client: () => client, describe: async () => undefined } as unknown as Peers;
    const node = {
      log: rep,
      masterAddress: 'm:1',
      hasSecrets: true,
      secrets: { id: 'key' },
      logger: pino({ level: 'silent' }),
      config: { nodeId: 'r1', cluster: 'c', advertise: 'r1:1', clusterKeyFile: '', data: dir },
      state: { cluster: { replicas: [], promotions: [] } },
    } as unknown as FerryNode;
    follower = Follower.start(node, peers, new KeyRequests());
    await until('hello', () => trace.includes('hello'));
    // Three batches at once (the follower coalesces and pipelines them), then two more.
    for (const from of [1, 6, 11]) stream.emit('data', { batch: { events: await src.readRaw(from, 5), headSeq: 30 } });
    await until('ack 15', () => trace.includes('ack 15'));
    for (const from of [16, 21]) stream.emit('data', { batch: { events: await src.readRaw(from, 5), headSeq: 30 } });
    await until('ack 25', () => trace.includes('ack 25'));
    stream.emit('data', { heartbeat: { headSeq: 30, epoch: 1 } });
    await until(
      'heartbeat ack',
      () => trace.filter((t) => t.startsWith('ack')).length > trace.filter((t) => t.startsWith('durable')).length,
    );
    assert.is(trace.at(-1), 'ack 25', 'a heartbeat is answered with the durable head');
    let durable = 0;
    for (const t of trace) {
      const [what, n] = t.split(' ');
      if (what === 'durable') durable = Math.max(durable, Number(n));
      if (what === 'ack')
        assert.ok(Number(n) <= durable, `"${t}" written before its write was durable: ${trace.join(', ')}`);
    }
    assert.is(rep.head().hash, await src.hashAt(25));
  } finally {
    await follower?.stop();
    await rep.close();
    await src.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A follower of a fake master answering Describe with `epoch` and GetHashes from `master`'s log. */
function follow(rep: EventLog, master: EventLog, epoch: number, trace: string[]) {
  const stream = new FakeStream(trace);
  let describes = 0;
  const client = {
    Describe: (_req: unknown, _md: unknown, _opts: unknown, cb: (err: null, res: unknown) => void) => {
      describes++;
      cb(null, {
        node: {
          nodeId: 'm',
          role: 'master',
          epoch,
          headSeq: master.head().seq,
          headHash: master.head().hash,
          cluster: 'c',
          master: '',
          connected: false,
        },
      });
    },
    GetHashes: (req: { seqs: number[] }, _md: unknown, _opts: unknown, cb: (err: null, res: unknown) => void) =>
      void Promise.all(req.seqs.map(async (seq) => ({ seq, hash: await master.hashAt(seq) }))).then((hashes) =>
        cb(null, { hashes: hashes.filter((h) => h.hash) }),
      ),
    Stream: () => stream,
  };
  const peers = { client: () => client, describe: async () => undefined } as unknown as Peers;
  const node = {
    log: rep,
    masterAddress: 'm:1',
    hasSecrets: true,
    secrets: { id: 'key' },
    logger: pino({ level: 'silent' }),
    config: { nodeId: 'r1', cluster: 'c', advertise: 'r1:1', clusterKeyFile: '', data: '/nonexistent' },
    state: { cluster: { replicas: [], promotions: [] } },
  } as unknown as FerryNode;
  return { follower: Follower.start(node, peers, new KeyRequests()), describes: () => describes };
}

const note = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ aggregate: `host/h${i}`, type: 'Noted', body: { i: from + i } }));

test("a master whose epoch is below the replica's is refused: no stream is opened", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-follower-'));
  const src = await EventLog.open({ path: join(dir, 'master') });
  const rep = await EventLog.open({ path: join(dir, 'replica') });
  const trace: string[] = [];
  const f = follow(rep, src, 1, trace);
  try {
    await rep.observeEpoch(2);
    // Sessions repeat with backoff: two refused ones show the check is not a first-call accident.
    await until('two sessions', () => f.describes() >= 2);
    assert.equal(trace, [], 'a hello was sent to a stale master');
  } finally {
    await f.follower.stop();
    await rep.close();
    await src.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a divergent tail is quarantined from the first differing seq before streaming', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-follower-'));
  const src = await EventLog.open({ path: join(dir, 'master') });
  const rep = await EventLog.open({ path: join(dir, 'replica') });
  const trace: string[] = [];
  let f: ReturnType<typeof follow> | undefined;
  try {
    for (let i = 0; i < 5; i++) await src.append(note(2, i * 2)); // seqs 1..10, shared
    await rep.appendReplicated(await src.readRaw(1, 10));
    await src.append(note(4, 100)); // master: 11..14
    await rep.append(note(3, 200)); // replica's own divergent 11..13
    f = follow(rep, src, 1, trace);
    await until('hello', () => trace.includes('hello'));
    assert.is(rep.head().seq, 10, 'the replica keeps the shared prefix');
    assert.is(rep.head().hash, await src.hashAt(10));
    assert.is(await rep.quarantineCount(), 3, 'its divergent events are quarantined, not lost');
  } finally {
    await f?.follower.stop();
    await rep.close();
    await src.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
