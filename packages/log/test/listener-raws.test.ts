// Listeners of durable batches also get the batch's records as stored (what readRaw returns): the master's live
// replication feed sends them instead of reading them back from disk. Checked for appends and replicated batches.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { EventLog, type RawRecord } from '../src/index.js';

const same = (a: readonly RawRecord[], b: readonly RawRecord[]) => {
  assert.equal(
    a.map((r) => r.seq),
    b.map((r) => r.seq),
  );
  a.forEach((r, i) => {
    assert.ok(Buffer.from(r.data).equals(Buffer.from(b[i]!.data)), `data of seq ${r.seq}`);
    assert.ok(Buffer.from(r.hash).equals(Buffer.from(b[i]!.hash)), `hash of seq ${r.seq}`);
  });
};

test('appended and replicated batches reach listeners with their stored records', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-log-raws-'));
  const master = await EventLog.open({ path: join(dir, 'm') });
  const replica = await EventLog.open({ path: join(dir, 'r') });
  try {
    const fromMaster: RawRecord[][] = [];
    const fromReplica: RawRecord[][] = [];
    master.subscribe((events, raws) => {
      assert.equal(
        events.map((e) => e.seq),
        raws.map((r) => r.seq),
      );
      fromMaster.push([...raws]);
    });
    replica.subscribe((_events, raws) => fromReplica.push([...raws]));
    await Promise.all([
      master.append([
        { aggregate: 'a/1', type: 'Noted', body: { n: 1 } },
        { aggregate: 'a/2', type: 'Noted', body: { n: 'two' } },
      ]),
      master.append([{ aggregate: 'a/1', type: 'Noted', body: { n: 3 } }]),
    ]);
    await master.append([{ aggregate: 'a/3', type: 'Noted', body: {} }]);
    const stored = await master.readRaw(1, 100);
    assert.is(stored.length, 4);
    same(fromMaster.flat(), stored);
    await replica.appendReplicated(stored.slice(0, 3));
    await replica.appendReplicated(stored.slice(3));
    same(fromReplica.flat(), stored);
  } finally {
    await master.close();
    await replica.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
