// How ferryd starts, as an operator sees it: by default it returns once it serves, leaving the daemon running with
// its output in DATA/ferryd.log, not the terminal; with --foreground it stays attached (systemd Type=simple,
// containers); a port in use is named as such.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig } from '../src/config.js';

const FERRYD = fileURLToPath(new URL('../src/main.js', import.meta.url));
const dirs: string[] = [];
const pids: number[] = [];
test.after(() => {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  dirs.forEach((d) => {
    rmSync(d, { recursive: true, force: true });
  });
});

test('config: detached by default; --foreground and FERRY_FOREGROUND keep it attached', () => {
  assert.is(parseConfig([], {}).foreground, false);
  assert.is(parseConfig(['--foreground'], {}).foreground, true);
  assert.is(parseConfig([], { FERRY_FOREGROUND: '1' }).foreground, true);
});

test('with --foreground ferryd keeps running attached and prints where it listens', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-attached-'));
  dirs.push(dir);
  const child = spawn(
    process.execPath,
    [FERRYD, '--foreground', '--listen', '127.0.0.1:0', '--data', join(dir, 'data'), '--node-id', 'att'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  pids.push(child.pid!);
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line: ${out}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (/listening on/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`ferryd exited (${code}) instead of staying attached: ${out}`)));
  });
  assert.is(child.exitCode, null, 'still running in the foreground');
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
});

test('without --foreground it returns once serving; the daemon keeps running and logs to DATA/ferryd.log', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-detach-'));
  dirs.push(dir);
  const data = join(dir, 'data');
  const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(
      process.execPath,
      [FERRYD, '--listen', '127.0.0.1:0', '--data', data, '--node-id', 'det'],
      { timeout: 30_000 },
      (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
  assert.is(r.code, 0, r.stderr);
  const m = /listening on 127\.0\.0\.1:\d+ .*\(pid (\d+); log (.+ferryd\.log)\)/.exec(r.stdout);
  assert.ok(m, r.stdout);
  const pid = Number(m![1]);
  pids.push(pid);
  assert.ok(existsSync(m![2]!));
  assert.is(m![2], join(data, 'ferryd.log'));
  process.kill(pid, 0); // throws when the daemon is gone
  assert.match(readFileSync(join(data, 'ferryd.log'), 'utf8'), /"msg":"ferryd serving"/);
  process.kill(pid, 'SIGTERM');
});

test('a port in use is named as such, with what to do', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-port-'));
  dirs.push(dir);
  const first = await new Promise<{ pid: number; addr: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [FERRYD, '--foreground', '--listen', '127.0.0.1:0', '--data', join(dir, 'a'), '--node-id', 'a'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    pids.push(child.pid!);
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ pid: child.pid!, addr: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`first ferryd exited (${code}): ${out}`)));
  });
  const r = await new Promise<{ code: number; stderr: string }>((resolve) =>
    execFile(
      process.execPath,
      [FERRYD, '--foreground', '--listen', first.addr, '--data', join(dir, 'b'), '--node-id', 'b'],
      { timeout: 30_000 },
      (err, _out, stderr) => resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, stderr }),
    ),
  );
  assert.is(r.code, 1);
  assert.match(
    r.stderr,
    new RegExp(`ferryd: cannot listen on ${first.addr.replace(/\./g, '\\.')}: the address is already in use`),
  );
  assert.not.match(r.stderr, /No address added/);
  process.kill(first.pid, 'SIGTERM');
});

test.run();
