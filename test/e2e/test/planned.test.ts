// Planned operations e2e: real ferryd, a lab of 3 kvm sshd hosts x 1 system. A drain moves a host's system off it
// live and keeps it in maintenance (no move may target it); a master killed in the middle of a live migration
// resumes the move from the log when it starts again; a cold move; a keep-apart rule refusing a move by name. The
// lab's double-run detector must report nothing after each.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Lab } from '@ferry/lab';
import {
  Api,
  Ferryd,
  cleanupAll,
  fenceArgs,
  ferry,
  ferryJson,
  ferryOk,
  noDoubleRuns,
  registerLabHosts,
  runningSystems,
  tempDir,
  trace,
  upLab,
  waitUntil,
  type HostJson,
  waitSystemsReady,
} from './support/index.js';

let lab: Lab;
let node: Ferryd;
let H1 = '';
let H2 = '';
let H3 = '';

interface DrainJson {
  host: string;
  moves: { system: string; to: string; live: boolean; outcome: string }[];
  refusals: { system: string; code: string; reason: string }[];
}
interface MoveJson {
  id: string;
  system: string;
  from: string;
  to: string;
  live: boolean;
  outcome: string;
  detail: string;
}

const hostsOf = async (system: string): Promise<string[]> =>
  (await runningSystems(lab)).filter((s) => s.name === system).map((s) => s.host);

test.before(async () => {
  const dir = tempDir('planned');
  const [l, n] = await Promise.all([
    upLab('planned', { hosts: 3, type: 'kvm', ramMiB: 8192, systems: 1, systemRamMiB: 1024 }),
    Ferryd.start({ dir, nodeId: 'pl', cluster: 'planned', args: ['--log-level', 'info'] }),
  ]);
  [lab, node] = [l, n];
  [H1, H2, H3] = lab.hostNames() as [string, string, string];
  const a = node.addr;
  await Promise.all([
    ferryOk(a, 'settings', 'set', 'probe-interval', '1'),
    ferryOk(a, 'settings', 'set', 'down-after', '2'),
    registerLabHosts(a, lab, 'kvm', lab.hostNames(), fenceArgs(lab)),
  ]);
  await waitSystemsReady(a, 3);
  await ferryOk(
    a,
    'groups',
    'create',
    'g1',
    '--type',
    'kvm',
    '--mode',
    'automatic',
    '--hosts',
    `${H1},${H2},${H3}`,
    '--down-timeout',
    '0',
    '--fence',
    'command',
  );
});

test.after(cleanupAll);

test('drain: the system moves off live, the host stays up in maintenance and receives no move until undrained', async () => {
  trace('drain');
  const sys = `vm-${H3}-1`;
  const d = await ferryJson<DrainJson>(node.addr, 'hosts', 'drain', H3, '--wait');
  assert.is(d.host, H3);
  assert.is(d.moves.length, 1);
  assert.equal(
    { system: d.moves[0]!.system, live: d.moves[0]!.live, outcome: d.moves[0]!.outcome },
    { system: sys, live: true, outcome: 'succeeded' },
  );
  assert.equal(d.refusals, []);
  assert.equal(await hostsOf(sys), [d.moves[0]!.to]);
  const h = await ferryJson<HostJson & { maintenance: boolean }>(node.addr, 'hosts', 'show', H3);
  assert.equal([h.state, h.maintenance], ['up', true]);
  await noDoubleRuns(lab);
  const refused = await ferry(node.addr, 'systems', 'move', sys, '--to', H3);
  assert.is(refused.code, 1, refused.stderr);
  assert.match(refused.stderr, /target-in-maintenance/);
  await ferryOk(node.addr, 'hosts', 'undrain', H3);
  assert.is((await ferryJson<{ maintenance: boolean }>(node.addr, 'hosts', 'show', H3)).maintenance, false);
});

test('master killed in the middle of a live migration: the restarted master finishes the move, never a double run', async () => {
  trace('kill mid-move');
  const sys = `vm-${H3}-1`;
  const [from] = await hostsOf(sys);
  assert.ok(from !== undefined && from !== H3);
  lab.slowMigrations(4_000);
  const move = ferry(node.addr, 'systems', 'move', sys, '--to', H3, '--live', '--json');
  await waitUntil(
    'the move recorded',
    async () => {
      const evs = await new Api(node.addr).call<{ events: { type: string }[] }>('ReadEvents', {
        types: ['SystemMoveStarted'],
        fromSeq: 1,
        limit: 100,
      });
      return evs.events.length === 2;
    },
    15_000,
  );
  await node.kill();
  await move;
  assert.equal(await hostsOf(sys), [from], 'the killed master left the system where it ran');
  lab.slowMigrations(0);
  await node.restart();
  await waitUntil(`${sys} running on ${H3}`, async () => (await hostsOf(sys)).join() === H3, 40_000);
  const finished = await waitUntil(
    'the move finished in the log',
    async () => {
      const evs = await new Api(node.addr).call<{
        events: { type: string; systemMoveFinished?: { outcome: string } }[];
      }>('ReadEvents', { types: ['SystemMoveFinished'], fromSeq: 1, limit: 100 });
      return evs.events.length === 2 ? evs.events[1] : false;
    },
    20_000,
  );
  assert.is(finished.systemMoveFinished?.outcome, 'succeeded');
  assert.match(
    node.output,
    /resuming mv-2 \(move vm-\S+ \S+ -> \S+\) from its first step/,
    'the restarted master resumed the recorded move',
  );
  await noDoubleRuns(lab);
});

test('cold move: stopped on the source before it starts on the target', async () => {
  trace('cold');
  const sys = `vm-${H1}-1`;
  const m = await ferryJson<MoveJson>(node.addr, 'systems', 'move', sys, '--to', H2, '--cold');
  assert.equal([m.from, m.to, m.live, m.outcome], [H1, H2, false, 'succeeded']);
  assert.equal(await hostsOf(sys), [H2]);
  await noDoubleRuns(lab);
});

test('a keep-apart rule refuses a move next to its other system, naming the rule', async () => {
  trace('rule');
  await ferryOk(node.addr, 'rules', 'add', 'apart', '--keep-apart', `vm-${H1}-1,vm-${H3}-1`);
  const r = await ferry(node.addr, 'systems', 'move', `vm-${H1}-1`, '--to', H3);
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, /rule apart \(keep-apart .*\).*rule-keep-apart/);
  assert.equal(await hostsOf(`vm-${H1}-1`), [H2]);
  const rules = await ferryJson<{ name: string; kind: string }[]>(node.addr, 'rules', 'list');
  assert.equal(
    rules.map((x) => `${x.name}:${x.kind}`),
    ['apart:keep-apart'],
  );
  await ferryOk(node.addr, 'rules', 'remove', 'apart');
  assert.equal(await ferryJson<unknown[]>(node.addr, 'rules', 'list'), []);
});

test.run();
