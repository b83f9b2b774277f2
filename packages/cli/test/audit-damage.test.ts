// `ferry audit verify --data` on damaged copies of a real data directory: a flipped byte in the newest write-ahead
// log record (which LevelDB drops silently, leaving a shorter chain that verifies), a changed projection row, and a
// LevelDB that cannot open. Each is a clean message naming what is wrong, with exit 1, never "ok" or a stack trace.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Level } from 'level';
import { EventLog } from '@ferry/log';
import { createProjection } from '@ferry/model';

const CLI = new URL('../src/main.js', import.meta.url).pathname;
let dir = '';

function ferry(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A data directory with `n` owners, closed cleanly. */
async function dataDir(name: string, n: number): Promise<string> {
  const data = join(dir, name);
  const log = await EventLog.open({ path: join(data, 'db'), projection: createProjection() });
  for (let i = 1; i <= n; i++) {
    await log.append([
      {
        aggregate: `owner/c${i}`,
        type: 'OwnerCreated',
        body: { name: `c${i}`, email: `c${i}@example.test`, description: '' },
      },
    ]);
  }
  await log.close();
  return data;
}

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ferry-audit-damage-'));
});

test.after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a flipped byte in the newest write-ahead log record: verify fails naming the seq and the commit marker', async () => {
  const data = await dataDir('wal', 30);
  const db = join(data, 'db');
  const logs = (await readdir(db)).filter((f) => f.endsWith('.log'));
  const times = await Promise.all(logs.map(async (f) => (await stat(join(db, f))).mtimeMs));
  const wal = join(db, logs[times.indexOf(Math.max(...times))]!);
  const bytes = await readFile(wal);
  const at = bytes.indexOf('c30@example.test');
  assert.ok(at > 0);
  bytes[at + 2] = 'Q'.charCodeAt(0);
  await writeFile(wal, bytes);
  for (let i = 0; i < 2; i++) {
    const r = await ferry('audit', 'verify', '--data', data);
    assert.is(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stderr, 'first bad seq 30');
    assert.match(r.stderr, 'commit marker');
    assert.not.match(r.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('a changed projection row: verify fails naming the row', async () => {
  const data = await dataDir('row', 3);
  const level = new Level<string, string>(join(data, 'db'), { keyEncoding: 'utf8', valueEncoding: 'utf8' });
  const rows = level.sublevel<string, string>('proj', { keyEncoding: 'utf8', valueEncoding: 'utf8' });
  const [key, value] = (await rows.iterator({ limit: 1 }).all())[0]!;
  await rows.put(key, value.replace('example.test', 'evil.example'));
  await level.close();
  const r = await ferry('audit', 'verify', '--data', data);
  assert.is(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stderr, `projection row ${JSON.stringify(key)} fails its check`);
});

test('a LevelDB that cannot open: a clean message and an exit code', async () => {
  const data = await dataDir('current', 2);
  await writeFile(join(data, 'db', 'CURRENT'), 'MANIFEST-999999\n');
  const r = await ferry('audit', 'verify', '--data', data);
  assert.ok(r.code !== 0, 'fails');
  assert.match(r.stderr, join(data, 'db'));
  assert.not.match(r.stderr, /\n\s+at /, 'no stack trace');
});

test.run();
