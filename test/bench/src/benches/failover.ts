// Bench `failover`: ms from crashing a lab host that runs 50 systems to all 50 running on the two other hosts of
// an automatic failover group (downtime timeout 0, probe interval 1 s, default down-after, fencing by command with
// the lab CLI's power-off / power-status), against a real ferryd master and real sshd lab hosts. "Running
// elsewhere" is read from the lab itself (`lab.systems()`), not from ferryd.
import { fromTimestamp } from '@ferry/api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { call } from '@ferry/api';
import { Lab } from '@ferry/lab';
import { labMain, sleep, startFerryd, waitFor, type Ferryd } from '../ferryd-process.js';
import { securityNote } from '../bench-tls.js';
import { scaled, withTempDir, type Bench } from '../harness.js';

const SYSTEM_RAM = 256;

interface FailoverView {
  system: string;
  from: string;
  to: string;
  outcome: string;
  startTime: WireTime | null;
  finishTime: WireTime | null;
}
type WireTime = { seconds: number; nanos: number };

export const failoverBench: Bench = {
  name: 'failover',
  description: 'ms from crashing a lab host with 50 systems to all 50 running on other hosts (automatic group)',
  async run() {
    const systems = scaled(50, 2);
    return withTempDir('failover', async (dir) => {
      const labDir = join(dir, 'lab');
      // Every host runs `systems` systems and has room for as many again, so the two survivors fit them all.
      const lab = await Lab.up(labDir, {
        hosts: 3,
        type: 'kvm',
        ramMiB: systems * SYSTEM_RAM * 2,
        systems,
        systemRamMiB: SYSTEM_RAM,
      });
      let node: Ferryd | undefined;
      try {
        const hosts = lab.info().hosts;
        node = await startFerryd({ data: join(dir, 'm'), nodeId: 'm', cluster: 'bench', role: 'master' });
        const c = node.client;
        // Discovery runs at the default interval: a host's first kvm probe dumps every domain's XML (one shim run
        // each), which with 50 domains outlasts the 2 s probe timeout that a 1 s interval implies.
        const cli = (verb: string, host: string) => `'${process.execPath}' '${labMain}' ${verb} '${labDir}' ${host}`;
        for (const h of hosts) {
          await call(c, c.RegisterHost, {
            spec: { name: h.name, address: h.address, port: h.port, user: h.user, type: 'kvm' },
            keyFile: h.keyFile,
          });
          await call(c, c.TrustHostKey, { name: h.name, fingerprint: h.hostKeyFingerprint });
          await call(c, c.UpdateHost, {
            name: h.name,
            fenceMethod: 'command',
            fenceCommand: cli('power-off', h.name),
            powerStatusCommand: cli('power-status', h.name),
          });
        }
        let seen = '';
        await waitFor(
          'every system discovered with its definition captured',
          120_000,
          async () => {
            const { systems: list } = await call<{ systems: { state: string; definitionCaptured: boolean }[] }>(
              c,
              c.ListSystems,
              {},
            );
            const { hosts: hs } = await call<{ hosts: { name: string; state: string; lastError: string }[] }>(
              c,
              c.ListHosts,
              {},
            );
            seen =
              `${list.length} systems, ${list.filter((s) => s.state === 'SYSTEM_STATE_RUNNING').length} running, ${list.filter((s) => s.definitionCaptured).length} captured; ` +
              hs.map((h) => `${h.name} ${h.state} ${h.lastError}`).join('; ');
            return (
              list.length === 3 * systems &&
              list.every((s) => s.state === 'SYSTEM_STATE_RUNNING' && s.definitionCaptured)
            );
          },
          250,
        ).catch((err: unknown) => {
          throw new Error(`${(err as Error).message}: ${seen}`);
        });
        await call(c, c.CreateGroup, {
          group: {
            name: 'bench',
            type: 'kvm',
            mode: 'automatic',
            hosts: hosts.map((h) => h.name),
            timeoutSec: 0,
            fence: 'command',
          },
        });
        await call(c, c.SetSetting, { key: 'probe-interval', value: '1' });
        await sleep(6_000); // every host loop has picked up the 1 s interval

        const victim = hosts[0]!.name;
        const moving = new Set(
          (await lab.systems()).filter((s) => s.host === victim && s.state === 'running').map((s) => s.name),
        );
        if (moving.size !== systems) throw new Error(`${victim} runs ${moving.size} systems, expected ${systems}`);
        const t0 = performance.now();
        const crashedAt = Date.now();
        await lab.crash(victim);
        let elsewhere = 0;
        await waitFor(
          `all ${systems} systems of ${victim} running elsewhere`,
          120_000,
          async () => {
            const now = await lab.systems();
            elsewhere = now.filter((s) => moving.has(s.name) && s.host !== victim && s.state === 'running').length;
            return elsewhere === systems;
          },
          100,
        );
        const ms = performance.now() - t0;
        const placed = new Map<string, number>();
        for (const s of await lab.systems())
          if (moving.has(s.name) && s.state === 'running') placed.set(s.host, (placed.get(s.host) ?? 0) + 1);
        const doubles = await lab.doubleRuns();
        const { failovers } = await call<{ failovers: FailoverView[] }>(c, c.ListFailovers, {});
        const mine = failovers.filter((f) => f.from === victim);
        const ok = mine.filter((f) => f.outcome === 'FAILOVER_OUTCOME_SUCCEEDED').length;
        const firstAt = Math.min(...mine.map((f) => Date.parse(fromTimestamp(f.startTime))));
        const lastDone = Math.max(
          ...mine.map((f) => Date.parse(fromTimestamp(f.finishTime) || fromTimestamp(f.startTime))),
        );
        return {
          value: Math.round(ms),
          unit: 'ms',
          baseline: null,
          ratio: null,
          notes:
            `${securityNote()}; ` +
            `${systems} systems of ${SYSTEM_RAM} MiB moved to ${[...placed].map(([h, n]) => `${h}: ${n}`).join(', ')}; ` +
            `${ok} succeeded failover records; crash to first failover record ${firstAt - crashedAt} ms (detection + fence), first record to last move finished ${lastDone - firstAt} ms; ` +
            `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}; ` +
            `${doubles.length} double runs; probe interval 1 s (5 s during discovery), down-after default`,
        };
      } finally {
        await node?.stop();
        await lab.down();
      }
    });
  },
};
