// Lab helpers: bring up a lab of real sshd hosts in a temp directory (downed on cleanup) and register its hosts
// with a ferryd through the CLI (hosts add with the key file, hosts trust with the pinned fingerprint).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import * as assert from 'uvu/assert';
import { Lab, type LabType, type LabUpOptions } from '@ferry/lab';
import { Api, ferryOk } from './cli.js';
import { onCleanup, tempDir } from './cleanup.js';
import { LAB_CLI } from './paths.js';
import { waitUntil } from './wait.js';

/** Starts a lab in a fresh temp directory; `lab.down()` runs on cleanup. */
export async function upLab(tag: string, opts: LabUpOptions): Promise<Lab> {
  const dir = join(tempDir(`lab-${tag}`), 'lab');
  const lab = await Lab.up(dir, opts);
  onCleanup(() => lab.down());
  return lab;
}

/** `node test/lab/dist/src/main.js VERB DIR HOST` as a shell command (fence and power-status commands). */
export function labCommand(lab: Lab, verb: 'power-off' | 'power-status', host: string): string {
  return `${JSON.stringify(process.execPath)} ${JSON.stringify(LAB_CLI)} ${verb} ${JSON.stringify(lab.dir)} ${host}`;
}

/** Registers lab hosts with the node: hosts add (key file), hosts trust --fingerprint, optional extra update args. */
export async function registerLabHosts(
  addr: string,
  lab: Lab,
  type: LabType,
  names = lab.hostNames(),
  extra?: (host: string) => string[],
): Promise<void> {
  await Promise.all(
    names.map(async (n) => {
      const h = lab.hostInfo(n);
      await ferryOk(
        addr,
        'hosts',
        'add',
        n,
        '--address',
        h.address,
        '--port',
        String(h.port),
        '--user',
        h.user,
        '--type',
        type,
        '--key-file',
        h.keyFile,
      );
      await ferryOk(addr, 'hosts', 'trust', n, '--fingerprint', h.hostKeyFingerprint);
      const more = extra?.(n);
      if (more?.length) await ferryOk(addr, 'hosts', 'update', n, ...more);
    }),
  );
}

/** Waits until the node at `addr` lists exactly `count` systems, all running with their definitions captured. */
export async function waitSystemsReady(addr: string, count: number): Promise<void> {
  const api = new Api(addr);
  try {
    await waitUntil(
      `${count} systems running with definitions captured`,
      async () => {
        const s = (await api.call<{ systems: { state: string; definitionCaptured: boolean }[] }>('ListSystems', {}))
          .systems;
        return s.length === count && s.every((x) => x.state === 'SYSTEM_STATE_RUNNING' && x.definitionCaptured);
      },
      30_000,
    );
  } finally {
    api.close();
  }
}

/** Systems running per lab host, from the lab's own state (ground truth, not what ferryd believes). */
export async function runningByHost(lab: Lab): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const s of await lab.systems()) {
    if (s.state !== 'running') continue;
    out.set(s.host, [...(out.get(s.host) ?? []), s.name].sort());
  }
  return out;
}

/** Every running (system, host) pair, sorted by system. */
export async function runningSystems(lab: Lab): Promise<{ name: string; host: string }[]> {
  return (await lab.systems())
    .filter((s) => s.state === 'running')
    .map((s) => ({ name: s.name, host: s.host }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Runs `command` on lab host `name` with the real OpenSSH client (host key pinned via the lab's known_hosts). */
export function ssh(
  lab: Lab,
  name: string,
  command: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const h = lab.hostInfo(name);
  return new Promise((resolve) => {
    const args = [
      '-i',
      h.keyFile,
      '-p',
      String(h.port),
      '-o',
      `UserKnownHostsFile=${lab.config.knownHostsFile}`,
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      'BatchMode=yes',
      '-o',
      'ConnectTimeout=10',
      `${h.user}@${h.address}`,
      command,
    ];
    execFile('ssh', args, { timeout: 20_000 }, (err, stdout, stderr) =>
      resolve({
        code: err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0,
        stdout,
        stderr,
      }),
    );
  });
}

/** The hypervisor tool command that stops (destroys) a running system, per lab type. */
export function stopCommand(type: LabType, system: string): string {
  return type === 'kvm' ? `virsh destroy ${system}` : type === 'xen' ? `xl destroy ${system}` : `vzctl stop ${system}`;
}

/** `hosts update` arguments that make the lab's power switch a host's fence (optionally delayed by `prefix`). */
export const fenceArgs =
  (l: Lab, prefix = '') =>
  (h: string): string[] => [
    '--fence-command',
    `${prefix}${labCommand(l, 'power-off', h)}`,
    '--power-status-command',
    labCommand(l, 'power-status', h),
  ];

/** Asserts that the lab never ran a system on two hosts at once. */
export async function noDoubleRuns(l: Lab): Promise<void> {
  const d = await l.doubleRuns();
  assert.equal(d, [], `systems ran on two hosts at once: ${JSON.stringify(d)}`);
}

/** Asserts each of `names` runs on exactly one host, and none on `notOn`; returns where each runs. */
export async function eachRunsOnce(l: Lab, names: string[], notOn: string[] = []): Promise<Map<string, string>> {
  const running = await runningSystems(l);
  const where = new Map<string, string>();
  for (const n of names) {
    const hosts = running.filter((r) => r.name === n).map((r) => r.host);
    assert.is(hosts.length, 1, `${n} runs on ${hosts.length} hosts (${hosts.join(', ')})`);
    assert.not.ok(notOn.includes(hosts[0]!), `${n} still runs on ${hosts[0]}`);
    where.set(n, hosts[0]!);
  }
  return where;
}
