// The pure parts of following a cluster in `events watch`: which nodes a status names, which master to follow, and
// which printed events a new master does not hold.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ClusterStatus__Output } from '@ferry/contract';
import { discardedSince, knownNodes, masterOf } from '../src/follow-cluster.js';

const status = (role: string, epoch: number, headSeq = 10, extra: Partial<ClusterStatus__Output> = {}) =>
  ({ role, epoch, headSeq, address: '', master: '', replicas: [], ...extra }) as unknown as ClusterStatus__Output;

test('knownNodes: the node asked, its own address, its master and replicas, once each', () => {
  const st = status('master', 1, 10, {
    address: 'm:1',
    replicas: [{ address: 'r1:1' }, { address: 'r2:1' }, { address: 'm:1' }],
  } as never);
  assert.equal(knownNodes('127.0.0.1:1', st), ['127.0.0.1:1', 'm:1', 'r1:1', 'r2:1']);
});

test('masterOf: the master of the highest epoch; none when no node answers as master', () => {
  const answers = [
    { address: 'old', status: status('master', 1, 40) },
    { address: 'new', status: status('master', 2, 30) },
    { address: 'rep', status: status('replica', 2, 30) },
  ];
  assert.is(masterOf(answers)?.address, 'new');
  assert.is(masterOf(answers.filter((a) => a.address === 'rep')), undefined);
});

test('discardedSince: printed events from the newest back to the first the new node holds as printed', async () => {
  const printed = [
    { seq: 5, hash: 'a5' },
    { seq: 7, hash: 'a7' },
    { seq: 9, hash: 'old9' },
    { seq: 10, hash: 'old10' },
  ];
  const held: Record<number, string> = { 5: 'a5', 7: 'a7', 9: 'new9' };
  const asked: number[] = [];
  const gone = await discardedSince(printed, async (seq) => {
    asked.push(seq);
    return held[seq];
  });
  assert.equal(gone, [9, 10]);
  assert.equal(asked, [10, 9, 7], 'stops at the first match');
  assert.equal(await discardedSince(printed.slice(0, 2), async (seq) => held[seq]), []);
});

test.run();
