// A host whose SSH key is sealed into the log (`hosts add --seal-key-file`, as deploy/README.md describes): the
// key is read by the CLI, stored encrypted with the cluster key, the node reaches the host with it, and the key's
// text is nowhere in plain: not in events, not in `audit export`, not in the node's data files or its output.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Ferryd,
  cleanupAll,
  ferry,
  ferryJson,
  ferryOk,
  tempDir,
  upLab,
  waitUntil,
  type HostJson,
} from './support/index.js';

test.after(cleanupAll);

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

test('hosts add --seal-key-file: the host is reached with the sealed key, whose text is stored nowhere in plain', async () => {
  const dir = tempDir('sealed-key');
  const [node, lab] = await Promise.all([
    Ferryd.start({ dir, nodeId: 'sk', cluster: 'sealed-key' }),
    upLab('sealed-key', { hosts: 1, type: 'kvm', ramMiB: 4096, systems: 1, systemRamMiB: 512 }),
  ]);
  await ferryOk(node.addr, 'settings', 'set', 'probe-interval', '1');
  const h = lab.hostInfo('kvm-h1');
  await ferryOk(
    node.addr,
    'hosts',
    'add',
    'kvm-h1',
    '--address',
    h.address,
    '--port',
    String(h.port),
    '--user',
    h.user,
    '--type',
    'kvm',
    '--seal-key-file',
    h.keyFile,
  );
  await ferryOk(node.addr, 'hosts', 'trust', 'kvm-h1', '--fingerprint', h.hostKeyFingerprint);
  await waitUntil(
    'kvm-h1 up through the sealed key',
    async () => (await ferryJson<HostJson>(node.addr, 'hosts', 'show', 'kvm-h1')).state === 'up',
    30_000,
  );

  // The key's base64 body lines: any of them in plain would be a leak.
  const keyLines = readFileSync(h.keyFile, 'utf8')
    .split('\n')
    .filter((l) => l.length >= 40 && !l.startsWith('-----'));
  assert.ok(keyLines.length > 0, 'the lab key has no body lines to look for');
  const leaks = (text: string) => keyLines.some((l) => text.includes(l));
  const events = await ferry(node.addr, 'events', 'read', '--from', '1', '--json');
  assert.is(events.code, 0, events.stderr);
  assert.match(events.stdout, /"credentialsRef": *"sealed:"/);
  assert.not.ok(leaks(events.stdout), 'events read shows the key in plain');
  const exported = await ferry(node.addr, 'audit', 'export', '--from', '1');
  assert.is(exported.code, 0, exported.stderr);
  assert.not.ok(leaks(exported.stdout), 'audit export shows the key in plain');
  for (const f of filesUnder(join(dir, 'sk.data')))
    assert.not.ok(leaks(readFileSync(f, 'latin1')), `${f} holds the key in plain`);
  assert.not.ok(leaks(node.output), "the node's output shows the key");
});

test('hosts add --seal-key-file with a file that cannot be read is a usage error naming it', async () => {
  const node = await Ferryd.start({ dir: tempDir('sealed-key-missing'), nodeId: 'skm', cluster: 'sealed-key-missing' });
  const r = await ferry(
    node.addr,
    'hosts',
    'add',
    'h',
    '--address',
    '127.0.0.1',
    '--type',
    'kvm',
    '--seal-key-file',
    '/nonexistent/key',
  );
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, /--seal-key-file: cannot read \/nonexistent\/key: ENOENT/);
});

test.run();
