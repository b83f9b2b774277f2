// Bench `promote`: ms from the PromoteReplica RPC on a replica (its master SIGKILLed just before) to the first
// write the new master accepts. Cluster: one ferryd master and two ferryd replicas on loopback, with some events
// written and replicated first; the promotion is not forced (it checks that the old master is gone).
import { join } from 'node:path';
import { call } from '@ferry/api';
import { clusterStatus, sleep, startFerryd, waitFor, type Ferryd } from '../ferryd-process.js';
import { securityNote } from '../bench-tls.js';
import { scaled, withTempDir, type Bench } from '../harness.js';

interface PromoteAnswer {
  epoch: number;
  tookMs: number;
  lastSeqFromPrevious: number;
  followers: string[];
}

export const promoteBench: Bench = {
  name: 'promote',
  description: 'ms from PromoteReplica (master killed) to the first write accepted by the new master',
  async run() {
    const preload = scaled(2_000, 100);
    return withTempDir('promote', async (dir) => {
      const nodes: Ferryd[] = [];
      try {
        const master = await startFerryd({ data: join(dir, 'm'), nodeId: 'm', cluster: 'bench', role: 'master' });
        nodes.push(master);
        const token = join(dir, 'm', 'admin.token');
        const r1 = await startFerryd({
          data: join(dir, 'r1'),
          nodeId: 'r1',
          cluster: 'bench',
          role: 'replica',
          master: master.address,
          adminTokenFile: token,
        });
        const r2 = await startFerryd({
          data: join(dir, 'r2'),
          nodeId: 'r2',
          cluster: 'bench',
          role: 'replica',
          master: master.address,
          adminTokenFile: token,
        });
        nodes.push(r1, r2);
        const mc = master.client;
        // The master lists its replicas, so the promoted one tells the other to follow it.
        for (const r of [r1, r2]) await call(mc, mc.AddReplica, { address: r.address }, { timeoutMs: 10_000 });
        for (let i = 0; i < preload; i += 50) {
          await Promise.all(
            Array.from({ length: Math.min(50, preload - i) }, (_, k) =>
              call(
                mc,
                mc.CreateOwner,
                { owner: { name: `pre-${i + k}`, email: 'pre@example.test' } },
                { timeoutMs: 10_000 },
              ),
            ),
          );
        }
        const head = (await clusterStatus(master)).headSeq;
        for (const r of [r1, r2])
          await waitFor(`${r.address} at seq ${head}`, 30_000, async () => (await clusterStatus(r)).headSeq >= head);

        await master.kill();
        await sleep(100);
        const c = r1.client;
        const t0 = performance.now();
        const answer = await call<PromoteAnswer>(c, c.PromoteReplica, { force: false }, { timeoutMs: 30_000 });
        const promoted = performance.now();
        let attempts = 0;
        let lastErr = '';
        for (;;) {
          attempts++;
          try {
            await call(
              c,
              c.CreateOwner,
              { owner: { name: 'first-after-promote', email: 'p@example.test' } },
              { timeoutMs: 5_000 },
            );
            break;
          } catch (err) {
            lastErr = (err as Error).message;
            if (performance.now() - t0 > 30_000)
              throw new Error(`no write accepted 30 s after the promotion: ${lastErr}`);
            await sleep(5);
          }
        }
        const t1 = performance.now();
        // The other replica should now follow r1.
        let r2Follows = false;
        try {
          await waitFor('r2 following r1', 10_000, async () => {
            const s = await clusterStatus(r2);
            return s.master === r1.address && s.connected;
          });
          r2Follows = true;
        } catch {
          /* reported below */
        }
        return {
          value: Math.round(t1 - t0),
          unit: 'ms',
          baseline: null,
          ratio: null,
          notes:
            `${securityNote()}; ` +
            `PromoteReplica answered in ${(promoted - t0).toFixed(0)} ms (server-side tookMs ${answer.tookMs.toFixed(0)}, epoch ${answer.epoch}); ` +
            `first write after ${attempts} attempt(s)${attempts > 1 ? ` (last refusal: ${lastErr.slice(0, 80)})` : ''}; ` +
            `${head} events before; other replica ${r2Follows ? 'follows the new master' : 'did NOT follow within 10 s'}`,
        };
      } finally {
        for (const n of nodes.reverse()) await n.stop();
      }
    });
  },
};
