// A replica's lag in time: 0 once it holds the master's head as last announced (the time since the last message is
// staleness, not lag), else how long the master has been ahead of it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { followerLagMs } from '../src/replication/replication.js';

const status = (masterHeadSeq: number, behindSince: number) => ({
  connected: true,
  masterHeadSeq,
  lastContact: 1_000,
  behindSince,
});

test('a caught-up replica lags 0 ms however long ago its last message was', () => {
  assert.is(followerLagMs(status(40, 0), 40, 1_000_000), 0);
  assert.is(followerLagMs(status(40, 500), 40, 1_000_000), 0, 'caught up since the master got ahead');
  assert.is(followerLagMs(undefined, 40), 0);
});

test('a replica behind lags by how long the master has been ahead of it', () => {
  assert.is(followerLagMs(status(45, 9_000), 40, 9_250), 250);
});

test.run();
