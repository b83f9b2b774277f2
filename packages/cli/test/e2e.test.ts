// The CLI against a real ferryd on loopback with a fresh data directory: exit codes 0/1/2/3 and JSON output.
// Fails when the daemon or the CLI is not built (services/ferryd/dist/src/main.js, packages/cli/dist/src/main.js).
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const FERRYD = join(ROOT, 'services/ferryd/dist/src/main.js');
const CLI = join(ROOT, 'packages/cli/dist/src/main.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function ferry(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...process.env, FERRY_SERVER: '', FERRY_TOKEN: '', FERRY_CA: '', FERRY_CERT: '', FERRY_KEY: '' } },
      (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

interface Verifiable {
  seq: number;
  type: string;
  hash: string;
  prevHash: string;
  body: unknown;
  data: string;
}

/** Checks the chain as a third party would, from the printed events alone: SHA-256(prevHash bytes || data) = hash. */
function assertVerifiable(events: readonly Verifiable[]): void {
  events.forEach((e, i) => {
    const digest = createHash('sha256')
      .update(Buffer.from(e.prevHash, 'hex'))
      .update(Buffer.from(e.data, 'base64'))
      .digest('hex');
    assert.is(digest, e.hash, `seq ${e.seq} (${e.type}): SHA-256(prevHash || data)`);
    if (i) assert.is(e.prevHash, events[i - 1]!.hash, `seq ${e.seq} links to the one before`);
    assert.not.match(
      JSON.stringify(e.body),
      /"_[A-Za-z]/,
      `seq ${e.seq}: a body key starts with "_" (a decoding artefact)`,
    );
  });
}

let daemon: ChildProcess | undefined;
let dir = '';
let addr = '';

function startDaemon(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        FERRYD,
        '--foreground',
        '--listen',
        '127.0.0.1:0',
        '--data',
        join(dir, 'data'),
        '--node-id',
        'e2e',
        '--cluster',
        'cli-e2e',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    daemon = child;
    let out = '';
    const timer = setTimeout(() => reject(new Error(`ferryd did not start: ${out}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`ferryd exited with ${code}: ${out}`)));
  });
}

function stopDaemon(): Promise<void> {
  return new Promise((resolve) => {
    if (!daemon || daemon.exitCode !== null) return resolve();
    daemon.once('exit', () => resolve());
    daemon.kill('SIGTERM');
  });
}

test.before(async () => {
  // A missing build fails the file (it used to pass every test without running one).
  for (const f of [FERRYD, CLI]) if (!existsSync(f)) throw new Error(`${f} is missing: run \`pnpm build\` first`);
  dir = mkdtempSync(join(tmpdir(), 'ferry-cli-e2e-'));
  addr = await startDaemon();
});

test.after(async () => {
  await stopDaemon();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('status --json on a fresh master (exit 0)', async () => {
  const r = await ferry('--server', addr, 'status', '--json');
  assert.is(r.code, 0, r.stderr);
  const st = JSON.parse(r.stdout) as Record<string, unknown>;
  assert.is(st.role, 'master');
  assert.is(typeof st.headSeq, 'number');
});

test('hosts add / list; duplicate is exit 1 naming ALREADY_EXISTS; bad type is exit 2', async () => {
  assert.is(
    (
      await ferry(
        '--server',
        addr,
        'hosts',
        'add',
        'h1',
        '--address',
        '127.0.0.1',
        '--port',
        '1',
        '--user',
        'root',
        '--type',
        'kvm',
        '--tag',
        'rack1',
      )
    ).code,
    0,
  );
  assert.is(
    (
      await ferry(
        'hosts',
        'add',
        'h2',
        '--address',
        '127.0.0.1',
        '--port',
        '2',
        '--user',
        'root',
        '--type',
        'kvm',
        '--server',
        addr,
      )
    ).code,
    0,
  );
  const list = await ferry('--server', addr, 'hosts', 'list', '--json');
  const hosts = JSON.parse(list.stdout) as { name: string; type: string; tags: string[] }[];
  assert.equal(hosts.map((h) => h.name).sort(), ['h1', 'h2']);
  assert.equal(hosts.find((h) => h.name === 'h1')!.tags, ['rack1']);
  const dup = await ferry(
    '--server',
    addr,
    'hosts',
    'add',
    'h1',
    '--address',
    '127.0.0.1',
    '--port',
    '1',
    '--user',
    'root',
    '--type',
    'kvm',
  );
  assert.is(dup.code, 1);
  assert.match(dup.stderr, /^ferry: ALREADY_EXISTS: /);
  const bad = await ferry(
    '--server',
    addr,
    'hosts',
    'add',
    'h3',
    '--address',
    '127.0.0.1',
    '--port',
    '3',
    '--user',
    'root',
    '--type',
    'hyperv',
  );
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /type/);
  assert.not.match(bad.stderr, / {4}at /);
  const missing = await ferry('--server', addr, 'hosts', 'show', 'nope');
  assert.is(missing.code, 1);
  assert.match(missing.stderr, /NOT_FOUND/);
});

test('groups, settings, events form a gapless hash chain', async () => {
  // --timeout, the deprecated name of --down-timeout here, still works and says so.
  const created = await ferry(
    '--server',
    addr,
    'groups',
    'create',
    'g1',
    '--type',
    'kvm',
    '--mode',
    'manual',
    '--hosts',
    'h1,h2',
    '--timeout',
    '60',
  );
  assert.is(created.code, 0, created.stderr);
  assert.match(created.stderr, "use '--down-timeout'");
  const upd = await ferry('--server', addr, 'groups', 'update', 'g1', '--mode', 'automatic', '--json');
  assert.is(upd.code, 0, upd.stderr);
  const g = JSON.parse(upd.stdout) as { mode: string; timeout: number; members: string[] };
  assert.is(g.mode, 'automatic');
  assert.is(g.timeout, 60);
  assert.is(
    (await ferry('--server', addr, 'settings', 'set', 'smtp-url', 'smtp://mailer:Sup3rSecretPw@127.0.0.1:2525')).code,
    0,
  );
  const ev = await ferry('--server', addr, 'events', 'read', '--from', '1', '--limit', '1000', '--json');
  const events = JSON.parse(ev.stdout) as Verifiable[];
  assert.ok(events.length >= 4);
  events.forEach((e, i) => {
    assert.is(e.seq, i + 1);
  });
  assert.is(events[0]!.prevHash, '0'.repeat(64));
  assertVerifiable(events);
  assert.ok(
    events.some((e) => e.type === 'GroupCreated'),
    'the group events are among them',
  );
});

test('filters that name nothing are refused, not answered with an empty list', async () => {
  const sys = await ferry('--server', addr, 'systems', 'list', '--host', 'nope');
  assert.is(sys.code, 1, sys.stderr);
  assert.match(sys.stderr, /NOT_FOUND: host "nope" does not exist/);
  const hist = await ferry('--server', addr, 'audit', 'history', 'h1');
  assert.is(hist.code, 2, hist.stderr);
  assert.match(hist.stderr, /"h1" is not an aggregate id: KIND\/NAME .*host\/h1/);
});

test('events read refuses an unknown event type, naming it', async () => {
  const r = await ferry('--server', addr, 'events', 'read', '--type', 'NoSuchEvent', '--json');
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, /INVALID_ARGUMENT: .*unknown event type "NoSuchEvent"; known: .*HostRegistered/);
});

test('audit failovers online: asks for event types the server knows (none yet: an empty list)', async () => {
  const r = await ferry('--server', addr, 'audit', 'failovers', '--json');
  assert.is(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout), []);
});

test('audit online: verify, history, state-at, export without secrets', async () => {
  assert.is((await ferry('--server', addr, 'audit', 'verify')).code, 0);
  const hist = JSON.parse((await ferry('--server', addr, 'audit', 'history', 'host/h1', '--json')).stdout) as {
    aggregate: string;
  }[];
  assert.ok(hist.length >= 1 && hist.every((e) => e.aggregate === 'host/h1'));
  const sa = JSON.parse((await ferry('--server', addr, 'audit', 'state-at', '--seq', '1', '--json')).stdout) as {
    hosts: { name: string }[];
  };
  assert.equal(
    sa.hosts.map((h) => h.name),
    ['h1'],
  );
  const head = (JSON.parse((await ferry('--server', addr, 'status', '--json')).stdout) as { headSeq: number }).headSeq;
  const exp = await ferry('--server', addr, 'audit', 'export');
  assert.is(exp.code, 0);
  const lines = exp.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Verifiable);
  assert.is(lines.length, head);
  assertVerifiable(lines);
  assert.not.match(exp.stdout, /Sup3rSecretPw/);
});

test('cannot reach a server: exit 3', async () => {
  const r = await ferry('--server', '127.0.0.1:1', 'status', '--json');
  assert.is(r.code, 3);
  assert.match(r.stderr, /cannot reach 127\.0\.0\.1:1/);
});

test("offline audit on the stopped node's data directory", async () => {
  await stopDaemon();
  const v = await ferry('audit', 'verify', '--data', join(dir, 'data'), '--json');
  assert.is(v.code, 0, v.stderr);
  assert.is((JSON.parse(v.stdout) as { ok: boolean }).ok, true);
  const h = await ferry('audit', 'history', 'host/h2', '--data', join(dir, 'data'), '--json');
  assert.ok((JSON.parse(h.stdout) as unknown[]).length >= 1);
  const exp = await ferry('audit', 'export', '--data', join(dir, 'data'));
  assert.is(exp.code, 0, exp.stderr);
  assertVerifiable(
    exp.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Verifiable),
  );
  cpSync(join(dir, 'data'), join(dir, 'copy'), { recursive: true });
  const d = await ferry('audit', 'diff', join(dir, 'data'), join(dir, 'copy'), '--json');
  assert.is(d.code, 0, d.stderr);
  assert.is((JSON.parse(d.stdout) as { identical: boolean }).identical, true);
  const same = await ferry('audit', 'diff', join(dir, 'data'), join(dir, 'data'));
  assert.is(same.code, 1);
  assert.match(same.stderr, /in use|lock/);
});

test.run();
