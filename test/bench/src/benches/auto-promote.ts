// Bench `auto-promote`: ms from SIGKILL of the master to the first write accepted by a replica that promoted itself
// on the NATS JetStream lease (ferryd --auto-promote, the default --lease-ttl of 10 s unless FERRY_BENCH_LEASE_TTL).
// Cluster: a real nats-server -js on loopback, one master (--sync-replicas 1) and two replicas, some events written
// first; nobody runs promote-replica. Target: ≤ 2 × ttl + 1 s.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { call } from '@ferry/api';
import { clusterStatus, sleep, startFerryd, waitFor, type Ferryd } from '../ferryd-process.js';
import { securityNote } from '../bench-tls.js';
import { scaled, withTempDir, type Bench } from '../harness.js';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });

export const autoPromoteBench: Bench = {
  name: 'auto-promote',
  description:
    'ms from SIGKILL of the master to the first write accepted by the replica that took the lease (default ttl)',
  async run() {
    const ttl = Number(process.env.FERRY_BENCH_LEASE_TTL ?? 10);
    const preload = scaled(500, 50);
    return withTempDir('auto-promote', async (dir) => {
      const port = await freePort();
      const nats = spawn(
        process.env.FERRY_NATS_SERVER ?? 'nats-server',
        ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', join(dir, 'js')],
        { stdio: 'ignore' },
      );
      const natsGone = new Promise<void>((r) => {
        nats.once('exit', () => r());
        nats.once('error', () => r());
      });
      const spawnFailed = new Promise<never>((_, reject) =>
        nats.once('error', (err) =>
          reject(new Error(`cannot start nats-server (${err.message}); install it or set FERRY_NATS_SERVER`)),
        ),
      );
      const nodes: Ferryd[] = [];
      try {
        await Promise.race([sleep(700), spawnFailed]);
        const lease = ['--auto-promote', '--nats', `nats://127.0.0.1:${port}`, '--lease-ttl', String(ttl)];
        const master = await startFerryd({
          data: join(dir, 'm'),
          nodeId: 'm',
          cluster: 'bench',
          role: 'master',
          extraArgs: [...lease, '--sync-replicas', '1'],
        });
        nodes.push(master);
        const token = join(dir, 'm', 'admin.token');
        const replica = (id: string) =>
          startFerryd({
            data: join(dir, id),
            nodeId: id,
            cluster: 'bench',
            role: 'replica',
            master: master.address,
            adminTokenFile: token,
            extraArgs: lease,
          });
        const [r1, r2] = [await replica('r1'), await replica('r2')];
        nodes.push(r1, r2);
        const mc = master.client;
        for (const r of [r1, r2]) await call(mc, mc.AddReplica, { address: r.address }, { timeoutMs: 10_000 });
        for (let i = 0; i < preload; i += 50) {
          await Promise.all(
            Array.from({ length: Math.min(50, preload - i) }, (_, k) =>
              call(mc, mc.CreateOwner, { name: `pre-${i + k}`, email: 'pre@example.test' }, { timeoutMs: 10_000 }),
            ),
          );
        }
        const head = (await clusterStatus(master)).headSeq;
        for (const r of [r1, r2])
          await waitFor(`${r.address} at seq ${head}`, 30_000, async () => (await clusterStatus(r)).headSeq >= head);
        // Let at least one renewal pass, as in steady state.
        await sleep(Math.round((ttl * 1000) / 3) + 200);

        const t0 = performance.now();
        await master.kill();
        let attempts = 0;
        let winner: Ferryd | undefined;
        while (!winner) {
          if (performance.now() - t0 > 4 * ttl * 1000 + 10_000)
            throw new Error(`no replica accepted a write ${4 * ttl + 10} s after the master died`);
          for (const r of [r1, r2]) {
            attempts++;
            try {
              await call(
                r.client,
                r.client.CreateOwner,
                { name: 'first-after-auto-promote', email: 'p@example.test' },
                { timeoutMs: 2_000 },
              );
              winner = r;
              break;
            } catch {
              /* not master yet */
            }
          }
          if (!winner) await sleep(20);
        }
        const t1 = performance.now();
        const other = winner === r1 ? r2 : r1;
        let follows = false;
        try {
          await waitFor('the other replica following the new master', 20_000, async () => {
            const s = await clusterStatus(other);
            return s.master === winner!.address && s.connected;
          });
          follows = true;
        } catch {
          /* reported below */
        }
        const s = await clusterStatus(winner);
        const target = 2 * ttl * 1000 + 1000;
        return {
          value: Math.round(t1 - t0),
          unit: 'ms',
          baseline: null,
          ratio: null,
          notes:
            `${securityNote()}; lease ttl ${ttl} s, target ≤ ${target} ms (${t1 - t0 <= target ? 'met' : 'NOT met'}); ` +
            `${winner === r1 ? 'r1' : 'r2'} promoted itself to epoch ${s.epoch}; ${attempts} write attempts; ${head} events before; ` +
            `other replica ${follows ? 'follows the new master' : 'did NOT follow within 20 s'}`,
        };
      } finally {
        for (const n of nodes.reverse()) await n.stop();
        nats.kill('SIGKILL');
        await natsGone;
      }
    });
  },
};
