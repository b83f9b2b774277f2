// Whole-probe parsing: the compound command's sectioned output for each driver, run against a fake
// runner that executes the real probe script under /bin/sh with stub tools on PATH.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  driverFor,
  hashDefinition,
  UnexpectedOutputError,
  CommandFailedError,
  type CommandRunner,
  type ExecResult,
} from '../src/index.js';

let dir = '';

/** A CommandRunner executing locally with `dir/bin` first on PATH, like a shimmed lab host. */
function localRunner(): CommandRunner {
  return {
    hostId: 'local',
    exec: (command, opts) =>
      new Promise<ExecResult>((resolve) => {
        const child = execFile(
          '/bin/sh',
          ['-c', command],
          { env: { ...process.env, PATH: `${dir}/bin:${process.env.PATH}` } },
          (err, stdout, stderr) => {
            const code = err
              ? typeof (err as NodeJS.ErrnoException).code === 'number'
                ? (err as unknown as { code: number }).code
                : 1
              : 0;
            resolve({ stdout, stderr, exitCode: code, signal: null });
          },
        );
        // A command that reads no stdin may exit before it is written (EPIPE); its exit status and output tell.
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(opts?.stdin ?? '');
      }),
  };
}

function tool(name: string, script: string): void {
  const p = join(dir, 'bin', name);
  writeFileSync(p, `#!/bin/sh\n${script}\n`);
  chmodSync(p, 0o755);
}

test.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-hv-probe-'));
  mkdirSync(join(dir, 'bin'));
  tool(
    'free',
    `cat <<'X'
               total        used        free      shared  buff/cache   available
Mem:            8192        2048        6144           0           0        6144
Swap:              0           0           0
X`,
  );
});
test.after.each(() => rmSync(dir, { recursive: true, force: true }));

const xml = (n: string, kib: number) =>
  `<domain type='kvm'>\n  <name>${n}</name>\n  <memory unit='KiB'>${kib}</memory>\n</domain>\n`;

const U1 = '11111111-1111-4111-8111-111111111111';
const U2 = '22222222-2222-4222-8222-222222222222';
const U3 = '33333333-3333-4333-8333-333333333333';

test('kvm probe: one round trip, two running 1 GiB domains, one stopped; unchanged definitions not dumped again', async () => {
  tool(
    'virsh',
    `case "$*" in
"list --uuid") printf '${U1}\\n${U2}\\n\\n';;
"list --all --uuid") printf '${U1}\\n${U2}\\n${U3}\\n\\n';;
"dumpxml --inactive "*|"dumpxml --inactive --domain "*) echo x >> "$(dirname "$0")/../dumps"; case "$3$4" in
  ${U1}|--domainweb1) printf "<domain type='kvm'>\\n  <name>web1</name>\\n  <memory unit='KiB'>1048576</memory>\\n</domain>\\n";;
  ${U2}) printf "<domain type='kvm'>\\n  <name>web 2</name>\\n  <memory unit='KiB'>1048576</memory>\\n</domain>\\n";;
  ${U3}) printf "<domain type='kvm'>\\n  <name>old</name>\\n  <memory unit='KiB'>524288</memory>\\n</domain>\\n";;
  esac;;
"domstate --domain web1") echo running;;
*) echo "unexpected virsh $*" >&2; exit 1;;
esac`,
  );
  let calls = 0;
  const base = localRunner();
  const conn: CommandRunner = {
    hostId: 'h',
    exec: (c, o) => {
      calls++;
      return base.exec(c, o);
    },
  };
  const driver = driverFor('kvm', {});
  const p = await driver.probe(conn);
  assert.is(calls, 1);
  const dumps = () => readFileSync(join(dir, 'dumps'), 'utf8').split('\n').filter(Boolean).length;
  assert.is(dumps(), 3);
  const again = await driver.probe(conn);
  assert.is(dumps(), 3, 'unchanged domains are not dumped again');
  assert.equal(again, p);
  assert.is(p.memTotalMiB, 8192);
  assert.is(p.memFreeMiB, 6144);
  assert.ok(Number.isFinite(p.load1));
  assert.equal(
    p.systems.map((s) => [s.name, s.state, s.memoryMiB]),
    [
      ['web1', 'running', 1024],
      ['web 2', 'running', 1024],
      ['old', 'stopped', 512],
    ],
  );
  assert.is(p.systems[0]!.definitionHash, hashDefinition(xml('web1', 1048576)));
  const captured = await driverFor('kvm').captureDefinition(base, 'web1');
  assert.is(hashDefinition(captured), p.systems[0]!.definitionHash);
});

test('kvm probe: garbage from virsh is UnexpectedOutputError naming virsh and the line', async () => {
  tool('virsh', `echo 'Segmentation fault, core dumped, have a nice day'`);
  try {
    await driverFor('kvm').probe(localRunner());
    assert.unreachable();
  } catch (e) {
    assert.instance(e, UnexpectedOutputError);
    assert.match((e as Error).message, /virsh list --all --uuid/);
    assert.match((e as Error).message, /line 1/);
    assert.match((e as Error).message, /Segmentation fault/);
  }
});

test('kvm probe: missing virsh is a CommandFailedError, not an empty list', async () => {
  tool('virsh', `echo "sh: 1: virsh: not found" >&2; exit 127`);
  try {
    await driverFor('kvm').probe(localRunner());
    assert.unreachable();
  } catch (e) {
    assert.instance(e, CommandFailedError);
    assert.match((e as Error).message, /virsh list/);
  }
});

test('xen probe: xl info memory, running from xl list, stopped from cfg files', async () => {
  const cfgDir = join(dir, 'xen');
  mkdirSync(cfgDir);
  writeFileSync(join(cfgDir, 'web1.cfg'), 'name = "web1"\nmemory = 1024\n');
  writeFileSync(join(cfgDir, 'idle.cfg'), 'name = "idle"\nmemory = 2048\n');
  tool(
    'xl',
    `case "$1" in
info) printf 'host                   : x\\ntotal_memory           : 8192\\nfree_memory            : 6144\\n';;
list) printf 'Name                                        ID   Mem VCPUs\\tState\\tTime(s)\\nDomain-0                                     0  1024     2     r-----     1.0\\nweb1                                         1  1024     1     -b----     2.0\\nloose                                        2   256     1     r-----     2.0\\n';;
esac`,
  );
  const p = await driverFor('xen', { xenConfigDir: cfgDir }).probe(localRunner());
  assert.equal([p.memTotalMiB, p.memFreeMiB], [8192, 6144]);
  const byName = Object.fromEntries(p.systems.map((s) => [s.name, s]));
  assert.equal(Object.keys(byName).sort(), ['idle', 'loose', 'web1']);
  assert.equal([byName.web1!.state, byName.web1!.memoryMiB], ['running', 1024]);
  assert.equal([byName.idle!.state, byName.idle!.memoryMiB], ['stopped', 2048]);
  assert.is(byName.loose!.definitionHash, null);
  assert.is(byName.web1!.definitionHash, hashDefinition('name = "web1"\nmemory = 1024\n'));
});

test('openvz probe: vzlist + conf files', async () => {
  const confDir = join(dir, 'vz');
  mkdirSync(confDir);
  writeFileSync(join(confDir, '101.conf'), 'PHYSPAGES="0:262144"\nHOSTNAME="a"\n');
  writeFileSync(join(confDir, '102.conf'), 'PHYSPAGES="0:512M"\n');
  writeFileSync(join(confDir, 've-basic.conf-sample'), 'x');
  tool(
    'vzlist',
    `printf '      CTID      NPROC STATUS    IP_ADDR         HOSTNAME\\n       101         18 running   10.0.0.1        a\\n       102          - stopped   -               -\\n'`,
  );
  const p = await driverFor('openvz', { openvzConfDir: confDir }).probe(localRunner());
  assert.equal(
    p.systems.map((s) => [s.name, s.state, s.memoryMiB]),
    [
      ['101', 'running', 1024],
      ['102', 'stopped', 512],
    ],
  );
  assert.equal([p.memTotalMiB, p.memFreeMiB], [8192, 6144]);
});

test('openvz probe: no containers at all', async () => {
  tool('vzlist', `echo 'Container(s) not found' >&2; exit 1`);
  const p = await driverFor('openvz', { openvzConfDir: join(dir, 'none') }).probe(localRunner());
  assert.equal(p.systems, []);
});

test.run();
