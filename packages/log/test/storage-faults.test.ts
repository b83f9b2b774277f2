// Durability at the edges, on real LevelDB directories: a file system that fills up (a real tmpfs mount, needs root)
// stops writes with a named error and loses no acknowledged event across a re-open; a damaged newest write-ahead log
// record, which LevelDB drops silently at open, is a named corruption, not a shorter chain; a changed projection row
// is rebuilt from the log instead of being served.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Level } from 'level';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CorruptLogError, EventLog, type LogEvent } from '../src/index.js';
import { startChild } from './child.js';
import { CountingProjection, tempDir } from './conformance.js';

const test = suite('event log storage faults');
let dirs: string[] = [];
let mounts: string[] = [];
test.after.each(() => {
  for (const m of mounts) execFileSync('umount', ['-l', m]);
  mounts = [];
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
const fresh = (): string => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fresh tmpfs of `size` (mount(8) syntax) with `free` bytes left by a filler file; returns the mount point. */
function smallDisk(size: string, free: number): { dir: string; filler: string } {
  const dir = fresh();
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounts.push(dir);
  const total = Number(execFileSync('df', ['--output=avail', '-B1', dir]).toString().split('\n')[1]);
  const filler = join(dir, 'filler');
  writeFileSync(filler, Buffer.alloc(total - free));
  return { dir, filler };
}

const big = (i: number, prefix: string) => ({
  aggregate: `owner/${prefix}${i}`,
  type: 'OwnerAdded',
  body: { email: `${prefix}${i}@example.test`, description: 'x'.repeat(4000) },
});

test('a full disk stops writes with LOG_DISK_FULL naming the path; after space is freed writes resume and nothing acknowledged is lost', async () => {
  const { dir, filler } = smallDisk('4m', 300_000);
  const path = join(dir, 'db');
  const projection = new CountingProjection('faults-1');
  let log = await EventLog.open({ path, projection, checkpointIntervalMs: 50 });
  const acked: LogEvent[] = [];
  let failure: (Error & { code?: string }) | undefined;
  for (let i = 1; i <= 2000 && !failure; i++) {
    try {
      acked.push(...(await log.append([big(i, 'o')])));
    } catch (e) {
      failure = e as Error & { code?: string };
    }
  }
  assert.ok(failure, `the disk never filled (${acked.length} appends)`);
  const before = acked.length;
  // Refused at once while stopped, with the same answer.
  const again = await log.append([big(1, 'again')]).then(
    () => undefined,
    (e: Error & { code?: string }) => e,
  );
  rmSync(filler);
  // Writes resume once the log has re-opened and checked its store (it polls every second).
  let resumed = false;
  for (let i = 1; i <= 60; i++) {
    try {
      acked.push(...(await log.append([big(i, 'p')])));
      resumed = true;
    } catch {
      await sleep(250);
    }
  }
  await log.close();
  log = await EventLog.open({ path, projection: new CountingProjection('faults-1') });
  try {
    const maxAcked = acked.at(-1)!.seq;
    assert.ok(
      log.head().seq >= maxAcked,
      `head ${log.head().seq} after a re-open holds every acknowledged seq (up to ${maxAcked})`,
    );
    for (const e of acked)
      assert.is(await log.hashAt(e.seq), e.hash, `acknowledged seq ${e.seq} is stored with its hash`);
    assert.is((await log.verify()).ok, true);
    assert.is(failure!.code, 'LOG_DISK_FULL', failure!.message);
    assert.match(failure!.message, 'disk full');
    assert.match(failure!.message, path);
    assert.is(again?.code, 'LOG_DISK_FULL', 'a write while stopped is refused with the same code');
    assert.ok(resumed && acked.length > before, 'writes resumed after space was freed');
  } finally {
    await log.close();
  }
});

test('concurrent appends through repeated disk-full cycles: every acknowledged event survives a re-open, with no gap', async () => {
  const { dir, filler } = smallDisk('8m', 400_000);
  const path = join(dir, 'db');
  let log = await EventLog.open({ path, projection: new CountingProjection('faults-cycles') });
  const acked: LogEvent[] = [];
  let n = 0;
  const writer = async (): Promise<void> => {
    for (;;) {
      const i = ++n;
      try {
        acked.push(...(await log.append([big(i, 'k')])));
      } catch {
        return;
      }
    }
  };
  for (let cycle = 0; cycle < 4; cycle++) {
    // Sixteen writers in flight at once, so failed and trailing batches interleave in LevelDB's write-ahead log.
    await Promise.all(Array.from({ length: 16 }, writer));
    assert.is(log.storage.state, 'stopped', `cycle ${cycle}: the disk filled`);
    rmSync(filler, { force: true });
    for (let t = 0; t < 80 && log.storage.state !== 'ok'; t++) await sleep(250);
    assert.is(log.storage.state, 'ok', `cycle ${cycle}: writes resumed after space was freed`);
    const total = Number(execFileSync('df', ['--output=avail', '-B1', dir]).toString().split('\n')[1]);
    writeFileSync(filler, Buffer.alloc(Math.max(0, total - 400_000)));
  }
  await log.close();
  rmSync(filler, { force: true });
  log = await EventLog.open({ path, projection: new CountingProjection('faults-cycles') });
  try {
    assert.ok(acked.length > 100, `${acked.length} acknowledged`);
    for (const e of acked)
      assert.is(await log.hashAt(e.seq), e.hash, `acknowledged seq ${e.seq} is stored with its hash`);
    const v = await log.verify();
    assert.ok(v.ok, JSON.stringify(v.firstBad));
  } finally {
    await log.close();
  }
});

test('SIGKILL while the disk is full, while space comes back, and after: every acknowledged event survives, with no gap', async () => {
  const { dir, filler } = smallDisk('8m', 400_000);
  rmSync(filler);
  const path = join(dir, 'db');
  const acked = new Map<number, string>();
  const df = (field: string) =>
    Number(
      execFileSync('df', [`--output=${field}`, '-B1', dir])
        .toString()
        .split('\n')[1],
    );
  const roomy = () => execFileSync('mount', ['-o', `remount,size=${Math.ceil(df('used') / 2 ** 20) + 16}m`, dir]);
  // Kill moments: while stopped; just after space is freed (the re-open may be under way); after writes resumed.
  const moments: { freeAfter?: number; killAfter: number }[] = [
    { killAfter: 300 },
    { freeAfter: 0, killAfter: 50 },
    { freeAfter: 0, killAfter: 1_100 },
    { freeAfter: 200, killAfter: 2_500 },
    { killAfter: 800 },
  ];
  for (const [round, m] of moments.entries()) {
    roomy();
    const { child, lines, exited } = await startChild('full-disk-writer', path);
    try {
      writeFileSync(filler, Buffer.alloc(Math.max(0, df('avail') - 300_000)));
    } catch {
      // the writers got there first: full either way
    }
    // Full: nothing acknowledged for 300 ms (the writers retry every 20 ms while the log refuses).
    let last = -1;
    for (let t = 0; t < 200 && lines.length !== last; t++) {
      last = lines.length;
      await sleep(300);
    }
    if (m.freeAfter !== undefined) {
      await sleep(m.freeAfter);
      rmSync(filler, { force: true });
    }
    await sleep(m.killAfter);
    child.kill('SIGKILL');
    await exited;
    for (const l of lines) {
      const [seq, hash] = l.split(' ');
      acked.set(Number(seq), hash!);
    }
    // Restarted on a disk that may still be full: refused, naming it (LevelDB writes to re-open), or opened.
    const early = await EventLog.open({ path }).then(
      async (l) => {
        await l.close().catch(() => undefined);
        return '';
      },
      (e: Error) => e.message,
    );
    if (early) assert.match(early, /no space left on device/i, `round ${round}: ${early}`);
    // Then with room to spare: everything acknowledged is there, and the chain verifies without a gap.
    rmSync(filler, { force: true });
    roomy();
    const log = await EventLog.open({ path }).catch((e: Error) => {
      throw new Error(`round ${round}: the re-open with space failed: ${e.message}`);
    });
    try {
      for (const [seq, hash] of acked)
        assert.is(await log.hashAt(seq), hash, `round ${round}: acknowledged seq ${seq} is stored with its hash`);
      const v = await log.verify();
      assert.ok(v.ok, `round ${round}: ${JSON.stringify(v.firstBad)}`);
    } finally {
      await log.close();
    }
  }
  assert.ok(acked.size > 200, `${acked.size} acknowledged`);
});

test('while stopped the condition is reported once per change: stopped (disk full, the path), then ok', async () => {
  const { dir, filler } = smallDisk('4m', 200_000);
  const path = join(dir, 'db');
  const log = await EventLog.open({ path });
  const seen: string[] = [];
  log.onStorageChange((c) => seen.push(c.state === 'ok' ? 'ok' : `${c.state} ${c.code} ${c.message}`));
  let failed = 0;
  for (let i = 1; i <= 2000 && failed < 5; i++) await log.append([big(i, 'o')]).catch(() => failed++);
  assert.is(log.storage.state, 'stopped');
  rmSync(filler);
  for (let i = 0; i < 40 && log.storage.state !== 'ok'; i++) await sleep(250);
  await log.close();
  assert.is(seen.length, 2, seen.join('\n'));
  assert.match(seen[0]!, /^stopped LOG_DISK_FULL disk full: /);
  assert.match(seen[0]!, path);
  assert.is(seen[1], 'ok');
});

/** Appends `n` owners c1..cN, closes cleanly, and flips a byte inside the newest event in the newest .log. */
async function damagedNewestRecord(n: number): Promise<string> {
  const dir = fresh();
  const log = await EventLog.open({ path: dir });
  for (let i = 1; i <= n; i++)
    await log.append([{ aggregate: `owner/c${i}`, type: 'OwnerAdded', body: { email: `c${i}@example.test` } }]);
  await log.close();
  const wal = readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
  const bytes = readFileSync(wal);
  const at = bytes.indexOf(`c${n}@example.test`);
  assert.ok(at > 0, `the newest event is in ${wal}`);
  bytes[at + 2] = 'Q'.charCodeAt(0);
  writeFileSync(wal, bytes);
  return dir;
}

test('a damaged newest write-ahead log record is a named corruption at open, not a shorter chain', async () => {
  const dir = await damagedNewestRecord(150);
  try {
    const log = await EventLog.open({ path: dir });
    const head = log.head().seq;
    await log.close();
    assert.unreachable(`open served a chain of ${head} events`);
  } catch (e) {
    assert.instance(e, CorruptLogError, String(e));
    const err = e as CorruptLogError;
    assert.is(err.seq, 150);
    assert.match(err.message, 'commit marker');
    assert.match(err.file ?? '', /\.log$/, 'names the damaged write-ahead log');
    assert.match(err.reason, 'checksum mismatch');
  }
  // `audit verify --data` opens without verification and verifies: the same finding, every time.
  for (let i = 0; i < 2; i++) {
    const log = await EventLog.open({ path: dir, verifyOnOpen: false });
    const r = await log.verify();
    await log.close();
    assert.is(r.ok, false);
    assert.is(r.firstBad?.seq, 150);
    assert.match(r.firstBad?.reason ?? '', 'commit marker');
  }
});

test('a changed byte in a projection row is not served: the rows are rebuilt from the log and the open says so', async () => {
  const dir = fresh();
  let log = await EventLog.open({ path: dir, projection: new CountingProjection('rows-1') });
  for (let i = 0; i < 7; i++) await log.append([{ aggregate: `a/${i}`, type: 'Touched', body: {} }]);
  await log.close();
  const db = new Level<string, string>(dir, { keyEncoding: 'utf8', valueEncoding: 'utf8' });
  const rows = db.sublevel<string, string>('proj', { keyEncoding: 'utf8', valueEncoding: 'utf8' });
  const stored = (await rows.get('count/Touched'))!;
  assert.ok(stored.endsWith('7'), stored);
  await rows.put('count/Touched', `${stored.slice(0, -1)}9`);
  await db.close();
  const projection = new CountingProjection('rows-1');
  log = await EventLog.open({ path: dir, projection });
  try {
    assert.is(projection.counts.get('Touched'), 7, 'the count replayed from the log, not the changed row');
    assert.match(log.openFindings.join('\n'), 'count/Touched');
  } finally {
    await log.close();
  }
});

test('a directory without a commit marker (older) opens and gets one', async () => {
  const dir = fresh();
  let log = await EventLog.open({ path: dir });
  await log.append([{ aggregate: 'a/1', type: 'Touched', body: {} }]);
  await log.close();
  rmSync(join(dir, 'COMMIT-MARKER'));
  log = await EventLog.open({ path: dir });
  await log.close();
  assert.equal(JSON.parse(readFileSync(join(dir, 'COMMIT-MARKER'), 'utf8')).seq, 1);
});

test.run();
