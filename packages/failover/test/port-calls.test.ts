// The engine's guards around its ports: a thrown error becomes a failure result keeping a string `code` (so a
// HostControl that throws `stale-epoch` still stops the engine) and the message; a throwing power-status read is
// `unknown` (never a confirmation); the mutex runs sections one after another even when one fails.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FailoverEngine, VirtualClock, flushPending } from '../src/index.js';
import { Mutex, safeAction, safeStatus } from '../src/port-calls.js';

test('safeAction: results pass through; a throw becomes ok:false with its string code and message', async () => {
  assert.equal(await safeAction(async () => ({ ok: true as const })), { ok: true });
  assert.equal(
    await safeAction(async () => {
      throw Object.assign(new Error('epoch 4 is newer'), { code: 'stale-epoch' });
    }),
    { ok: false, code: 'stale-epoch', message: 'epoch 4 is newer' },
  );
  assert.equal(
    await safeAction(async () => {
      throw Object.assign(new Error('EPIPE'), { code: 32 });
    }),
    { ok: false, message: 'EPIPE' },
  );
  assert.equal(
    await safeAction(async () => {
      throw 'plain string';
    }),
    { ok: false, message: 'plain string' },
  );
  assert.equal(
    await safeAction(async () => {
      throw null;
    }),
    { ok: false, message: 'null' },
  );
});

test('safeStatus: a throwing power-status read is unknown', async () => {
  assert.is(await safeStatus(async () => 'off'), 'off');
  assert.is(
    await safeStatus(async () => {
      throw new Error('ipmi timeout');
    }),
    'unknown',
  );
});

test('Mutex: sections run in order, the next after a failing one', async () => {
  const m = new Mutex();
  const seen: string[] = [];
  let release!: () => void;
  const first = m.run(async () => {
    await new Promise<void>((r) => (release = r));
    seen.push('first');
    throw new Error('boom');
  });
  const second = m.run(async () => {
    seen.push('second');
    return 2;
  });
  await flushPending();
  assert.equal(seen, [], 'the second waits for the first');
  release();
  const failure = await first.then(
    () => undefined,
    (e: Error) => e.message,
  );
  assert.is(failure, 'boom');
  assert.is(await second, 2);
  assert.equal(seen, ['first', 'second']);
});

test('a HostControl that throws stale-epoch from define stops the engine like an answered one', async () => {
  const clock = new VirtualClock();
  const types: string[] = [];
  const engine = await FailoverEngine.start({
    clock,
    hosts: {
      fence: async () => ({ ok: true }),
      powerStatus: async () => 'off',
      define: async () => {
        throw Object.assign(new Error('epoch file holds 4'), { code: 'stale-epoch' });
      },
      stopAndRemove: async () => ({ ok: true }),
      systemState: async () => 'absent',
      migrate: async () => ({ ok: true }),
    },
    journal: { append: async (evs) => void types.push(...evs.map((e) => e.type)), read: async () => [] },
    mailer: { send: async () => undefined },
    cluster: {
      snapshot: () => ({
        hosts: ['h1', 'h2'].map((name, i) => ({
          name,
          type: 'kvm' as const,
          state: i === 0 ? ('down' as const) : ('up' as const),
          memTotalMiB: 4096,
          memFreeMiB: 4096,
          fence: { method: 'command' as const },
        })),
        systems: [
          {
            name: 'web1',
            host: 'h1',
            state: 'running' as const,
            memoryMiB: 1024,
            priority: 0,
            failover: true,
            definitionCaptured: true,
          },
        ],
        groups: [
          {
            name: 'g1',
            type: 'kvm' as const,
            mode: 'automatic' as const,
            members: ['h1', 'h2'],
            systems: 'all' as const,
            timeoutSec: 1,
            notifyOwners: false,
            placement: 'first-fit' as const,
            parallelism: 1,
            brake: { maxDownShare: 1, windowSec: 60 },
          },
        ],
      }),
    },
    epoch: 3,
    recipients: { admin: [] },
    fencing: { attempts: 1, retryDelayMs: 10, statusPolls: 1, statusPollMs: 10 },
  });
  engine.hostDown('h1');
  await clock.advance(10_000);
  await flushPending(20);
  assert.ok(engine.isStopped);
  assert.not.ok(types.includes('FailoverMoveFailed'), types.join(', '));
});

test.run();
