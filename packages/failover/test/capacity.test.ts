// Whether a group can absorb the loss of its biggest member, by the planner itself.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { biggestLoss, type ClusterSnapshot, type GroupView, type HostView, type SystemView } from '../src/index.js';

const host = (name: string, free: number, state: HostView['state'] = 'up'): HostView => ({
  name,
  type: 'kvm',
  state,
  memTotalMiB: 16384,
  memFreeMiB: free,
  fence: { method: 'command' },
});
const sys = (name: string, on: string, mem: number, state: SystemView['state'] = 'running'): SystemView => ({
  name,
  host: on,
  state,
  memoryMiB: mem,
  priority: 0,
  failover: true,
  definitionCaptured: true,
});
const group: GroupView = {
  name: 'g1',
  type: 'kvm',
  mode: 'automatic',
  members: ['h1', 'h2', 'h3'],
  systems: 'all',
  timeoutSec: 60,
  notifyOwners: false,
  placement: 'most-free-ram',
  parallelism: 2,
  brake: { maxDownShare: 0.5, windowSec: 5 },
};
const snap = (hosts: HostView[], systems: SystemView[]): ClusterSnapshot => ({ hosts, systems, groups: [group] });

test('the member with the most running memory is the one planned away; absorbed when all of it fits', () => {
  const c = biggestLoss(
    snap(
      [host('h1', 4096), host('h2', 8192), host('h3', 8192)],
      [sys('a', 'h1', 4096), sys('b', 'h1', 2048), sys('c', 'h2', 1024), sys('big', 'h3', 512, 'stopped')],
    ),
    group,
  );
  assert.equal(c, { group: 'g1', host: 'h1', runningMiB: 6144, absorbed: true, refusals: [] });
});

test("not absorbed: the refusals say what would be left without a place, with the planner's reasons", () => {
  const c = biggestLoss(
    snap([host('h1', 1024), host('h2', 2048), host('h3', 1024)], [sys('db', 'h1', 4096), sys('w', 'h2', 512)]),
    group,
  )!;
  assert.is(c.host, 'h1');
  assert.is(c.absorbed, false);
  assert.equal(
    c.refusals.map((r) => [r.system, r.code]),
    [['db', 'insufficient-ram']],
  );
});

test('fewer than two members up: nothing to answer', () => {
  assert.is(
    biggestLoss(snap([host('h1', 1024), host('h2', 0, 'down'), host('h3', 0, 'fenced')], []), group),
    undefined,
  );
});

test.run();
