// What is about to happen: down hosts whose failover has not started, with the group that acts and, for an
// automatic group, when it starts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  failoverGroupOf,
  pendingFailovers,
  type ClusterSnapshot,
  type GroupView,
  type HostView,
} from '../src/index.js';

const host = (name: string, state: HostView['state'], downSinceMs?: number): HostView => ({
  name,
  type: 'kvm',
  state,
  memTotalMiB: 8192,
  memFreeMiB: 8192,
  fence: { method: 'command' },
  ...(downSinceMs === undefined ? {} : { downSinceMs }),
});
const group = (name: string, mode: GroupView['mode'], members: string[], timeoutSec = 60): GroupView => ({
  name,
  type: 'kvm',
  mode,
  members,
  systems: 'all',
  timeoutSec,
  notifyOwners: false,
  placement: 'most-free-ram',
  parallelism: 4,
  brake: { maxDownShare: 0.5, windowSec: 5 },
});
const snap = (hosts: readonly HostView[], groups: GroupView[]): ClusterSnapshot => ({ hosts, systems: [], groups });

test('a down host of an automatic group is pending until down time + timeout; a manual one waits for an operator', () => {
  const s = snap(
    [host('h1', 'down', 1_000_000), host('h2', 'up'), host('h3', 'down', 900_000), host('h4', 'down', 950_000)],
    [group('auto', 'automatic', ['h1', 'h2'], 40), group('man', 'manual', ['h3', 'h2'])],
  );
  assert.equal(
    pendingFailovers(s, new Set()),
    [
      { host: 'h3', group: 'man', mode: 'manual', downSinceMs: 900_000, timeoutSec: 60 },
      { host: 'h1', group: 'auto', mode: 'automatic', downSinceMs: 1_000_000, timeoutSec: 40, failoverAtMs: 1_040_000 },
    ],
    'h4 is in no group; h2 is up',
  );
});

test('not pending: a failover under way, a fenced host, a down time not yet known', () => {
  const s = snap(
    [host('h1', 'down', 1_000), host('h2', 'fenced', 1_000), host('h3', 'down')],
    [group('g', 'automatic', ['h1', 'h2', 'h3'])],
  );
  assert.equal(pendingFailovers(s, new Set(['h1'])), []);
});

test('not pending: a down host in maintenance (it raises no failover)', () => {
  const s = snap(
    [{ ...host('h1', 'down', 1_000), maintenance: true }, host('h2', 'up')],
    [group('g', 'automatic', ['h1', 'h2'])],
  );
  assert.equal(pendingFailovers(s, new Set()), []);
});

test('the acting group: an automatic one first, else the first by name (the engine takes the same)', () => {
  const s = snap(
    [host('h1', 'down', 1)],
    [group('b-man', 'manual', ['h1']), group('c-auto', 'automatic', ['h1']), group('a-man', 'manual', ['h1'])],
  );
  assert.is(failoverGroupOf(s, 'h1')?.name, 'c-auto');
  assert.is(
    failoverGroupOf(snap(s.hosts, [group('b', 'manual', ['h1']), group('a', 'manual', ['h1'])]), 'h1')?.name,
    'a',
  );
});

test.run();
