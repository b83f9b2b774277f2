// A master restarted after two promotions finds the newer epoch among every node the cluster's log lists, not only
// among registered replicas (found by the fault campaign, seed 3, faults 0,11,12): each MasterPromoted takes the
// promoted node off the replica list and the old master is not on it, so after r1 (epoch 2) and then m again
// (epoch 3) were promoted, a restarted r1 listed no replica at all, asked nobody, and stayed master of epoch 2 next
// to m: two writable masters for good. Real ferryd processes over mutual TLS.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { adminToken, CLI, makeCerts, startFerryd, waitFor, type Ferryd } from './support/daemon.js';

let dir = '';
let pki = '';
const running = new Map<string, Ferryd>();

function ferry(server: string, token: string, args: string[]): Promise<{ code: number; out: string }> {
  const env = {
    ...process.env,
    FERRY_SERVER: '',
    FERRY_TOKEN: token,
    FERRY_CA: join(pki, 'ca.pem'),
    FERRY_CERT: join(pki, 'cli.pem'),
    FERRY_KEY: join(pki, 'cli-key.pem'),
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, '--server', server, ...args], { env, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) || 1 : 0, out: `${stdout}${stderr}` }),
    );
  });
}

async function start(name: string, listen?: string, args: string[] = []): Promise<Ferryd> {
  const node = await startFerryd({ name, dir, pki, cluster: 'disc', listen, args });
  running.set(name, node);
  return node;
}

async function stop(name: string): Promise<void> {
  await running.get(name)?.stop();
  running.delete(name);
}

const role = async (address: string, token: string) => {
  const r = await ferry(address, token, ['status', '--json']);
  return r.code === 0 ? (JSON.parse(r.out) as { role: string; epoch: number }) : undefined;
};

test.before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-discovery-'));
  pki = join(dir, 'pki');
  makeCerts(pki, ['m', 'r1']);
  makeCerts(pki, ['cli'], { client: true });
});

test.after(async () => {
  await Promise.all([...running.values()].map((n) => n.stop()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a master restarted after two promotions is fenced by the newer master it knows only from the promotions', async () => {
  const m = await start('m');
  const token = await adminToken(m);
  const r1 = await start('r1', undefined, ['--role', 'replica', '--master', m.address]);
  const add = await ferry(m.address, token, ['replicas', 'add', r1.address]);
  assert.is(add.code, 0, add.out);
  await waitFor('r1 to hold the token', async () => (await role(r1.address, token)) !== undefined, 30_000);

  // Promotion 1: m dies, r1 becomes master of epoch 2; m comes back and rejoins r1 as its replica.
  await stop('m');
  const p1 = await ferry(r1.address, token, ['promote-replica', '--json']);
  assert.is(p1.code, 0, p1.out);
  await start('m', m.address);
  await waitFor('m to rejoin r1 as a replica', async () => (await role(m.address, token))?.role === 'replica', 30_000);

  // Promotion 2: r1 dies, m becomes master of epoch 3. Then r1 restarts with its persisted role: master of epoch 2.
  await stop('r1');
  const p2 = await ferry(m.address, token, ['promote-replica', '--json']);
  assert.is(p2.code, 0, p2.out);
  assert.is((await role(m.address, token))?.epoch, 3);
  await start('r1', r1.address);
  await waitFor(
    'the restarted r1 to stop being master of epoch 2',
    async () => (await role(r1.address, token))?.role !== 'master',
    20_000,
  );
  assert.is((await role(m.address, token))?.role, 'master');
});

test.run();
