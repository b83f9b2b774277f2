// The HostControl conformance checks (@ferry/failover/conformance) run against the daemon's real adapter: lab
// hosts over SSH (real sshd, the hypervisor drivers), the lab's fence and power-status commands, and an epoch file
// in a folder both hosts share. The simulator's adapter passes the same checks (packages/failover/test).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import { hostControlChecks, type HostControlSubject } from '@ferry/failover/conformance';
import { createHostControl } from '@ferry/ferryd/failover/host-control';
import { driverFor, SshPool, type HostRef } from '@ferry/hypervisors';
import { cleanupAll, labCommand, onCleanup, upLab } from './support/index.js';

let subject: HostControlSubject;

test.before(async () => {
  const lab = await upLab('host-control', { hosts: 2, type: 'kvm', ramMiB: 8192, systems: 1 });
  const [h1, h2] = lab.hostNames() as [string, string];
  const shared = join(lab.dir, '..', 'shared');
  mkdirSync(shared, { recursive: true });
  const pool = await SshPool.start({ commandTimeoutMs: 20_000 });
  onCleanup(() => pool.close());
  const refs = new Map<string, HostRef>(
    lab.hostNames().map((n) => {
      const i = lab.hostInfo(n);
      return [
        n,
        {
          id: n,
          address: i.address,
          port: i.port,
          user: i.user,
          privateKey: readFileSync(i.keyFile),
          hostKeyFingerprint: i.hostKeyFingerprint,
        },
      ];
    }),
  );
  const runner = (name: string, timeoutMs: number) => {
    const ref = refs.get(name)!;
    return {
      hostId: name,
      exec: (command: string, opts?: { timeoutMs?: number }) => pool.exec(ref, command, { timeoutMs, ...opts }),
    };
  };
  const system = (await lab.systems()).find((s) => s.host === h1)!.name;
  const definition = await driverFor('kvm').captureDefinition(runner(h1, 20_000), system);
  const control = createHostControl({
    host: (name) => ({
      type: 'kvm',
      fenceMethod: 'command',
      fenceCommand: labCommand(lab, 'power-off', name),
      powerStatusCommand: labCommand(lab, 'power-status', name),
      epochFile: join(shared, '.ferry-epoch'),
      address: refs.get(name)!.address,
      port: refs.get(name)!.port,
      user: refs.get(name)!.user,
    }),
    runner,
    peersSharingEpochFile: (name) => lab.hostNames().filter((n) => n !== name),
    definition: (s) => (s === system ? definition : undefined),
    knownEpoch: () => 0,
    newerEpoch: async () => undefined,
  });
  subject = {
    control,
    fenceable: h1,
    target: h2,
    system,
    poweredOn: async (h) => (await lab.powerStatus(h)) === 'on',
    definedOn: async (h, s) => (await lab.systems()).some((x) => x.host === h && x.name === s),
  };
});

for (const c of hostControlChecks) test(`real HostControl on lab hosts: ${c.name}`, () => c.run(subject));

test.after(cleanupAll);
test.run();
