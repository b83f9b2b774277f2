// Host-side epoch fencing e2e: a real ferryd and a lab of 3 kvm sshd hosts whose group has an epoch file on the
// lab's shared storage. A forced move raises the file to the master's epoch (1). When the file holds a higher
// epoch (a newer master acted), the hosts refuse this master: nothing is defined or started on the target, the
// master learns the newer epoch and stops accepting writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Lab } from '@ferry/lab';
import {
  Ferryd,
  cleanupAll,
  fenceArgs,
  ferry,
  ferryJson,
  ferryOk,
  noDoubleRuns,
  registerLabHosts,
  tempDir,
  upLab,
  waitUntil,
  type FailoverJson,
  type HostJson,
  type StatusJson,
  waitSystemsReady,
} from './support/index.js';

let lab: Lab;
let node: Ferryd;
let epochFile = '';
let H1 = '';
let H2 = '';
let H3 = '';

const hostState = async (h: string) =>
  (await ferryJson<HostJson[]>(node.addr, 'hosts', 'list')).find((x) => x.name === h)?.state;
const definedOn = async (system: string, host: string) =>
  (await lab.systems()).some((s) => s.name === system && s.host === host);

test.before(async () => {
  [lab, node] = await Promise.all([
    upLab('epoch', { hosts: 3, type: 'kvm', ramMiB: 8192, systems: 2, systemRamMiB: 1024 }),
    Ferryd.start({ dir: tempDir('epoch-guard'), nodeId: 'eg', cluster: 'epoch-guard' }),
  ]);
  [H1, H2, H3] = lab.hostNames() as [string, string, string];
  epochFile = join(lab.config.sharedDir, '.ferry-epoch');
  const a = node.addr;
  await ferryOk(a, 'settings', 'set', 'probe-interval', '1');
  await ferryOk(a, 'settings', 'set', 'down-after', '2');
  await registerLabHosts(a, lab, 'kvm', lab.hostNames(), fenceArgs(lab));
  await waitSystemsReady(a, 6);
  await ferryOk(
    a,
    'groups',
    'create',
    'g',
    '--type',
    'kvm',
    '--mode',
    'manual',
    '--hosts',
    `${H1},${H2},${H3}`,
    '--fence',
    'command',
    '--epoch-file',
    epochFile,
  );
  const g = await ferryJson<{ epochFile: string }>(a, 'groups', 'show', 'g');
  assert.is(g.epochFile, epochFile);
  await lab.crash(H1);
  await waitUntil(`${H1} down`, async () => (await hostState(H1)) === 'down', 20_000);
});

test.after(cleanupAll);

test('a forced move raises the epoch file to the master epoch', async () => {
  const rec = await ferryJson<FailoverJson>(node.addr, 'failover-system', `vm-${H1}-1`, '--target', H2);
  assert.is(rec.outcome, 'succeeded', rec.reason);
  assert.ok(await definedOn(`vm-${H1}-1`, H2));
  assert.is(readFileSync(epochFile, 'utf8').trim(), '1');
});

test('a newer epoch in the file: the hosts refuse this master, nothing reaches the target, the master stops writing', async () => {
  writeFileSync(epochFile, '7\n'); // what a promoted master at epoch 7 leaves behind when it acts on the group
  const system = `vm-${H1}-2`;
  const r = await ferry(node.addr, 'failover-system', system, '--target', H3, '--json');
  assert.not.ok(
    r.code === 0 && (JSON.parse(r.stdout) as FailoverJson).outcome === 'succeeded',
    `the move went through: ${r.stdout}`,
  );
  assert.not.ok(await definedOn(system, H3), `${system} was defined on ${H3} by a stale master`);
  assert.is(readFileSync(epochFile, 'utf8').trim(), '7', 'a refused master lowered the epoch file');
  await waitUntil(
    'the master fenced itself',
    async () => (await ferryJson<StatusJson>(node.addr, 'status')).role === 'fenced',
    10_000,
  );
  const write = await ferry(node.addr, 'owners', 'add', 'bob', '--email', 'bob@example.test');
  assert.is(write.code, 1, 'a fenced master accepted a write');
  assert.match(write.stderr, /FAILED_PRECONDITION/);
  await noDoubleRuns(lab);
});

test.run();
