// The awk fast path (bin/TOOL wrappers over labfast.awk) against the Python shims: on the same lab state, every
// query command of xl and vzlist prints byte-identical stdout and stderr with the same exit status.
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Lab } from '../src/index.js';
import { TestLabs } from './helpers.js';

const labs = new TestLabs();

const up = (type: 'kvm' | 'xen' | 'openvz'): Promise<Lab> =>
  labs.up(`fast-${type}`, { hosts: 1, type, ramMiB: 8192, systems: 3, systemRamMiB: 1024 });

test.after(() => labs.downAll());

/** Runs `file args` as lab host `host` would (its env, a pinned clock); returns what a comparison needs. */
function runAs(lab: Lab, host: string, file: string, args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(file, args, {
    encoding: 'utf8',
    env: {
      PATH: `${join(lab.dir, 'bin')}:/usr/bin:/bin`,
      FERRY_LAB_DIR: lab.dir,
      FERRY_LAB_HOST: host,
      FERRY_LAB_NOW_MS: String(Date.parse('2031-01-01T00:00:00Z')),
      ...env,
    },
  });
  return JSON.stringify({ status: r.status, stdout: r.stdout, stderr: r.stderr });
}

/**
 * Asserts fast and Python paths agree on every command line; returns the fast outputs (to check they differ). The
 * fast path runs while TOOL.py is not executable, so a query that fell back to Python would fail here.
 */
function same(lab: Lab, host: string, tool: string, commands: string[][], env?: Record<string, string>): string[] {
  const py = join(lab.dir, 'shims', `${tool}.py`);
  return commands.map((args) => {
    chmodSync(py, 0o644);
    const fast = runAs(lab, host, join(lab.dir, 'bin', tool), args, env);
    chmodSync(py, 0o755);
    const slow = runAs(lab, host, py, args, env);
    assert.is(fast, slow, `${tool} ${args.join(' ')}`);
    return fast;
  });
}

test('xl: fast path prints what xl.py prints', async () => {
  const lab = await up('xen');
  const queries = [
    ['list'],
    ['list', 'vm-xen-h1-2'],
    ['list', '0'],
    ['list', 'Domain-0'],
    ['list', 'nope'],
    ['info'],
    ['domid', 'vm-xen-h1-1'],
    ['domid', 'Domain-0'],
    ['domid', 'nope'],
    ['domname', '2'],
    ['domname', '0'],
    ['domname', '9'],
  ];
  const before = same(lab, 'xen-h1', 'xl', queries);
  const r = spawnSync(join(lab.dir, 'bin', 'xl'), ['destroy', 'vm-xen-h1-2'], {
    encoding: 'utf8',
    env: { ...process.env, FERRY_LAB_DIR: lab.dir, FERRY_LAB_HOST: 'xen-h1' },
  });
  assert.is(r.status, 0, r.stderr);
  assert.not.equal(same(lab, 'xen-h1', 'xl', queries), before);
});

test('vzlist: fast path prints what vzlist.py prints; free follows the running systems', async () => {
  const lab = await up('openvz');
  const queries = [
    [],
    ['-a'],
    ['-S'],
    ['-a', '-H'],
    ['-1'],
    ['-a', '-o', 'ctid,name,status,physpages,physpages.l,uptime'],
    ['-oveid,hostname,ip,nproc,onboot,swappages,physpages.b,physpages.f,physpages.m'],
    ['101'],
    ['vm-openvz-h1-2'],
    ['999'],
    ['-S', '-H'],
    ['-o', 'bogus'],
    ['-x'],
    ['-a', '-o'],
  ];
  const before = same(lab, 'openvz-h1', 'vzlist', queries);
  const env = { ...process.env, FERRY_LAB_DIR: lab.dir, FERRY_LAB_HOST: 'openvz-h1' };
  const r = spawnSync(join(lab.dir, 'bin', 'vzctl'), ['stop', '102'], { encoding: 'utf8', env });
  assert.is(r.status, 0, r.stderr);
  assert.not.equal(same(lab, 'openvz-h1', 'vzlist', queries), before);
  const free = (flag: string) =>
    spawnSync(join(lab.dir, 'bin', 'free'), [flag], { encoding: 'utf8', env }).stdout.split('\n')[1];
  assert.is(
    free('-m'),
    `Mem:${'8192'.padStart(16)}${'2048'.padStart(12)}${'6144'.padStart(12)}${'0'.padStart(12)}${'0'.padStart(12)}${'6144'.padStart(12)}`,
  );
  assert.is(
    free('-b'),
    `Mem:${String(8192 * 2 ** 20).padStart(16)}${String(2048 * 2 ** 20).padStart(12)}${String(6144 * 2 ** 20).padStart(12)}${'0'.padStart(12)}${'0'.padStart(12)}${String(6144 * 2 ** 20).padStart(12)}`,
  );
  assert.is(
    free('-g'),
    `Mem:${'8'.padStart(16)}${'2'.padStart(12)}${'6'.padStart(12)}${'0'.padStart(12)}${'0'.padStart(12)}${'6'.padStart(12)}`,
  );
});

test.run();
