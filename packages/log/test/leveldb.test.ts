// Tests of the event log on LevelDB that only a real on-disk LevelDB can show: lock refusal across processes,
// corruption detection at open and durability across SIGKILL (conformance.test.ts runs the shared suite).
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { Level } from 'level';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CorruptLogError, EventLog, LogLockedError, VersionConflictError } from '../src/index.js';
import { startChild } from './child.js';
import { assert_rejects, CountingProjection, tempDir } from './conformance.js';

const test = suite('event log on LevelDB');
let dirs: string[] = [];
let children: ChildProcess[] = [];
test.after.each(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  children = [];
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
const fresh = (): string => {
  const d = tempDir();
  dirs.push(d);
  return d;
};

test('a directory locked by another process is refused with LogLockedError', async () => {
  const dir = fresh();
  const { child, exited } = await startChild('hold-lock', dir);
  children.push(child);
  try {
    await EventLog.open({ path: dir });
    assert.unreachable('open must fail');
  } catch (e) {
    assert.instance(e, LogLockedError);
    assert.is((e as LogLockedError).code, 'LOG_LOCKED');
    assert.match((e as Error).message, 'in use by another process');
    assert.ok((e as Error).cause, 'keeps the LevelDB error as cause');
  }
  child.stdin!.end();
  await exited;
  const log = await EventLog.open({ path: dir });
  await log.close();
});

test('a directory already open in this process is refused until it is closed, by any spelling of its path', async () => {
  const dir = fresh();
  const log = await EventLog.open({ path: dir });
  for (const again of [dir, `${dir}/./`]) {
    const e = await EventLog.open({ path: again }).then(
      () => undefined,
      (err: unknown) => err,
    );
    assert.instance(e, LogLockedError);
    assert.match((e as Error).message, 'already open in this process');
  }
  await log.close();
  const reopened = await EventLog.open({ path: dir });
  await reopened.close();
});

test('a flipped byte in a stored record stops the open, naming seq, aggregate and type', async () => {
  const dir = fresh();
  const log = await EventLog.open({ path: dir });
  for (let i = 1; i <= 20; i++)
    await log.append([{ aggregate: `host/h${i}`, type: 'HostRegistered', body: { address: `10.0.0.${i}` } }]);
  await log.close();
  const db = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  const sub = db.sublevel<Buffer, Buffer>('log', { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  const key = Buffer.alloc(8);
  key.writeUInt32BE(13, 4);
  const v = (await sub.get(key))!;
  const at = v.indexOf('10.0.0.13');
  v[at + 3] = v[at + 3]! ^ 0x01; // '10.0.0.13' -> '10/0.0.13': still valid JSON
  await sub.put(key, v);
  await db.close();
  try {
    await EventLog.open({ path: dir });
    assert.unreachable('open must fail');
  } catch (e) {
    assert.instance(e, CorruptLogError);
    const err = e as CorruptLogError;
    assert.is(err.code, 'LOG_CORRUPT');
    assert.is(err.seq, 13);
    assert.match(err.message, 'seq 13');
    assert.match(err.message, 'host/h13');
    assert.match(err.message, 'HostRegistered');
  }
  // Opening without verification still works, and verify() reports the same record.
  const unverified = await EventLog.open({ path: dir, verifyOnOpen: false });
  const r = await unverified.verify();
  assert.is(r.ok, false);
  assert.is(r.firstBad?.seq, 13);
  assert.is(r.checked, 12);
  await unverified.close();
});

test('crash: SIGKILL mid-load loses no acknowledged event and the chain verifies', async () => {
  const dir = fresh();
  const { child, lines, exited } = await startChild('crash-writer', dir);
  children.push(child);
  const started = Date.now();
  // Past 1.5 s the child has written at least one projection checkpoint (it asks for them 0.5 s after a change).
  while ((lines.length < 3000 || Date.now() - started < 1500) && Date.now() - started < 20_000)
    await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGKILL');
  await exited;
  const acked = lines.flatMap((l) => l.split(' ').map(Number)).filter((n) => Number.isInteger(n) && n > 0);
  assert.ok(acked.length >= 2000, `child acknowledged ${acked.length} events`);
  const projection = new CountingProjection('crash-1');
  const log = await EventLog.open({ path: dir, projection }); // verifies the whole chain
  try {
    const maxAcked = Math.max(...acked);
    assert.ok(log.head().seq >= maxAcked, `head ${log.head().seq} covers every acknowledged seq (max ${maxAcked})`);
    const stored = new Set<number>();
    const seqsOf = new Map<string, number[]>();
    for await (const e of log.iterate(1)) {
      stored.add(e.seq);
      seqsOf.set(e.aggregate, [...(seqsOf.get(e.aggregate) ?? []), e.seq]);
    }
    assert.is(stored.size, log.head().seq, 'gapless');
    // The projection's checkpoint (rows written behind the commits) plus the replayed tail give every event's effect.
    const byType = new Map<string, number>();
    for await (const e of log.iterate(1)) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    assert.equal(new Map([...projection.counts].sort()), new Map([...byType].sort()));
    assert.is(projection.loads, 1, 'the checkpointed rows were loaded');
    assert.ok(projection.staged.flat().length < log.head().seq, 'only a tail was replayed');
    for (const s of acked) assert.ok(stored.has(s), `acknowledged seq ${s} present`);
    const v = await log.verify();
    assert.ok(v.ok);
    // Per-aggregate versions survived as well: each call wrote two events atomically.
    for (let w = 0; w < 16; w++) assert.is((await log.aggregateVersion(`system/c${w}`)) % 2, 0);
    // The index written behind the commits covers every stored event again, whatever the kill cut off.
    for (const [a, seqs] of seqsOf) {
      assert.equal(
        (await log.history(a)).map((e) => e.seq),
        seqs,
        `history of ${a}`,
      );
      assert.is(await log.aggregateVersion(a), seqs.length, `version of ${a}`);
    }
    const [next] = await log.append([{ aggregate: 'host/after', type: 'Recovered', body: {} }]);
    assert.is(next!.seq, log.head().seq);
  } finally {
    await log.close();
  }
});

test('a read by aggregate right after a large commit waits for all of its index entries, written in several batches', async () => {
  const dir = fresh();
  const log = await EventLog.open({ path: dir });
  try {
    const inputs = Array.from({ length: 3000 }, (_, i) => ({
      aggregate: `system/s${i % 2}`,
      type: 'Probed',
      body: { i },
    }));
    await log.append(inputs);
    const h = await log.history('system/s1');
    assert.is(h.length, 1500);
    assert.equal([h[0]!.seq, h.at(-1)!.seq], [2, 3000]);
    assert.is(await log.aggregateVersion('system/s0'), 1500);
  } finally {
    await log.close();
  }
  const raw = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  try {
    const meta = raw.sublevel<string, string>('meta', { keyEncoding: 'utf8', valueEncoding: 'utf8' });
    const heads = raw.sublevel<string, string>('heads', { keyEncoding: 'utf8', valueEncoding: 'utf8' });
    assert.is(await meta.get('indexedSeq'), '3000');
    assert.equal(await heads.getMany(['system/s0', 'system/s1']), ['1500', '1500']);
  } finally {
    await raw.close();
  }
});

test('index entries and heads a crash kept from being written are rebuilt from the records at open', async () => {
  const dir = fresh();
  let log = await EventLog.open({ path: dir });
  for (let i = 0; i < 30; i++) await log.append([{ aggregate: `host/h${i % 3}`, type: 'Probed', body: { i } }]);
  await log.close();
  // What a crash right after the commits of seqs 11..30 leaves behind: their index entries and heads unwritten.
  const raw = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  const idx = raw.sublevel<Buffer, Buffer>('idx', { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  const heads = raw.sublevel<string, string>('heads', { keyEncoding: 'utf8', valueEncoding: 'utf8' });
  const meta = raw.sublevel<string, string>('meta', { keyEncoding: 'utf8', valueEncoding: 'utf8' });
  assert.is(await meta.get('indexedSeq'), '30', 'a clean close leaves the index complete');
  const later = (await idx.keys().all()).filter((k) => k.readUInt32BE(k.length - 4) > 10);
  assert.is(later.length, 20);
  await idx.batch(later.map((key) => ({ type: 'del' as const, key })));
  // Versions at seq 10: host/h0 has seqs 1, 4, 7, 10; host/h1 2, 5, 8; host/h2 3, 6, 9.
  await heads.batch([
    { type: 'put', key: 'host/h0', value: '4' },
    { type: 'put', key: 'host/h1', value: '3' },
    { type: 'put', key: 'host/h2', value: '3' },
  ]);
  await meta.put('indexedSeq', '10');
  await raw.close();

  log = await EventLog.open({ path: dir });
  try {
    assert.equal(
      (await log.history('host/h0')).map((e) => e.seq),
      [1, 4, 7, 10, 13, 16, 19, 22, 25, 28],
    );
    assert.equal(
      (await log.history('host/h2')).map((e) => e.seq),
      [3, 6, 9, 12, 15, 18, 21, 24, 27, 30],
    );
    assert.is(await log.aggregateVersion('host/h1'), 10);
    await assert_rejects(
      log.append([{ aggregate: 'host/h2', type: 'Probed', body: {}, expectedVersion: 3 }]),
      VersionConflictError,
    );
    const [next] = await log.append([{ aggregate: 'host/h2', type: 'Probed', body: {}, expectedVersion: 10 }]);
    assert.is(next!.version, 11);
    assert.equal((await log.read(1, 100, { aggregate: 'host/h2' })).map((e) => e.seq).at(-1), 31);
  } finally {
    await log.close();
  }
});

test.run();
