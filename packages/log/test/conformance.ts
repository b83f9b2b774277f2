// Conformance suite of the event log, run on each store (a factory per store: stores.ts; run by conformance.test.ts).
// The suite creates fresh temporary directories and removes them after each test; its name says the store.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { EventLog, EventLogOptions } from '../src/event-log.js';
import type { EventData, EventInput, LogEvent, Projection, StagedProjection } from '../src/types.js';
import { ChainError, EpochError, FencedError, VersionConflictError } from '../src/errors.js';

/** What the suite needs from a store: a factory of logs over it. */
export interface LogAdapter {
  /** Which store, as printed with every test's suite. */
  name: string;
  open(opts: EventLogOptions): Promise<EventLog>;
  /** The class's static decoder. */
  decode(raw: { seq: number; data: Uint8Array; hash: Uint8Array }, prevHash: string): LogEvent;
}

/** A projection counting events per type (rows `count/<type>`), recording how it was (re)built. */
export class CountingProjection implements Projection {
  counts = new Map<string, number>();
  loads = 0;
  resets = 0;
  staged: number[][] = [];
  commits = 0;
  constructor(readonly version: string) {}
  reset(): void {
    this.resets++;
    this.counts = new Map();
  }
  async load(rows: AsyncIterable<[string, string]>): Promise<void> {
    this.loads++;
    for await (const [k, v] of rows) this.counts.set(k.slice('count/'.length), Number(v));
  }
  stage(events: readonly EventData[]): StagedProjection {
    this.staged.push(events.map((e) => e.seq));
    const next = new Map<string, number>();
    for (const e of events) next.set(e.type, (next.get(e.type) ?? this.counts.get(e.type) ?? 0) + 1);
    return {
      keys: [...next.keys()].map((t) => `count/${t}`),
      commit: () => {
        this.commits++;
        for (const [t, n] of next) this.counts.set(t, n);
      },
    };
  }
  row(key: string): string | undefined {
    const n = this.counts.get(key.slice('count/'.length));
    return n === undefined ? undefined : String(n);
  }
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'ferry-log-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

const ev = (
  aggregate: string,
  type = 'Touched',
  body: Record<string, unknown> = {},
  expectedVersion?: number,
): EventInput =>
  expectedVersion === undefined ? { aggregate, type, body } : { aggregate, type, body, expectedVersion };

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Registers and runs the conformance suite against `adapter`. */
export function logConformance(adapter: LogAdapter): void {
  const test = suite(`event log conformance [${adapter.name}]`);
  let dirs: string[] = [];
  let logs: EventLog[] = [];

  const open = async (opts: Partial<EventLogOptions> & { path?: string } = {}): Promise<EventLog> => {
    const path = opts.path ?? tempDir();
    if (!dirs.includes(path)) dirs.push(path);
    const log = await adapter.open({ ...opts, path });
    logs.push(log);
    return log;
  };

  test.after.each(async () => {
    for (const l of logs) await l.close().catch(() => undefined);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    logs = [];
    dirs = [];
  });

  test('fresh log: empty head, epoch 1, no epochs', async () => {
    const log = await open();
    assert.equal(log.head(), { seq: 0, hash: '0'.repeat(64), epoch: 1 });
    assert.is(log.epoch, 1);
    assert.equal(await log.epochs(), []);
    assert.equal(await log.read(1, 10), []);
    assert.equal(await log.append([]), []);
  });

  test('64 concurrent appenders: seq global, gapless from 1, per-aggregate versions in order', async () => {
    const log = await open();
    const per = 25;
    const results = await Promise.all(
      range(0, 63).map(async (w) => {
        const mine: LogEvent[] = [];
        for (let i = 0; i < per; i++) mine.push(...(await log.append([ev(`host/w${w}`, 'Tick', { i })])));
        return mine;
      }),
    );
    const seqs = results
      .flat()
      .map((e) => e.seq)
      .sort((a, b) => a - b);
    assert.equal(seqs, range(1, 64 * per));
    for (const mine of results) {
      assert.equal(
        mine.map((e) => e.version),
        range(1, per),
      );
      for (let i = 1; i < mine.length; i++) assert.ok(mine[i]!.seq > mine[i - 1]!.seq);
    }
    const all = await log.read(1, 10_000);
    assert.equal(
      all.map((e) => e.seq),
      range(1, 64 * per),
    );
    assert.is(log.head().seq, 64 * per);
    assert.ok(log.stats().batches < 64 * per, 'concurrent calls must share batches');
    assert.is(log.stats().events, 64 * per);
  });

  test('hash chain: prevHash links, SHA-256(prev || data), decode, verify', async () => {
    const log = await open();
    for (let i = 0; i < 5; i++)
      await log.append([ev('host/h1', 'A', { i }), ev('system/s1', 'B', { i, nested: { ok: true } })]);
    const events = await log.read(1, 100);
    const raws = await log.readRaw(1, 100);
    assert.is(events.length, 10);
    let prev = Buffer.alloc(32);
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      const r = raws[i]!;
      assert.is(e.prevHash, prev.toString('hex'));
      const h = createHash('sha256').update(prev).update(r.data).digest();
      assert.is(Buffer.from(r.hash).toString('hex'), h.toString('hex'));
      assert.is(e.hash, h.toString('hex'));
      assert.equal(adapter.decode(r, prev.toString('hex')), e);
      const parsed = JSON.parse(Buffer.from(r.data).toString('utf8')) as Record<string, unknown>;
      assert.equal(Object.keys(parsed), [
        'seq',
        'epoch',
        'time',
        'aggregate',
        'version',
        'type',
        'actor',
        'correlation',
        'body',
      ]);
      prev = h;
    }
    assert.is(log.head().hash, prev.toString('hex'));
    const progress: number[] = [];
    const r = await log.verify({ onProgress: (c) => progress.push(c) });
    assert.equal(r, { ok: true, checked: 10 });
    assert.is(progress.at(-1), 10);
    assert.equal(await log.verify({ from: 4 }), { ok: true, checked: 7 });
  });

  test('expected version: only the conflicting call fails, nothing of it is written', async () => {
    const log = await open();
    await log.append([ev('host/a', 'Registered', {}, 0)]);
    const ok = log.append([ev('host/a', 'Changed', {}, 1), ev('host/b', 'Registered', {}, 0)]);
    const bad = log.append([ev('host/c', 'Registered', {}, 0), ev('host/a', 'Changed', {}, 1)]); // a is 2 by then
    const ok2 = log.append([ev('host/d', 'Registered')]);
    const [r1, r2, r3] = await Promise.allSettled([ok, bad, ok2]);
    assert.is(r1.status, 'fulfilled');
    assert.is(r3.status, 'fulfilled');
    assert.is(r2.status, 'rejected');
    const err = (r2 as PromiseRejectedResult).reason as VersionConflictError;
    assert.instance(err, VersionConflictError);
    assert.is(err.code, 'VERSION_CONFLICT');
    assert.match(err.message, 'host/a');
    assert.match(err.message, 'expected version 1');
    assert.match(err.message, 'actual version 2');
    assert.is(await log.aggregateVersion('host/c'), 0, 'nothing of the failed call is written');
    assert.equal(await log.history('host/c'), []);
    assert.is(await log.aggregateVersion('host/a'), 2);
    assert.equal(
      (await log.read(1, 100)).map((e) => e.seq),
      [1, 2, 3, 4],
    );
    assert.equal(
      (await log.read(1, 100)).map((e) => e.aggregate),
      ['host/a', 'host/a', 'host/b', 'host/d'],
    );
    // Two racing calls both based on version 2: exactly one wins.
    const race = await Promise.allSettled([
      log.append([ev('host/a', 'X', {}, 2)]),
      log.append([ev('host/a', 'Y', {}, 2)]),
    ]);
    assert.equal(race.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
    assert.ok((await log.verify()).ok);
  });

  test('group commit: concurrent calls share one durable batch, sequential calls do not', async () => {
    const log = await open();
    const before = log.stats().batches;
    const calls = range(1, 100).map((i) => log.append([ev(`system/s${i}`, 'Seen', { i })]));
    const res = await Promise.all(calls);
    assert.is(log.stats().batches - before, 1, 'one batch for 100 calls issued together');
    assert.equal(
      res.map((r) => r[0]!.seq),
      range(1, 100),
    );
    for (let i = 0; i < 3; i++) await log.append([ev('host/x', 'Seen')]);
    assert.is(log.stats().batches - before, 4);
    assert.equal(log.stats().events, 103);
  });

  // A call queued while the writer loop waits on its first read (loading A's version) is prepared while A is
  // being written: B joins the queue on the tick after the loop took A.
  const queuedBehind = (
    log: EventLog,
    a: EventInput[],
    b: EventInput[],
  ): [Promise<LogEvent[]>, Promise<LogEvent[]>] => {
    const first = log.append(a);
    const second = new Promise<LogEvent[]>((resolve, reject) =>
      process.nextTick(() => log.append(b).then(resolve, reject)),
    );
    return [first, second];
  };

  test('pipelined commit: a batch prepared while the one before is written chains on its versions, seqs and epoch', async () => {
    const path = tempDir();
    const committedAtPrepare: number[] = [];
    let log: EventLog | undefined;
    log = await open({
      path,
      now: () => {
        committedAtPrepare.push(log?.stats().batches ?? -1);
        return new Date();
      },
    });
    committedAtPrepare.length = 0;
    const [a, b] = queuedBehind(log, [ev('host/p', 'A', {}, 0)], [ev('host/p', 'B', {}, 1), ev('host/q', 'B')]);
    const [ra, rb] = await Promise.all([a, b]);
    assert.equal(committedAtPrepare, [0, 0], 'B was prepared before A was committed');
    assert.is(log.stats().batches, 2);
    assert.equal(
      ra.map((e) => [e.seq, e.version]),
      [[1, 1]],
    );
    assert.equal(
      rb.map((e) => [e.seq, e.version]),
      [
        [2, 2],
        [3, 1],
      ],
    );
    assert.is(rb[0]!.prevHash, ra[0]!.hash);
    assert.equal(await log.epochs(), [{ epoch: 1, firstSeq: 1 }], 'one epoch entry, from the first batch');
    await log.close();
    log = await open({ path });
    assert.equal(await log.epochs(), [{ epoch: 1, firstSeq: 1 }]);
    assert.equal(
      (await log.history('host/p')).map((e) => e.type),
      ['A', 'B'],
    );
    assert.ok((await log.verify()).ok);
  });

  test('pipelined commit: a conflict with the batch being written is answered once that batch is committed', async () => {
    const log = await open();
    const [a, b] = queuedBehind(log, [ev('host/p', 'A', {}, 0)], [ev('host/p', 'B', {}, 0)]);
    const headAtRejection = b.then(
      () => -1,
      (e: unknown) => {
        assert.instance(e, VersionConflictError);
        return log.head().seq;
      },
    );
    await a;
    assert.is(await headAtRejection, 1, 'a caller that re-reads after the conflict sees the change it conflicted with');
  });

  test('pipelined commit: when a batch fails, the batch prepared on top of it fails too and nothing is written', async () => {
    class FailingProjection extends CountingProjection {
      override stage(events: readonly EventData[]): StagedProjection {
        if (events.some((e) => e.type === 'Boom')) throw new Error('projection refused the batch');
        return super.stage(events);
      }
    }
    const path = tempDir();
    let log = await open({ path, projection: new FailingProjection('v1') });
    const [a, b] = queuedBehind(log, [ev('host/p', 'Boom')], [ev('host/p', 'Fine', {}, 1)]);
    const [ra, rb] = await Promise.allSettled([a, b]);
    assert.is(ra.status, 'rejected');
    assert.is(rb.status, 'rejected', 'B was built on A: it must not be written without A');
    assert.is((rb as PromiseRejectedResult).reason, (ra as PromiseRejectedResult).reason);
    assert.is(log.head().seq, 0);
    assert.is(await log.aggregateVersion('host/p'), 0);
    const [c] = await log.append([ev('host/p', 'Fine', {}, 0)]);
    assert.equal([c!.seq, c!.version, c!.prevHash], [1, 1, '0'.repeat(64)]);
    await log.close();
    log = await open({ path, projection: new FailingProjection('v1') });
    assert.equal(
      (await log.read(1, 10)).map((e) => e.type),
      ['Fine'],
    );
    assert.ok((await log.verify()).ok);
  });

  test('subscribers hear each durable batch after callers are answered', async () => {
    const log = await open();
    const heard: number[][] = [];
    const unsub = log.subscribe((evs) => {
      assert.ok(log.head().seq >= evs.at(-1)!.seq, 'head already covers the batch');
      heard.push(evs.map((e) => e.seq));
    });
    await log.append([ev('host/h', 'A'), ev('host/h', 'B')]);
    await Promise.all([log.append([ev('host/i', 'A')]), log.append([ev('host/j', 'A')])]);
    unsub();
    await log.append([ev('host/k', 'A')]);
    assert.equal(heard, [
      [1, 2],
      [3, 4],
    ]);
  });

  test('projection: checkpointed rows and appliedSeq; load and replay of the tail on reopen; rebuild on version change', async () => {
    const path = tempDir();
    const p1 = new CountingProjection('v1');
    let log = await open({ path, projection: p1 });
    assert.is(p1.resets, 1, 'fresh log: projection rebuilt (empty)');
    const batches0 = log.stats().batches;
    await Promise.all([log.append([ev('host/a', 'A'), ev('host/b', 'B')]), log.append([ev('host/c', 'A')])]);
    assert.is(log.stats().batches - batches0, 1);
    assert.equal(p1.staged.at(-1), [1, 2, 3], 'stage sees the whole batch in seq order');
    assert.equal(
      [...p1.counts],
      [
        ['A', 2],
        ['B', 1],
      ],
    );
    await log.close();
    const meta = await open({ path });
    assert.is(await meta.meta.get('appliedSeq'), '3', 'close writes the checkpoint');
    assert.is(
      await meta.meta.get('projectionVersion'),
      'v1+sealed-1',
      'the version, and the format of rows that carry a check',
    );
    await meta.close();

    const p2 = new CountingProjection('v1');
    log = await open({ path, projection: p2 });
    assert.is(p2.loads, 1);
    assert.is(p2.staged.length, 0, 'matching version and appliedSeq: loaded, not replayed');
    assert.equal([...p2.counts].sort(), [
      ['A', 2],
      ['B', 1],
    ]);
    await log.append([ev('host/d', 'B')]);
    await log.close();

    const p3 = new CountingProjection('v2');
    log = await open({ path, projection: p3 });
    assert.is(p3.loads, 0);
    assert.is(p3.resets, 1);
    assert.equal(p3.staged.flat(), [1, 2, 3, 4]);
    assert.equal([...p3.counts].sort(), [
      ['A', 2],
      ['B', 2],
    ]);
    assert.is(await log.meta.get('projectionVersion'), 'v2+sealed-1');
    await log.close();

    // Appends made without the projection leave appliedSeq behind: the next open with it loads and replays the rest.
    log = await open({ path });
    await log.append([ev('host/e', 'C')]);
    await log.close();
    const p4 = new CountingProjection('v2');
    log = await open({ path, projection: p4 });
    assert.is(p4.loads, 1);
    assert.equal(p4.staged, [[5]], 'only the events after appliedSeq are replayed');
    assert.equal([...p4.counts].sort(), [
      ['A', 2],
      ['B', 2],
      ['C', 1],
    ]);
    assert.is(await log.meta.get('appliedSeq'), '5');
    await log.rebuildProjection();
    assert.is(p4.resets, 2);
    assert.equal([...p4.counts].sort(), [
      ['A', 2],
      ['B', 2],
      ['C', 1],
    ]);
  });

  test('projection: a failing in-memory commit leads to a rebuild, then to a whole checkpoint', async () => {
    class FailsOnce extends CountingProjection {
      failed = false;
      override stage(events: readonly EventData[]): StagedProjection {
        const staged = super.stage(events);
        if (this.failed || !events.some((e) => e.type === 'Boom')) return staged;
        return {
          keys: staged.keys,
          commit: () => {
            this.failed = true;
            throw new Error('commit failed once');
          },
        };
      }
    }
    const path = tempDir();
    const p = new FailsOnce('v1');
    const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
    let log = await open({ path, projection: p });
    await log.append([ev('host/a', 'A')]);
    const [boom, after] = queuedBehind(log, [ev('host/b', 'Boom')], [ev('host/c', 'C')]);
    await Promise.all([boom, after]);
    assert.match((await warned).message, 'projection commit failed, rebuilding');
    await log.append([ev('host/d', 'C')]); // queued behind the rebuild
    assert.is(p.resets, 2, 'rebuilt once after the failure');
    assert.equal([...p.counts].sort(), [
      ['A', 1],
      ['Boom', 1],
      ['C', 2],
    ]);
    await log.close();
    const again = new CountingProjection('v1');
    log = await open({ path, projection: again });
    assert.equal([again.loads, again.staged], [1, []], 'the stored rows cover every event');
    assert.equal([...again.counts].sort(), [
      ['A', 1],
      ['Boom', 1],
      ['C', 2],
    ]);
  });

  test('reopen restores head, epoch history, versions and meta', async () => {
    const path = tempDir();
    let log = await open({ path });
    await log.append([ev('host/a', 'A'), ev('host/a', 'B')]);
    await assert_rejects(log.beginEpoch(1), EpochError);
    await log.beginEpoch(3);
    assert.is(log.epoch, 3);
    const [e3] = await log.append([ev('host/a', 'C')]);
    assert.is(e3!.epoch, 3);
    await log.meta.put('role', 'master');
    const head = log.head();
    await log.close();

    log = await open({ path });
    assert.equal(log.head(), head);
    assert.equal(head.epoch, 3);
    assert.equal(await log.epochs(), [
      { epoch: 1, firstSeq: 1 },
      { epoch: 3, firstSeq: 3 },
    ]);
    assert.is(await log.aggregateVersion('host/a'), 3);
    assert.is(await log.meta.get('role'), 'master');
    assert.is(await log.meta.get('missing'), undefined);
    await assert_rejects(log.beginEpoch(2), EpochError);
    const [e4] = await log.append([ev('host/a', 'D', {}, 3)]);
    assert.is(e4!.seq, 4);
    assert.is(await log.epochOf(2), 1);
    assert.is(await log.epochOf(4), 3);
    assert.is(log.endSeqForEpoch(1), 2);
    assert.is(log.endSeqForEpoch(3), 4);
    assert.ok((await log.verify()).ok);
  });

  test('fencing: after observing a higher epoch, appends fail until beginEpoch', async () => {
    const log = await open();
    await log.append([ev('host/a', 'A')]);
    assert.is(await log.observeEpoch(5), true);
    assert.is(log.knownMaxEpoch, 5);
    const err = await assert_rejects(log.append([ev('host/a', 'B')]), FencedError);
    assert.is(err.code, 'LOG_FENCED');
    await assert_rejects(log.beginEpoch(5), EpochError);
    await log.beginEpoch(6);
    const [e] = await log.append([ev('host/a', 'B')]);
    assert.is(e!.seq, 2);
    assert.is(e!.epoch, 6);
  });

  test('appendReplicated stores identical bytes and epochs; replica verifies to the same head', async () => {
    const src = await open();
    for (let i = 0; i < 30; i++) await src.append([ev(`host/h${i % 4}`, 'A', { i, text: 'é ü 日本 \u2028' })]);
    await src.beginEpoch(2);
    await Promise.all(range(1, 20).map((i) => src.append([ev(`system/s${i % 3}`, 'B', { i })])));
    const proj = new CountingProjection('r1');
    const rep = await open({ projection: proj });
    const heard: number[] = [];
    rep.subscribe((evs) => heard.push(...evs.map((e) => e.seq)));
    for (let from = 1; from <= src.head().seq; from += 7) {
      const stored = await rep.appendReplicated(await src.readRaw(from, 7));
      assert.is(stored[0]!.seq, from);
    }
    assert.equal(rep.head().seq, src.head().seq);
    assert.is(rep.head().hash, src.head().hash);
    assert.is(rep.epoch, 2);
    assert.equal(await rep.epochs(), await src.epochs());
    const a = await src.readRaw(1, 1000);
    const b = await rep.readRaw(1, 1000);
    assert.equal(
      b.map((r) => Buffer.from(r.data).toString('hex')),
      a.map((r) => Buffer.from(r.data).toString('hex')),
    );
    assert.equal(await rep.read(1, 1000), await src.read(1, 1000));
    assert.equal(await rep.history('host/h1'), await src.history('host/h1'));
    assert.equal(heard, range(1, 50));
    assert.equal([...proj.counts].sort(), [
      ['A', 30],
      ['B', 20],
    ]);
    assert.ok((await rep.verify()).ok);
  });

  test('appendReplicated rejects a gap, a bad hash and a wrong inner seq; nothing stored', async () => {
    const src = await open();
    for (let i = 0; i < 5; i++) await src.append([ev('host/a', 'A', { i })]);
    const raws = await src.readRaw(1, 10);
    const rep = await open();
    const gap = await assert_rejects(rep.appendReplicated(raws.slice(1)), ChainError);
    assert.is(gap.code, 'CHAIN_BROKEN');
    assert.match(gap.message, 'seq 2');
    const tampered = raws.map((r) => ({ ...r, data: Buffer.from(r.data) }));
    tampered[2]!.data[20] = tampered[2]!.data[20]! ^ 1;
    const badHash = await assert_rejects(rep.appendReplicated(tampered), ChainError);
    assert.match(badHash.message, 'seq 3');
    assert.is(rep.head().seq, 0, 'an invalid batch stores nothing');
    await rep.appendReplicated(raws.slice(0, 2));
    await assert_rejects(rep.appendReplicated(raws.slice(0, 2)), ChainError);
    await rep.appendReplicated(raws.slice(2));
    assert.is(rep.head().hash, src.head().hash);
    await assert_rejects(rep.appendReplicated([{ seq: 6, data: raws[0]!.data, hash: raws[0]!.hash }]), ChainError);
  });

  test('appendReplicated pipelined: a batch queued behind another chains on it; one whose base changed is refused', async () => {
    const src = await open();
    for (let i = 0; i < 30; i++) await src.append([ev(`host/h${i % 3}`, 'A', { i })]);
    const raws = await src.readRaw(1, 30);
    const rep = await open();
    const [first, second] = await Promise.all([
      rep.appendReplicated(raws.slice(0, 10)),
      rep.appendReplicated(raws.slice(10, 20)),
    ]);
    assert.is(first.at(-1)!.seq, 10);
    assert.is(second[0]!.prevHash, first.at(-1)!.hash);
    assert.is(rep.head().seq, 20);
    // The fifth batch is checked against seq 25 (queued behind the fourth), but quarantine moves the head back to 15.
    const fourth = rep.appendReplicated(raws.slice(20, 25));
    const moved = rep.quarantineFrom(16);
    const fifth = rep.appendReplicated(raws.slice(25));
    assert.equal(
      (await fourth).map((e) => e.seq),
      [21, 22, 23, 24, 25],
    );
    assert.is(await moved, 10);
    const refused = await assert_rejects(fifth, ChainError);
    assert.match(refused.message, 'head is now 15');
    assert.is(rep.head().seq, 15, 'nothing of the refused batch is stored');
    await rep.appendReplicated(raws.slice(15));
    assert.is(rep.head().hash, src.head().hash);
    assert.ok((await rep.verify()).ok);
  });

  test('quarantineFrom moves the divergent tail, fixes heads, epochs, projection; keys never collide', async () => {
    const proj = new CountingProjection('q1');
    const log = await open({ projection: proj });
    for (let i = 1; i <= 6; i++) await log.append([ev(i % 2 ? 'host/a' : 'host/b', i <= 4 ? 'Old' : 'Mid', { i })]);
    await log.beginEpoch(2);
    for (let i = 7; i <= 10; i++) await log.append([ev(i % 2 ? 'host/a' : 'host/c', 'New', { i })]);
    const hash6 = await log.hashAt(6);
    const moved = await log.quarantineFrom(7);
    assert.is(moved, 4);
    assert.equal(log.head(), { seq: 6, hash: hash6!, epoch: 2 });
    assert.equal(await log.epochs(), [{ epoch: 1, firstSeq: 1 }]);
    assert.is(await log.aggregateVersion('host/a'), 3);
    assert.is(await log.aggregateVersion('host/c'), 0);
    assert.equal(await log.history('host/c'), []);
    assert.equal(
      (await log.history('host/a')).map((e) => e.seq),
      [1, 3, 5],
    );
    assert.equal([...proj.counts].sort(), [
      ['Mid', 2],
      ['Old', 4],
    ]);
    const q = await log.quarantined();
    assert.equal(
      q.map((e) => e.seq),
      [7, 8, 9, 10],
    );
    assert.ok(q.every((e) => e.forkSeq === 7 && e.epoch === 2 && typeof e.quarantinedAt === 'string'));
    assert.is(q[0]!.prevHash, hash6);
    assert.is(await log.quarantineCount(), 4);
    assert.ok((await log.verify()).ok);
    assert.is(await log.hashAt(7), undefined);
    // The log continues from the fork (as a replica would), and a second quarantine never collides.
    const [e7] = await log.append([ev('host/a', 'Again', {}, 3)]);
    assert.is(e7!.seq, 7);
    assert.is(e7!.version, 4);
    assert.is(await log.quarantineFrom(7), 1);
    assert.is(await log.quarantineCount(), 5);
    assert.equal(
      (await log.quarantined()).map((e) => e.seq),
      [7, 8, 9, 10, 7],
    );
    assert.is(await log.quarantineFrom(100), 0);
    assert.is(log.head().seq, 6);
  });

  test('tail: history from disk then live, no gaps, no duplicates; ends on abort', async () => {
    const log = await open();
    for (let i = 0; i < 5; i++) await log.append(range(1, 500).map((j) => ev(`system/s${j % 50}`, 'T', { i, j })));
    const got: number[] = [];
    const ac = new AbortController();
    const target = 2500 + 40 * 10;
    let done!: () => void;
    const reached = new Promise<void>((r) => (done = r));
    const tailing = log.tail(
      1,
      async (evs) => {
        for (const e of evs) got.push(e.seq);
        if (got.length % 3 === 0) await new Promise((r) => setImmediate(r)); // a slowish consumer
        if (got.at(-1) === target) done();
      },
      ac.signal,
    );
    // Live appends start while the tail is still reading history.
    await Promise.all(
      range(1, 40).map(async (w) => {
        for (let i = 0; i < 10; i++) await log.append([ev(`host/w${w}`, 'L', { i })]);
      }),
    );
    await reached;
    ac.abort();
    await tailing;
    assert.equal(got, range(1, target));
    // A tail starting in the middle.
    const mid: number[] = [];
    const ac2 = new AbortController();
    const t2 = log.tail(
      2800,
      (evs) => {
        mid.push(...evs.map((e) => e.seq));
        if (mid.at(-1) === target + 1) ac2.abort();
      },
      ac2.signal,
    );
    await log.append([ev('host/z', 'Z')]);
    await t2;
    assert.equal(mid, range(2800, target + 1));
  });

  test('reads: filters by aggregate and types, limits, iterate', async () => {
    const log = await open();
    for (let i = 0; i < 30; i++) await log.append([ev(`host/h${i % 3}`, i % 2 ? 'Odd' : 'Even', { i })]);
    assert.equal(
      (await log.read(5, 3)).map((e) => e.seq),
      [5, 6, 7],
    );
    assert.equal(
      (await log.read(1, 4, { aggregate: 'host/h1' })).map((e) => e.seq),
      [2, 5, 8, 11],
    );
    assert.equal(
      (await log.read(10, 3, { aggregate: 'host/h1', types: ['Odd'] })).map((e) => e.seq),
      [14, 20, 26],
    );
    assert.equal(
      (await log.read(1, 3, { types: ['Odd'] })).map((e) => e.seq),
      [2, 4, 6],
    );
    const h = await log.history('host/h2');
    assert.equal(
      h.map((e) => e.version),
      range(1, 10),
    );
    assert.is(h[1]!.prevHash, (await log.hashAt(h[1]!.seq - 1))!);
    const it: number[] = [];
    for await (const e of log.iterate(25)) it.push(e.seq);
    assert.equal(it, range(25, 30));
    const all = await log.read(1, 100);
    for (let i = 1; i < all.length; i++) assert.is(all[i]!.prevHash, all[i - 1]!.hash);
  });

  test.run();
}

/** Awaits `p` and asserts it rejects with an instance of `cls`; returns the error. */
export async function assert_rejects<E extends Error>(p: Promise<unknown>, cls: new (...a: never[]) => E): Promise<E> {
  try {
    await p;
  } catch (e) {
    assert.instance(e, cls);
    return e as E;
  }
  assert.unreachable(`expected ${cls.name}`);
  throw new Error('unreachable');
}
