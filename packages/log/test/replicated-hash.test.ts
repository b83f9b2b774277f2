// The replica's hash check on its own: records whose data is well-formed JSON carrying the right seq, but whose hash
// is not SHA-256(prev_hash || data), are refused naming the seq, and nothing of their batch is stored. (A flipped
// byte that breaks the JSON would be refused by the decoding too, so it cannot show that the hash is checked.)
import { rmSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ChainError, EventLog, chainHash, type RawRecord } from '../src/index.js';
import { assert_rejects, tempDir } from './conformance.js';

const test = suite('replicated records: the hash check');
let dirs: string[] = [];
let logs: EventLog[] = [];
test.after.each(async () => {
  for (const l of logs) await l.close().catch(() => undefined);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  logs = [];
  dirs = [];
});
const open = async (): Promise<EventLog> => {
  const path = tempDir();
  dirs.push(path);
  const log = await EventLog.open({ path });
  logs.push(log);
  return log;
};

/** A master with five events and a fresh replica. */
async function pair(): Promise<{ raws: RawRecord[]; rep: EventLog; src: EventLog }> {
  const src = await open();
  for (let i = 0; i < 5; i++) await src.append([{ aggregate: 'host/a', type: 'A', body: { address: `10.0.0.${i}` } }]);
  return { src, raws: await src.readRaw(1, 10), rep: await open() };
}

const copyOf = (raws: readonly RawRecord[]): { seq: number; data: Buffer; hash: Buffer }[] =>
  raws.map((r) => ({ seq: r.seq, data: Buffer.from(r.data), hash: Buffer.from(r.hash) }));

test('valid JSON with its original hash after a changed value is refused, naming the seq', async () => {
  const { raws, rep, src } = await pair();
  const tampered = copyOf(raws);
  const d = tampered[2]!.data;
  const at = d.indexOf('10.0.0.2');
  d[at + 7] = '9'.charCodeAt(0); // "10.0.0.2" -> "10.0.0.9": still valid JSON, same seq
  JSON.parse(d.toString('utf8'));
  const err = await assert_rejects(rep.appendReplicated(tampered), ChainError);
  assert.is(err.code, 'CHAIN_BROKEN');
  assert.match(err.message, 'seq 3');
  assert.match(err.message, 'hash');
  assert.is(rep.head().seq, 0, 'nothing of the batch is stored');
  await rep.appendReplicated(raws);
  assert.is(rep.head().hash, src.head().hash);
});

test('untouched data with a wrong hash is refused, naming the seq; the records before it in a later batch are fine', async () => {
  const { raws, rep, src } = await pair();
  const tampered = copyOf(raws);
  tampered[3]!.hash[0] = tampered[3]!.hash[0]! ^ 0xff;
  const err = await assert_rejects(rep.appendReplicated(tampered), ChainError);
  assert.match(err.message, 'seq 4');
  assert.is(rep.head().seq, 0);
  await rep.appendReplicated(raws.slice(0, 3));
  const again = await assert_rejects(rep.appendReplicated(tampered.slice(3)), ChainError);
  assert.match(again.message, 'seq 4');
  assert.is(rep.head().seq, 3);
  await rep.appendReplicated(raws.slice(3));
  assert.is(rep.head().hash, src.head().hash);
  assert.ok((await rep.verify()).ok);
});

test('a record with a right hash whose data carries another seq, or a lower epoch, is refused naming the seq', async () => {
  const src = await open();
  for (let i = 0; i < 3; i++) await src.append([{ aggregate: 'host/a', type: 'A', body: { i } }]);
  await src.beginEpoch(2);
  for (let i = 3; i < 5; i++) await src.append([{ aggregate: 'host/a', type: 'A', body: { i } }]);
  const raws = copyOf(await src.readRaw(1, 10));
  /** Record 5 with its data edited and re-sealed on record 4's hash: only the content checks can refuse it. */
  const forged = (edit: (d: string) => string) => {
    const data = Buffer.from(edit(raws[4]!.data.toString('utf8')), 'utf8');
    return [...raws.slice(0, 4), { seq: 5, data, hash: chainHash(raws[3]!.hash, data) }];
  };
  const rep = await open();
  const wrongSeq = await assert_rejects(
    rep.appendReplicated(forged((d) => d.replace('{"seq":5,', '{"seq":7,'))),
    ChainError,
  );
  assert.match(wrongSeq.message, 'seq 5');
  assert.match(wrongSeq.message, 'data carries seq 7');
  const lower = await assert_rejects(
    rep.appendReplicated(forged((d) => d.replace('"epoch":2,', '"epoch":1,'))),
    ChainError,
  );
  assert.match(lower.message, 'seq 5');
  assert.match(lower.message, 'epoch 1 is below');
  assert.is(rep.head().seq, 0);
  await rep.appendReplicated(raws);
  assert.is(rep.head().hash, src.head().hash);
});

test.run();
