// Tests of storedBytes: the bytes served to readers who verify the chain themselves are the stored ones, whether the
// record is in the canonical encoding (re-derived) or not (read back raw), on a real LevelDB.
import { rmSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chainHash, EventLog, storedBytes, ZERO_HEX, type RawRecord } from '../src/index.js';
import { tempDir } from './conformance.js';

const dirs: string[] = [];
test.after(() =>
  dirs.forEach((d) => {
    rmSync(d, { recursive: true, force: true });
  }),
);

/** A raw record whose JSON has the canonical keys but not the canonical spacing, chained on `prev`. */
function spacedRecord(seq: number, prev: Buffer): RawRecord {
  const data = Buffer.from(
    `{"seq": ${seq}, "epoch": 1, "time": "2026-01-01T00:00:00.000Z", "aggregate": "owner/o${seq}", "version": 1, ` +
      `"type": "OwnerCreated", "actor": "t", "correlation": "", "body": {"name": "o${seq}", "email": "o@x.test"}}`,
  );
  return { seq, data, hash: chainHash(prev, data) };
}

test('canonical records are re-derived, others read raw; every result hashes to the stored hash', async () => {
  const dir = tempDir();
  dirs.push(dir);
  const log = await EventLog.open({ path: dir });
  try {
    const first = spacedRecord(1, Buffer.from(ZERO_HEX, 'hex'));
    await log.appendReplicated([first, spacedRecord(2, Buffer.from(first.hash))]);
    await log.append([{ aggregate: 'owner/o3', type: 'OwnerCreated', body: { name: 'o3', email: 'o3@x.test' } }]);
    const events = await log.read(1, 10);
    assert.is(events.length, 3);
    const reads: number[] = [];
    const data = await storedBytes(events, (from, limit) => {
      reads.push(from);
      return log.readRaw(from, limit);
    });
    assert.equal(reads, [1, 2], 'only the non-canonical records are read raw');
    const raws = await log.readRaw(1, 10);
    events.forEach((e, i) => {
      assert.equal(Buffer.from(data[i]!), Buffer.from(raws[i]!.data), `seq ${e.seq}: the stored bytes`);
      assert.is(chainHash(Buffer.from(e.prevHash, 'hex'), data[i]!).toString('hex'), e.hash);
    });
  } finally {
    await log.close();
  }
});

test.run();
