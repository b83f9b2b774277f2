// The lab's ssh2 engine answers the KVM probe and capture commands in-process; this checks, over real SSH sessions to one
// engine host, that its answer is byte for byte what the user's shell prints running the same script with the real
// virsh and the free shim (the engine runs any command it does not recognise, here the script with a leading space,
// in the shell). While the in-process answer is taken, bin/virsh and bin/free are not executable, so a fallback to
// the shell would fail.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SshPool, driverFor, kvmProbeCommand, type CommandRunner, type ExecResult } from '../src/index.js';
import { startLab, type TestLab } from './lab-hosts.js';

let lab: TestLab;
let pool: SshPool;

test.before(async () => {
  lab = await startLab('kvm', 1, 3, 'ssh2');
  pool = await SshPool.start({ commandTimeoutMs: 20_000 });
});
test.after(async () => {
  await pool?.close();
  await lab?.down();
});

const LOADAVG = /(@@ferry:loadavg\n)(\d+\.\d+ \d+\.\d+ \d+\.\d+ \d+\/\d+ \d+)\n/;

/** Result as text with the loadavg line of a probe (read live from /proc by both paths) checked and replaced. */
function comparable(r: ExecResult, probe: boolean): string {
  if (probe) assert.match(r.stdout, LOADAVG, 'a /proc/loadavg line in the loadavg section');
  return JSON.stringify({ ...r, stdout: r.stdout.replace(LOADAVG, '$1LOADAVG\n') });
}

const exec = (command: string) => pool.exec(lab.hosts[0]!, command);

/** Runs the probe for `known` both ways; returns the engine's stdout. `inProcess`: the tools must not be needed. */
const same = (known: string[], inProcess = true): Promise<string> =>
  sameOutput(kvmProbeCommand(known), true, inProcess);

/** Runs `command` in the engine and in the shell, asserts equal results; returns the engine's stdout. */
async function sameOutput(command: string, probe: boolean, inProcess: boolean): Promise<string> {
  const tools = ['virsh', 'free'].map((t) => join(lab.lab.dir, 'bin', t));
  if (inProcess) for (const t of tools) chmodSync(t, 0o644);
  let engine: ExecResult;
  try {
    engine = await exec(command);
  } finally {
    for (const t of tools) chmodSync(t, 0o755);
  }
  const shell = await exec(` ${command}`);
  assert.is(shell.exitCode, 0, shell.stderr);
  assert.is(comparable(engine, probe), comparable(shell, probe), command.slice(-200));
  return engine.stdout;
}

/** The command the kvm driver runs to capture `name`'s definition. */
async function captureCommand(name: string): Promise<string> {
  let command = '';
  const recorder: CommandRunner = {
    hostId: 'kvm-h1',
    exec: (c, o) => {
      command = c;
      return pool.exec(lab.hosts[0]!, c, o);
    },
  };
  await driverFor('kvm').captureDefinition(recorder, name);
  return command;
}

/** The `UUID/a|-` keys of a probe's output: every listed domain, `a` when it is active. */
function keys(stdout: string): string[] {
  const section = (n: string) =>
    (new RegExp(`^@@ferry:${n}\\n([^]*?)\\n\\n@@ferry:rc`, 'm').exec(stdout)?.[1] ?? '').split('\n').filter(Boolean);
  const active = section('active');
  return section('list').map((u) => `${u}/${active.includes(u) ? 'a' : '-'}`);
}
const dumps = (stdout: string) => [...stdout.matchAll(/^@@ferry:def (\S+)$/gm)].map((m) => m[1]);

test('the in-process KVM probe prints what the shell and the real virsh print, for any set of known definitions', async () => {
  const all = await same([]);
  const listed = keys(all);
  assert.is(listed.length, 3);
  assert.ok(
    listed.every((k) => k.endsWith('/a')),
    listed.join(' '),
  );
  assert.equal(dumps(all), listed);
  assert.equal(dumps(await same(listed)), []);
  assert.equal(dumps(await same([listed[0]!, listed[1]!.replace('/a', '/-')])), [listed[1], listed[2]]);
});

test('the in-process definition capture prints what the shell and the real virsh print', async () => {
  const xml = await sameOutput(await captureCommand('vm-kvm-h1-2'), false, true);
  assert.match(xml, /^<domain type='kvm'>\n {2}<name>vm-kvm-h1-2<\/name>\n[\s\S]*<\/domain>\n+$/);
});

test('after stop, restart and with a transient domain, both still agree', async () => {
  const before = keys(await same([]));
  for (const c of ['virsh destroy vm-kvm-h1-2', 'virsh destroy vm-kvm-h1-1', 'virsh start vm-kvm-h1-1']) {
    const r = await exec(c);
    assert.is(r.exitCode, 0, r.stderr);
  }
  const out = await same(before);
  assert.equal(
    dumps(out),
    keys(out).filter((k) => k.endsWith('/-')),
    'the stopped domain is dumped again',
  );
  assert.ok(/free\n.*\nMem:\s+8192\s+2048\s+6144/.test(out), out);
  const r = await exec('virsh undefine vm-kvm-h1-3');
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(await same([]), /<name>vm-kvm-h1-3<\/name>/);
  assert.match(await sameOutput(await captureCommand('vm-kvm-h1-3'), false, true), /<name>vm-kvm-h1-3<\/name>/);
});

test.run();
