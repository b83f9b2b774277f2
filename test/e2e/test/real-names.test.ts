// Real-tools e2e: real ferryd over KVM lab hosts answering with the real virsh (libvirt's test driver). Systems
// with awkward legal names in every state are discovered with their states (crashed and paused hold memory), and
// a crashed host's running system whose name has a space is moved and started on the target, its stopped one moved
// and left stopped without taking RAM from it. The lab's double-run detector must report nothing.
import { ENUM_PREFIX, enumText } from '@ferry/api';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Lab } from '@ferry/lab';
import {
  Api,
  Ferryd,
  cleanupAll,
  fenceArgs,
  ferryJson,
  ferryOk,
  noDoubleRuns,
  registerLabHosts,
  tempDir,
  upLab,
  waitUntil,
  type HostJson,
  type SystemJson,
} from './support/index.js';

let lab: Lab;
let node: Ferryd;
let H1 = '';
let H2 = '';

test.before(async () => {
  const [l, n] = await Promise.all([
    upLab('real-names', { hosts: 2, type: 'kvm', ramMiB: 8192, systems: 0 }),
    Ferryd.start({ dir: tempDir('real-names'), nodeId: 'rn', cluster: 'real-names' }),
  ]);
  [lab, node] = [l, n];
  [H1, H2] = lab.hostNames() as [string, string];
  await lab.addSystem(H1, 'web 01', { ramMiB: 3072, state: 'running' });
  await lab.addSystem(H1, 'debian 12', { ramMiB: 6144, state: 'stopped' });
  await lab.addSystem(H2, 'crashé.x-02', { ramMiB: 512, state: 'crashed' });
  await lab.addSystem(H2, 'db & cache', { ramMiB: 512, state: 'paused' });
  await ferryOk(node.addr, 'settings', 'set', 'probe-interval', '1');
  await ferryOk(node.addr, 'settings', 'set', 'down-after', '2');
  await registerLabHosts(node.addr, lab, 'kvm', lab.hostNames(), fenceArgs(lab));
});

test.after(cleanupAll);

test('awkward names in every state are discovered with their states; paused and crashed hold memory', async () => {
  const want = { 'web 01': 'running', 'debian 12': 'stopped', 'crashé.x-02': 'running', 'db & cache': 'running' };
  await waitUntil(
    '4 systems discovered with their states and definitions',
    async () => {
      const s = (
        await new Api(node.addr).call<{ systems: { name: string; state: string; definitionCaptured: boolean }[] }>(
          'ListSystems',
          {},
        )
      ).systems;
      return (
        s.length === 4 &&
        s.every(
          (x) =>
            want[x.name as keyof typeof want] === enumText(ENUM_PREFIX.systemState, x.state) && x.definitionCaptured,
        )
      );
    },
    30_000,
  );
  const hosts = await ferryJson<HostJson[]>(node.addr, 'hosts', 'list');
  assert.equal(
    hosts.map((h) => h.state),
    ['up', 'up'],
  );
  assert.is(
    hosts.find((h) => h.name === H2)?.memFreeMiB,
    8192 - 1024,
    'the paused and the crashed domain count as used',
  );
});

test('failover moves a running system whose name has a space and starts it; the stopped one moves stopped', async () => {
  await ferryOk(
    node.addr,
    'groups',
    'create',
    'g1',
    '--type',
    'kvm',
    '--mode',
    'automatic',
    '--hosts',
    `${H1},${H2}`,
    '--down-timeout',
    '0',
    '--fence',
    'command',
  );
  await lab.crash(H1);
  await waitUntil(
    `'web 01' running and 'debian 12' stopped on ${H2}`,
    async () => {
      const s = await lab.systems();
      return (
        s.some((x) => x.name === 'web 01' && x.host === H2 && x.state === 'running') &&
        s.some((x) => x.name === 'debian 12' && x.host === H2 && x.state === 'stopped')
      );
    },
    40_000,
  );
  const systems = await waitUntil(
    'Ferry records both on the target',
    async () => {
      const s = await ferryJson<SystemJson[]>(node.addr, 'systems', 'list');
      return ['web 01', 'debian 12'].every((n) => s.find((x) => x.name === n)?.host === H2) ? s : false;
    },
    15_000,
  );
  assert.is(systems.find((s) => s.name === 'web 01')?.state, 'running');
  assert.is(systems.find((s) => s.name === 'debian 12')?.state, 'stopped');
  await noDoubleRuns(lab);
});

test.run();
