// `ferry events watch` follows the cluster, not one node: the master it watches is SIGKILLed, a replica is promoted,
// and the same watch goes on printing the new master's events from the next seq, saying on stderr what happened.
import { spawn, type ChildProcess } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  CLI,
  Ferryd,
  cleanupAll,
  ferryJson,
  ferryOk,
  onCleanup,
  tempDir,
  waitUntil,
  type StatusJson,
} from './support/index.js';

test.after(cleanupAll);

test('events watch goes on with the promoted replica after its master is killed', async () => {
  const dir = tempDir('watch-cluster');
  const m = await Ferryd.start({ dir, nodeId: 'm', cluster: 'wc', plaintext: true });
  const r = await Ferryd.start({
    dir,
    nodeId: 'r',
    cluster: 'wc',
    plaintext: true,
    args: ['--role', 'replica', '--master', m.addr],
  });
  await ferryOk(m.addr, 'replicas', 'add', r.addr);
  await ferryOk(m.addr, 'owners', 'add', 'before', '--email', 'before@example.test');

  const watch: ChildProcess = spawn(
    process.execPath,
    [CLI, '--server', m.addr, 'events', 'watch', '--json', '--type', 'OwnerCreated', '--from', '1'],
    {
      env: { ...process.env, FERRY_SERVER: '', FERRY_TOKEN: '', FERRY_CA: '', FERRY_CERT: '', FERRY_KEY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  onCleanup(() => void watch.kill('SIGKILL'));
  let out = '';
  let err = '';
  watch.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  watch.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const owners = () =>
    out
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { body: { name: string } }).body.name);
  await waitUntil('the watch printed the first owner', () => owners().includes('before'), 20_000);

  const caughtUp = async () =>
    (await ferryJson<StatusJson>(r.addr, 'status')).headSeq === (await ferryJson<StatusJson>(m.addr, 'status')).headSeq;
  await waitUntil('the replica caught up', caughtUp, 20_000);
  await m.kill();
  await ferryOk(r.addr, 'promote-replica');
  await ferryOk(r.addr, 'owners', 'add', 'after', '--email', 'after@example.test');

  await waitUntil(
    `the watch printed the new master's owner`,
    () => owners().includes('after') || (watch.exitCode !== null && `exited: ${err}`),
    30_000,
  );
  assert.ok(owners().includes('after'), err);
  assert.equal(owners(), ['before', 'after'], 'each event once, in order');
  assert.is(watch.exitCode, null, 'the watch is still running');
  assert.match(err, new RegExp(`lost ${m.addr.replace(/\./g, '\\.')}`));
  assert.match(err, new RegExp(`following ${r.addr.replace(/\./g, '\\.')} \\(master, epoch 2\\)`));
  watch.kill('SIGINT');
  const code = await new Promise<number | null>((resolve) => watch.once('exit', resolve));
  assert.is(code, 0, 'Ctrl-C ends the watch cleanly');
});

test.run();
