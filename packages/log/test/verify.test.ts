// verify() on damaged logs, each damage isolated so that one check alone can see it: a changed record (valid JSON)
// under its old hash, a missing seq, a last record re-hashed after its inner seq or epoch was changed (the hash is
// right, the content is not), and a verify from a later seq. Records are rewritten in LevelDB directly.
import { rmSync } from 'node:fs';
import { Level } from 'level';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { EventLog, chainHash } from '../src/index.js';
import { tempDir } from './conformance.js';

const test = suite('verify on damaged logs');
let dirs: string[] = [];
test.after.each(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

const key = (seq: number) => {
  const k = Buffer.alloc(8);
  k.writeUInt32BE(seq, 4);
  return k;
};

/** A closed log of `n` events (from epoch 2 on after the third when `epochs`), and a way to rewrite its records. */
async function damaged(
  n: number,
  damage: (log: {
    get(seq: number): Promise<Buffer>;
    put(seq: number, v: Buffer): Promise<void>;
    del(seq: number): Promise<void>;
  }) => Promise<void>,
  epochs = false,
) {
  const dir = tempDir();
  dirs.push(dir);
  const log = await EventLog.open({ path: dir });
  for (let i = 1; i <= n; i++) {
    if (epochs && i === 4) await log.beginEpoch(2);
    await log.append([{ aggregate: `host/h${i}`, type: 'HostRegistered', body: { address: `10.0.0.${i}` } }]);
  }
  await log.close();
  const db = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  const sub = db.sublevel<Buffer, Buffer>('log', { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  await damage({
    get: async (s) => (await sub.get(key(s)))!,
    put: (s, v) => sub.put(key(s), v),
    del: (s) => sub.del(key(s)),
  });
  await db.close();
  const reopened = await EventLog.open({ path: dir, verifyOnOpen: false });
  try {
    return await reopened.verify();
  } finally {
    await reopened.close();
  }
}

/** Rewrites record `seq`'s data with `edit` and seals it on its predecessor's stored hash. */
async function rewrite(
  db: { get(seq: number): Promise<Buffer>; put(seq: number, v: Buffer): Promise<void> },
  seq: number,
  edit: (data: string) => string,
) {
  const prev = (await db.get(seq - 1)).subarray(0, 32);
  const data = Buffer.from(edit((await db.get(seq)).subarray(32).toString('utf8')), 'utf8');
  JSON.parse(data.toString('utf8'));
  await db.put(seq, Buffer.concat([chainHash(prev, data), data]));
}

test('a changed record under its old hash: hash mismatch at its seq', async () => {
  const r = await damaged(5, async (db) => {
    const v = await db.get(2);
    const at = v.indexOf('10.0.0.2');
    v[at + 7] = '7'.charCodeAt(0);
    await db.put(2, v);
  });
  assert.equal(
    [r.ok, r.checked, r.firstBad?.seq, r.firstBad?.reason, r.firstBad?.aggregate, r.firstBad?.type],
    [false, 1, 2, 'hash mismatch', 'host/h2', 'HostRegistered'],
  );
});

test('a missing record: its seq is named', async () => {
  const r = await damaged(5, (db) => db.del(3));
  assert.equal([r.ok, r.checked, r.firstBad?.seq], [false, 2, 3]);
  assert.match(r.firstBad!.reason, 'seq 3 is missing');
});

test('a re-hashed last record carrying another seq or a lower epoch is refused', async () => {
  const seq = await damaged(5, (db) => rewrite(db, 5, (d) => d.replace('{"seq":5,', '{"seq":4,')));
  assert.equal([seq.ok, seq.checked, seq.firstBad?.seq, seq.firstBad?.reason], [false, 4, 5, 'data carries seq 4']);
  const epoch = await damaged(5, (db) => rewrite(db, 5, (d) => d.replace('"epoch":2,', '"epoch":1,')), true);
  assert.equal([epoch.ok, epoch.checked, epoch.firstBad?.seq], [false, 4, 5]);
  assert.match(epoch.firstBad!.reason, 'epoch 1');
  const history = await damaged(5, (db) => rewrite(db, 5, (d) => d.replace('"epoch":2,', '"epoch":3,')), true);
  assert.equal([history.ok, history.firstBad?.seq], [false, 5]);
  assert.match(history.firstBad!.reason, 'disagrees with the epoch history (expected 2)');
});

test('verify from a later seq trusts the stored hash before it', async () => {
  const dir = tempDir();
  dirs.push(dir);
  const log = await EventLog.open({ path: dir });
  for (let i = 1; i <= 6; i++) await log.append([{ aggregate: 'host/a', type: 'A', body: { i } }]);
  assert.equal(await log.verify({ from: 4 }), { ok: true, checked: 3 });
  const progress: number[][] = [];
  assert.equal(await log.verify({ onProgress: (c, t) => progress.push([c, t]) }), { ok: true, checked: 6 });
  assert.equal(progress, [[6, 6]]);
  await log.close();
});

test.run();
