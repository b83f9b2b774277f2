// Tests of the projection checkpoint on its own, over a real LevelDB: which rows and which appliedSeq a write
// carries, retry after a failed write (injected in front of LevelDB), the timer, and discard/resetTo.
import { rmSync } from 'node:fs';
import { Level } from 'level';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { prefixed, type Op } from '../src/batch-ops.js';
import { META_APPLIED, META_PROJ_VERSION, ProjectionCheckpoint } from '../src/projection-checkpoint.js';
import { assert_rejects, CountingProjection, tempDir } from './conformance.js';
import type { EventData } from '../src/types.js';
import { openRow, ROW_FORMAT } from '../src/row-seal.js';

const P = { proj: Buffer.from('p:'), meta: Buffer.from('m:') };

interface Rig {
  db: Level<Buffer, Buffer>;
  projection: CountingProjection;
  checkpoint: ProjectionCheckpoint;
  /** Writes made so far (failed ones included). */
  writes: Op[][];
  /** Makes the next write fail before it reaches LevelDB. */
  failNext(): void;
  /** Stored rows (their checks verified and taken off) and meta as strings, by key without prefix. */
  stored(): Promise<{ rows: Record<string, string>; meta: Record<string, string> }>;
  /** Stages and commits events of the given types as seqs `from…`, noting them like the log does. */
  commit(from: number, ...types: string[]): void;
}

let dirs: string[] = [];
let dbs: Level<Buffer, Buffer>[] = [];

async function rig(intervalMs = 60_000): Promise<Rig> {
  const dir = tempDir('ferry-checkpoint-');
  dirs.push(dir);
  const db = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  await db.open();
  dbs.push(db);
  const writes: Op[][] = [];
  let fail = false;
  const write = async (ops: readonly Op[]): Promise<void> => {
    writes.push([...ops]);
    if (fail) {
      fail = false;
      throw new Error('injected write failure');
    }
    const b = db.batch();
    for (const o of ops) {
      if (o.type === 'put') b.put(prefixed(o.p, o.key), Buffer.from(o.value));
      else b.del(prefixed(o.p, o.key));
    }
    await b.write();
  };
  const projection = new CountingProjection('v1');
  const checkpoint = new ProjectionCheckpoint(write, P, projection, 0, intervalMs);
  return {
    db,
    projection,
    checkpoint,
    writes,
    failNext: () => {
      fail = true;
    },
    async stored() {
      const rows: Record<string, string> = {};
      const meta: Record<string, string> = {};
      for await (const [k, v] of db.iterator()) {
        const key = k.toString('utf8');
        if (key.startsWith('p:')) rows[key.slice(2)] = openRow(key.slice(2), v.toString('utf8'));
        else meta[key.slice(2)] = v.toString('utf8');
      }
      return { rows, meta };
    },
    commit(from, ...types) {
      const events = types.map((type, i) => ({ seq: from + i, type }) as EventData);
      const staged = projection.stage(events);
      staged.commit();
      checkpoint.changed(staged.keys, from + types.length - 1);
    },
  };
}

const test = suite('projection checkpoint');
test.after.each(async () => {
  for (const db of dbs) await db.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dbs = [];
  dirs = [];
});

test('a write carries each changed row once, as committed, with the last noted seq and the version', async () => {
  const r = await rig();
  r.commit(1, 'A', 'B');
  r.commit(3, 'A', 'A');
  assert.is(r.writes.length, 0, 'nothing is written before the interval or a flush');
  await r.checkpoint.flush();
  assert.is(r.writes.length, 1);
  assert.equal(await r.stored(), {
    rows: { 'count/A': '3', 'count/B': '1' },
    meta: { [META_APPLIED]: '4', [META_PROJ_VERSION]: `v1${ROW_FORMAT}` },
  });
  await r.checkpoint.flush();
  assert.is(r.writes.length, 1, 'nothing new: no write');
});

test('a failed write keeps its rows; the next one writes them as they are by then', async () => {
  const r = await rig();
  r.commit(1, 'A', 'B');
  r.failNext();
  assert.match((await assert_rejects(r.checkpoint.flush(), Error)).message, 'injected write failure');
  assert.equal((await r.stored()).rows, {});
  r.commit(3, 'C');
  await r.checkpoint.flush();
  assert.equal(await r.stored(), {
    rows: { 'count/A': '1', 'count/B': '1', 'count/C': '1' },
    meta: { [META_APPLIED]: '3', [META_PROJ_VERSION]: `v1${ROW_FORMAT}` },
  });
});

test('changes are written by the timer without a flush', async () => {
  const r = await rig(20);
  r.commit(1, 'A');
  const started = Date.now();
  while (r.writes.length === 0 && Date.now() - started < 5_000) await new Promise((res) => setTimeout(res, 10));
  await r.checkpoint.flush();
  assert.equal((await r.stored()).meta[META_APPLIED], '1');
});

test('after discard nothing is noted or written until resetTo', async () => {
  const r = await rig();
  r.commit(1, 'A');
  await r.checkpoint.flush();
  r.commit(2, 'B');
  r.checkpoint.discard();
  r.commit(3, 'C');
  await r.checkpoint.flush();
  assert.equal(await r.stored(), {
    rows: { 'count/A': '1' },
    meta: { [META_APPLIED]: '1', [META_PROJ_VERSION]: `v1${ROW_FORMAT}` },
  });
  await r.checkpoint.resetTo(3);
  r.commit(4, 'D');
  await r.checkpoint.flush();
  const { rows, meta } = await r.stored();
  assert.equal([rows['count/D'], meta[META_APPLIED]], ['1', '4']);
});

test.run();
