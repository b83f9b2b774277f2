// Lab tests: real sshd hosts reached with the real ssh client; shim output formats, round trips, RAM arithmetic,
// faults (crash / partition / restore / power-off), double-run detection, and down leaving no sshd behind.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Lab } from '../src/index.js';
import { assertFaultContract } from './fault-contract.js';
import { TestLabs, processesMentioning, run, ssh, tempDir } from './helpers.js';

const labs = new TestLabs();
const mainJs = new URL('../src/main.js', import.meta.url).pathname;

const up = (tag: string, type: 'kvm' | 'xen' | 'openvz', hosts = 2): Promise<Lab> =>
  labs.up(tag, { hosts, type, ramMiB: 8192, systems: 2, systemRamMiB: 1024 });

test.after(() => labs.downAll());

test('kvm: virsh formats, free RAM, host key fingerprint', async () => {
  const lab = await up('kvm', 'kvm');
  const [h1] = lab.hostNames();
  assert.is(h1, 'kvm-h1');
  const list = await ssh(lab, 'kvm-h1', 'virsh list --all');
  assert.is(list.code, 0, list.stderr);
  assert.is(
    list.stdout,
    ' Id   Name          State\n-----------------------------\n 1    vm-kvm-h1-1   running\n 2    vm-kvm-h1-2   running\n\n',
  );
  const info = await ssh(lab, 'kvm-h1', 'virsh dominfo vm-kvm-h1-1');
  assert.match(info.stdout, /^Id: {13}1\nName: {11}vm-kvm-h1-1\n/);
  assert.match(info.stdout, /\nState: {10}running\n/);
  assert.match(info.stdout, /\nMax memory: {5}1048576 KiB\nUsed memory: {4}1048576 KiB\n/);
  const node = await ssh(lab, 'kvm-h1', 'virsh nodeinfo');
  assert.match(node.stdout, /\nMemory size: {9}8388608 KiB\n/);
  const free = await ssh(lab, 'kvm-h1', 'free -m');
  assert.match(
    free.stdout,
    /^ {15}total {8}used {8}free {6}shared {2}buff\/cache {3}available\nMem: {12}8192 {8}2048 {8}6144 {11}0 {11}0 {8}6144\n/,
  );
  const fp = spawnSync('ssh-keygen', ['-lf', join(lab.dir, 'units', '0', 'ssh_host_ed25519_key.pub')], {
    encoding: 'utf8',
  });
  assert.ok(fp.stdout.includes(lab.hostInfo('kvm-h1').hostKeyFingerprint), fp.stdout);
  assert.is((await ssh(lab, 'kvm-h2', 'echo $FERRY_LAB_HOST')).stdout, 'kvm-h2\n');
});

test('kvm: every read is the real virsh on the host node.xml, kept in step with add-system, suspend and destroy', async () => {
  const lab = labs.started[0]!;
  const uri = await ssh(lab, 'kvm-h2', 'virsh uri; virsh --version');
  assert.match(uri.stdout, new RegExp(`^test://${lab.dir}/hosts/kvm-h2/node\\.xml\\n\\n(9|[1-9]\\d)\\.`));
  await lab.addSystem('kvm-h2', 'web 01', { ramMiB: 512 });
  await lab.addSystem('kvm-h2', 'crashé.x-02', { ramMiB: 256, state: 'crashed' });
  await lab.addSystem('kvm-h2', 'db & co', { ramMiB: 256, state: 'paused' });
  await lab.addSystem('kvm-h2', 'debian 12', { ramMiB: 4096, state: 'stopped' });
  const states = await ssh(
    lab,
    'kvm-h2',
    `for n in 'web 01' 'crashé.x-02' 'db & co' 'debian 12'; do virsh domstate --domain "$n"; done`,
  );
  assert.is(states.stdout, 'running\n\ncrashed\n\npaused\n\nshut off\n\n', states.stderr);
  const r = await ssh(
    lab,
    'kvm-h2',
    "virsh destroy 'crashé.x-02' && virsh suspend 'web 01' && virsh domstate 'web 01' && virsh domstate 'crashé.x-02' && free -m",
  );
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /paused\n\nshut off\n\n/);
  assert.match(
    r.stdout,
    /Mem: +8192 +2816 +5376 /,
    'paused web 01 and db & co still hold memory, the destroyed one not',
  );
  assert.equal(
    (await lab.systems()).filter((s) => s.host === 'kvm-h2' && !s.name.startsWith('vm-')).map((s) => [s.name, s.state]),
    [
      ['crashé.x-02', 'stopped'],
      ['db & co', 'paused'],
      ['debian 12', 'stopped'],
      ['web 01', 'paused'],
    ],
  );
  const bad = await ssh(lab, 'kvm-h2', "printf '<domain><name>x</name></domain>' | virsh define /dev/stdin");
  assert.is(bad.code, 1);
  assert.match(bad.stderr, /memory/, 'a definition the real virsh would not load is refused with its error');
  for (const [name, why] of [
    ['web 01', /already exists/],
    ['a/b', /not a system name/],
  ] as const) {
    const err = await lab.addSystem('kvm-h1', name, { ramMiB: 1 }).then(
      () => undefined,
      (e: Error) => e,
    );
    assert.match(err?.message ?? 'added', why);
  }
});

test('lab exec: runs one command through a real SSH session with its words intact, exits with its status', async () => {
  const lab = labs.started[0]!;
  const r = await run('node', [
    mainJs,
    'exec',
    lab.dir,
    'kvm-h1',
    '--',
    'sh',
    '-c',
    'printf "%s|" "$@"; echo; echo $FERRY_LAB_HOST; exit 7',
    'x',
    "a'b",
    'c d',
  ]);
  assert.is(r.code, 7, r.stderr);
  assert.is(r.stdout, "a'b|c d|\nkvm-h1\n");
  const add = await run('node', [
    mainJs,
    'add-system',
    lab.dir,
    'kvm-h2',
    'name with spaces',
    '--ram',
    '64',
    '--state',
    'paused',
  ]);
  assert.is(add.code, 0, add.stderr);
  assert.equal(JSON.parse(add.stdout), { name: 'name with spaces', host: 'kvm-h2', state: 'paused', memoryMiB: 64 });
  const bad = await run('node', [mainJs, 'add-system', lab.dir, 'kvm-h1', 'x', '--ram', '64', '--state', 'exploded']);
  assert.is(bad.code, 2);
});

test('kvm: destroy / start / undefine / define round trip and RAM', async () => {
  const lab = labs.started[0]!;
  let r = await ssh(lab, 'kvm-h1', 'virsh destroy vm-kvm-h1-2');
  assert.is(r.stdout, "Domain 'vm-kvm-h1-2' destroyed\n\n");
  r = await ssh(lab, 'kvm-h1', 'virsh list --all; virsh domstate vm-kvm-h1-2; free -m');
  assert.ok(r.stdout.includes(' -    vm-kvm-h1-2   shut off\n'), r.stdout);
  assert.ok(r.stdout.includes('shut off\n\n'), r.stdout);
  assert.match(r.stdout, /Mem: +8192 +1024 +7168 /);
  r = await ssh(lab, 'kvm-h1', 'virsh destroy vm-kvm-h1-2');
  assert.is(r.code, 1);
  assert.match(r.stderr, /domain is not running/);
  const xml = (await ssh(lab, 'kvm-h1', 'virsh dumpxml --inactive vm-kvm-h1-2')).stdout;
  assert.match(xml, /^<domain type='kvm'>\n/);
  assert.match(xml, /<memory unit='KiB'>1048576<\/memory>/);
  r = await ssh(lab, 'kvm-h1', 'virsh undefine vm-kvm-h1-2');
  assert.is(r.stdout, "Domain 'vm-kvm-h1-2' has been undefined\n\n");
  r = await ssh(lab, 'kvm-h1', 'virsh dominfo vm-kvm-h1-2');
  assert.is(r.code, 1);
  assert.is(r.stderr, "error: failed to get domain 'vm-kvm-h1-2'\n");
  r = await ssh(
    lab,
    'kvm-h1',
    't=$(mktemp); cat > $t; virsh define $t | sed "s|$t|FILE|"; rm -f $t; virsh start vm-kvm-h1-2',
    { input: xml },
  );
  assert.is(r.stdout, "Domain 'vm-kvm-h1-2' defined from FILE\n\nDomain 'vm-kvm-h1-2' started\n\n");
  const sys = await lab.systems();
  assert.equal(
    sys.filter((s) => s.host === 'kvm-h1'),
    [
      { name: 'vm-kvm-h1-1', host: 'kvm-h1', state: 'running', memoryMiB: 1024 },
      { name: 'vm-kvm-h1-2', host: 'kvm-h1', state: 'running', memoryMiB: 1024 },
    ],
  );
  assert.equal(await lab.doubleRuns(), []);
});

test('kvm: double run detected when a definition runs on a second host', async () => {
  const lab = labs.started[0]!;
  const xml = (await ssh(lab, 'kvm-h1', 'virsh dumpxml vm-kvm-h1-1')).stdout;
  const r = await ssh(lab, 'kvm-h2', 'virsh define /dev/stdin >/dev/null && virsh start vm-kvm-h1-1', { input: xml });
  assert.is(r.code, 0, r.stderr);
  const runs = await lab.doubleRuns();
  assert.is(runs.length, 1);
  assert.is(runs[0]!.system, 'vm-kvm-h1-1');
  assert.equal(runs[0]!.hosts, ['kvm-h1', 'kvm-h2']);
  assert.ok(runs[0]!.ongoing);
  await ssh(lab, 'kvm-h2', 'virsh destroy vm-kvm-h1-1; virsh undefine vm-kvm-h1-1');
  const after = await lab.doubleRuns();
  assert.is(after.length, 1, 'a past overlap stays reported');
  assert.not.ok(after[0]!.ongoing);
});

for (const [type, migrate] of [
  [
    'kvm',
    (sys: string, port: number) =>
      `virsh migrate --live --persistent --undefinesource --domain ${sys} --desturi qemu+ssh://root@127.0.0.1:${port}/system`,
  ],
  ['xen', (sys: string, port: number) => `xl migrate -s 'ssh -p ${port}' ${sys} 127.0.0.1`],
  ['openvz', (sys: string, port: number) => `vzmigrate --online --ssh='-p ${port}' root@127.0.0.1 ${sys}`],
] as const) {
  test(`${type}: live migration moves a running system to the host at the named port without a double run; to a crashed host it fails`, async () => {
    const lab = await labs.up(`mig-${type}`, { hosts: 3, type, ramMiB: 4096, systems: 1, systemRamMiB: 1024 });
    const [h1, h2, h3] = lab.hostNames() as [string, string, string];
    const sys = `vm-${type}-h1-1`;
    if (type === 'xen')
      await ssh(lab, h2, 'cat > "$XEN_CONFIG_DIR/x.cfg"', {
        input: (await ssh(lab, h1, `cat "$XEN_CONFIG_DIR"/*.cfg`)).stdout,
      });
    const r = await ssh(lab, h1, migrate(sys, lab.hostInfo(h2).port));
    assert.is(r.code, 0, r.stderr);
    const where = (await lab.systems()).filter((s) => s.name === sys).map((s) => `${s.host}:${s.state}`);
    // KVM and OpenVZ move the definition; xl leaves the cfg on the source (stopped there), as the real xl does.
    assert.equal(where.sort(), type === 'xen' ? [`${h1}:stopped`, `${h2}:running`] : [`${h2}:running`]);
    assert.equal(await lab.doubleRuns(), []);
    await lab.crash(h3);
    const fails = await ssh(lab, h2, migrate(sys, lab.hostInfo(h3).port));
    assert.is(fails.code, 1);
    assert.match(fails.stderr, /Connection refused/);
    assert.ok(
      (await lab.systems()).some((s) => s.name === sys && s.host === h2 && s.state === 'running'),
      'still runs on the source',
    );
  });
}

test('faults: crash, restore, partition, power-off, power-status', async () => {
  await assertFaultContract(await up('faults', 'kvm', 3));
});

test('xen: xl list / info / create / destroy with configs in XEN_CONFIG_DIR', async () => {
  const lab = await up('xen', 'xen');
  const list = await ssh(lab, 'xen-h1', 'xl list');
  const lines = list.stdout.split('\n');
  assert.is(lines[0], 'Name                                        ID   Mem VCPUs\tState\tTime(s)');
  assert.match(lines[1]!, /^Domain-0 {32} {5}0 {3}512 {5}8 {5}r----- {2} +\d+\.\d$/);
  assert.match(lines[2]!, /^vm-xen-h1-1 {29} {5}1 {2}1024 {5}1 {5}-b---- {2} +\d+\.\d$/);
  let info = (await ssh(lab, 'xen-h1', 'xl info')).stdout;
  assert.match(info, /\ntotal_memory {11}: 8192\nfree_memory {12}: 6144\n/);
  let r = await ssh(lab, 'xen-h1', 'xl destroy vm-xen-h1-1 && xl list vm-xen-h1-1');
  assert.is(r.code, 1);
  assert.is(r.stderr, 'vm-xen-h1-1 is an invalid domain identifier (rc=-6)\n');
  info = (await ssh(lab, 'xen-h1', 'xl info')).stdout;
  assert.match(info, /\nfree_memory {12}: 7168\n/);
  assert.equal(
    (await lab.systems()).find((s) => s.name === 'vm-xen-h1-1'),
    { name: 'vm-xen-h1-1', host: 'xen-h1', state: 'stopped', memoryMiB: 1024 },
  );
  r = await ssh(lab, 'xen-h1', 'xl create "$XEN_CONFIG_DIR/vm-xen-h1-1.cfg" && xl list vm-xen-h1-1 | tail -n 1');
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /^vm-xen-h1-1 +3 +1024 /);
  const cfg = (await ssh(lab, 'xen-h1', 'cat "$XEN_CONFIG_DIR/vm-xen-h1-2.cfg"')).stdout;
  assert.match(cfg, /^name = "vm-xen-h1-2"$/m);
  assert.match(cfg, /^memory = 1024$/m);
  r = await ssh(lab, 'xen-h2', 'cat > "$XEN_CONFIG_DIR/vm-xen-h1-2.cfg"', { input: cfg });
  assert.is(r.code, 0);
  assert.equal(
    (await lab.systems()).find((s) => s.name === 'vm-xen-h1-2' && s.host === 'xen-h2'),
    { name: 'vm-xen-h1-2', host: 'xen-h2', state: 'stopped', memoryMiB: 1024 },
  );
  assert.equal(await lab.doubleRuns(), []);
});

test('openvz: vzlist formats, vzctl stop / start / status, free -m', async () => {
  const lab = await up('vz', 'openvz');
  const list = await ssh(lab, 'openvz-h1', 'vzlist -a');
  assert.is(
    list.stdout,
    '      CTID      NPROC STATUS    IP_ADDR         HOSTNAME\n' +
      '       101         12 running   10.0.0.101      vm-openvz-h1-1\n' +
      '       102         12 running   10.0.0.102      vm-openvz-h1-2\n',
  );
  let r = await ssh(
    lab,
    'openvz-h2',
    'vzctl stop 103 && vzlist -a -H -o ctid,status,hostname,physpages && vzctl status 103 && free -m',
  );
  assert.is(r.code, 0, r.stderr);
  assert.ok(r.stdout.includes('Container was stopped\n'), r.stdout);
  assert.ok(r.stdout.includes('       103 stopped   vm-openvz-h2-1                            -\n'), r.stdout);
  assert.ok(r.stdout.includes('       104 running   vm-openvz-h2-2                       262144\n'), r.stdout);
  assert.ok(r.stdout.includes('CTID 103 exist unmounted down\n'), r.stdout);
  assert.match(r.stdout, /Mem: +8192 +1024 +7168 /);
  r = await ssh(lab, 'openvz-h2', 'vzctl start vm-openvz-h2-1 >/dev/null && vzlist -H -o ctid,status 103');
  assert.is(r.stdout, '       103 running\n');
  const conf = (await ssh(lab, 'openvz-h1', 'cat "$VZ_CONF_DIR/101.conf"')).stdout;
  assert.match(conf, /^PHYSPAGES="0:262144"$/m);
  assert.match(conf, /^NAME="vm-openvz-h1-1"$/m);
});

test('cli: help, unknown host, missing lab, up/systems/power-status/down', async () => {
  const help = await run(process.execPath, [mainJs, '--help']);
  assert.is(help.code, 0);
  assert.match(help.stdout, /power-status/);
  const tmp = tempDir('cli');
  try {
    const none = await run(process.execPath, [mainJs, 'systems', join(tmp, 'nolab'), '--json']);
    assert.is(none.code, 2);
    assert.match(none.stderr, /^lab: no lab in /);
    const dir = join(tmp, 'lab');
    const upRes = await run(process.execPath, [
      mainJs,
      'up',
      dir,
      '--hosts',
      '2',
      '--type',
      'kvm',
      '--ram',
      '4096',
      '--systems',
      '1',
      '--prefix',
      'c',
    ]);
    assert.is(upRes.code, 0, upRes.stderr);
    const out = JSON.parse(upRes.stdout) as {
      hosts: { name: string; port: number; hostKeyFingerprint: string }[];
      sharedDir: string;
    };
    assert.equal(
      out.hosts.map((h) => h.name),
      ['c-h1', 'c-h2'],
    );
    assert.match(out.hosts[0]!.hostKeyFingerprint, /^SHA256:[A-Za-z0-9+/]{43}$/);
    const bad = await run(process.execPath, [mainJs, 'crash', dir, 'nope']);
    assert.is(bad.code, 2);
    assert.match(bad.stderr, /^lab: unknown lab host "nope"/);
    const badOpt = await run(process.execPath, [
      mainJs,
      'up',
      join(tmp, 'x'),
      '--hosts',
      'two',
      '--type',
      'kvm',
      '--ram',
      '1',
      '--systems',
      '0',
    ]);
    assert.is(badOpt.code, 2);
    const crash = await run(process.execPath, [mainJs, 'crash', dir, 'c-h2']);
    assert.is(crash.code, 0, crash.stderr);
    assert.is((await run(process.execPath, [mainJs, 'power-status', dir, 'c-h2'])).stdout, 'off\n');
    assert.is((await run(process.execPath, [mainJs, 'power-status', dir, 'c-h1'])).stdout, 'on\n');
    const sys = JSON.parse((await run(process.execPath, [mainJs, 'systems', dir, '--json'])).stdout) as unknown;
    assert.equal(sys, [
      { name: 'vm-c-h1-1', host: 'c-h1', state: 'running', memoryMiB: 1024 },
      { name: 'vm-c-h2-1', host: 'c-h2', state: 'stopped', memoryMiB: 1024 },
    ]);
    assert.is((await run(process.execPath, [mainJs, 'double-runs', dir, '--json'])).stdout, '[]\n');
    assert.is((await run(process.execPath, [mainJs, 'down', dir])).code, 0);
    assert.is((await run(process.execPath, [mainJs, 'down', dir])).code, 0);
    assert.equal(processesMentioning(dir), []);
  } finally {
    await run(process.execPath, [mainJs, 'down', join(tmp, 'lab')]);
    rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
