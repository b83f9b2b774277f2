// Probe problems e2e: real ferryd over a Xen lab host. A system whose definition stops being readable keeps its
// record and shows `unknown` with the reason in the host's lastError while the others stay readable; a host whose
// probe output cannot be read at all is `probe-error` (never `down`, however long), and `up` again once it reads.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Lab } from '@ferry/lab';
import {
  Ferryd,
  cleanupAll,
  ferryJson,
  ferryOk,
  registerLabHosts,
  sleep,
  tempDir,
  upLab,
  waitUntil,
  type HostJson,
  type SystemJson,
} from './support/index.js';

let lab: Lab;
let node: Ferryd;
let H = '';

test.before(async () => {
  const [l, n] = await Promise.all([
    upLab('probe-problems', { hosts: 1, type: 'xen', ramMiB: 8192, systems: 1 }),
    Ferryd.start({ dir: tempDir('probe-problems'), nodeId: 'pp', cluster: 'probe-problems' }),
  ]);
  [lab, node] = [l, n];
  [H] = lab.hostNames() as [string];
  await lab.addSystem(H, 'old app', { ramMiB: 512, state: 'stopped' });
  await ferryOk(node.addr, 'settings', 'set', 'probe-interval', '1');
  await ferryOk(node.addr, 'settings', 'set', 'down-after', '2');
  await registerLabHosts(node.addr, lab, 'xen', [H]);
});

test.after(cleanupAll);

const systems = () => ferryJson<SystemJson[]>(node.addr, 'systems', 'list');
const host = async () => (await ferryJson<HostJson[]>(node.addr, 'hosts', 'list'))[0]!;

test('an unreadable definition: the system shows unknown with the reason, the others stay readable', async () => {
  await waitUntil('both systems discovered', async () => (await systems()).length === 2, 30_000);
  const cfg = join(lab.dir, 'hosts', H, 'etc', 'xen', 'old app.cfg');
  writeFileSync(cfg, readFileSync(cfg, 'utf8').replace(/^(memory|maxmem) = .*\n/gm, ''));
  const s = await waitUntil(
    'old app unknown',
    async () => {
      const all = await systems();
      return all.find((x) => x.name === 'old app')?.state === 'unknown' ? all : false;
    },
    15_000,
  );
  assert.is(s.find((x) => x.name !== 'old app')?.state, 'running');
  const h = await host();
  assert.is(h.state, 'up');
  assert.match(h.lastError, /system old app unreadable: cat .*old app\.cfg: no line memory = N/);
});

test('probe output that cannot be read makes the host probe-error, never down; it is up again once it reads', async () => {
  const xl = join(lab.dir, 'bin', 'xl');
  renameSync(xl, `${xl}.real`);
  writeFileSync(
    xl,
    `#!/bin/sh\n[ "$1" = info ] && { echo 'Segmentation fault, have a nice day'; exit 0; }\nexec "$0.real" "$@"\n`,
    { mode: 0o755 },
  );
  try {
    await waitUntil('host probe-error', async () => (await host()).state === 'probe-error', 15_000);
    await sleep(4000);
    const h = await host();
    assert.is(h.state, 'probe-error', 'answering with unreadable output never counts toward down');
    assert.match(h.lastError, /xl info/);
  } finally {
    renameSync(`${xl}.real`, xl);
  }
  await waitUntil('host up again', async () => (await host()).state === 'up', 15_000);
});

test.run();
