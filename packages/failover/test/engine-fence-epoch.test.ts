// Unit tests of engine rules that no other check masks: a fence counts as confirmed only when the power status
// reads `off` (an `unknown` status, which the daemon's HostControl answers when a host has no power-status command,
// is not a confirmation), and a define answered `stale-epoch` stops the engine without recording anything more,
// even when the journal would still accept events (the log has not yet heard of the newer master); a resumed
// failover never fences twice and never moves past an unconfirmed fence without the operator; a failed start is a
// move recorded as not started. (Written for mutants that survived the scenario suite, see docs/mutation.md.)
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FailoverEngine, VirtualClock, flushPending } from '../src/index.js';
import type {
  ActionResult,
  DefineResult,
  FailoverEvent,
  GroupView,
  HostControl,
  HostView,
  MailMessage,
  PowerStatus,
  SystemView,
} from '../src/index.js';

const host = (name: string, state: HostView['state']): HostView => ({
  name,
  type: 'kvm',
  state,
  memTotalMiB: 16384,
  memFreeMiB: 16384,
  fence: { method: 'command' },
});
const sys = (name: string): SystemView => ({
  name,
  host: 'h1',
  state: 'running',
  memoryMiB: 1024,
  priority: 0,
  failover: true,
  definitionCaptured: true,
});
const group: GroupView = {
  name: 'g1',
  type: 'kvm',
  mode: 'automatic',
  members: ['h1', 'h2'],
  systems: 'all',
  timeoutSec: 60,
  notifyOwners: false,
  placement: 'most-free-ram',
  parallelism: 1,
  brake: { maxDownShare: 1, windowSec: 300 },
};

/** An engine over a virtual clock, a journal that accepts every append, a recording mailer and the given hosts. */
async function engineWith(hosts: Partial<HostControl>, systems = [sys('web1')], past: FailoverEvent[] = []) {
  const clock = new VirtualClock();
  const events: FailoverEvent[] = [];
  const mails: MailMessage[] = [];
  const calls: string[] = [];
  const control: HostControl = {
    fence: async (h) => {
      calls.push(`fence ${h}`);
      return { ok: true };
    },
    powerStatus: async (h) => {
      calls.push(`power-status ${h}`);
      return 'off';
    },
    define: async (t, s) => {
      calls.push(`define ${s} on ${t}`);
      return { ok: true };
    },
    stopAndRemove: async (h, s) => {
      calls.push(`remove ${s} from ${h}`);
      return { ok: true };
    },
    systemState: async () => 'absent',
    migrate: async () => ({ ok: true }),
    ...hosts,
  };
  const engine = await FailoverEngine.start({
    clock,
    hosts: control,
    journal: { append: async (evs) => void events.push(...evs), read: async () => past },
    mailer: { send: async (m) => void mails.push(m) },
    cluster: { snapshot: () => ({ hosts: [host('h1', 'down'), host('h2', 'up')], systems, groups: [group] }) },
    epoch: 3,
    recipients: { admin: ['ops@example.test'] },
    fencing: { attempts: 2, retryDelayMs: 1_000, statusPolls: 2, statusPollMs: 500 },
  });
  /** Reports h1 down (unless `down` is false) and lets `ms` of virtual time pass. */
  const run = async (ms: number, down = true) => {
    if (down) engine.hostDown('h1');
    await clock.advance(ms);
    await flushPending(20);
  };
  return { engine, events, mails, calls, run };
}

const types = (events: FailoverEvent[]) => events.map((e) => e.type);

test('a fence whose power status stays unknown (no power-status command) is not confirmed: nothing is defined', async () => {
  const { events, mails, calls, run } = await engineWith({ powerStatus: async (): Promise<PowerStatus> => 'unknown' });
  await run(120_000);
  assert.not.ok(
    calls.some((c) => c.startsWith('define')),
    `defined although never confirmed off: ${calls.join(', ')}`,
  );
  assert.equal(calls.filter((c) => c === 'fence h1').length, 2, 'every attempt is used');
  const fenced = events.find((e) => e.type === 'HostFenced');
  assert.ok(fenced, `no HostFenced event: ${types(events).join(', ')}`);
  assert.is((fenced!.body as { confirmed: boolean }).confirmed, false);
  assert.match((fenced!.body as { detail: string }).detail, 'power status still unknown');
  assert.not.ok(types(events).includes('SystemMoved'));
  assert.ok(
    mails.some((m) => /could not be fenced/.test(m.subject)),
    'the admin is told',
  );
});

test('a fence confirmed by power status off goes on to define (the same setup, for contrast)', async () => {
  const { events, calls, run } = await engineWith({});
  await run(120_000);
  assert.ok(calls.includes('define web1 on h2'));
  assert.ok(types(events).includes('SystemMoved'));
});

test('every host action carries the engine epoch (the host-side guard checks it); a running system is started', async () => {
  const seen: string[] = [];
  const { run } = await engineWith({
    fence: async (h, ctx) => {
      seen.push(`fence ${h} e${ctx.epoch}`);
      return { ok: true };
    },
    powerStatus: async (h, ctx) => {
      seen.push(`power-status ${h} e${ctx.epoch}`);
      return 'off';
    },
    define: async (t, s, o) => {
      seen.push(`define ${s} on ${t} e${o.epoch} start=${o.start}`);
      return { ok: true };
    },
  });
  await run(120_000);
  assert.equal(seen, ['fence h1 e3', 'power-status h1 e3', 'define web1 on h2 e3 start=true']);
});

test('a define answered stale-epoch stops the engine: no move or failure recorded, no further define', async () => {
  const defines: string[] = [];
  const { engine, events, run } = await engineWith(
    {
      define: async (_t, s): Promise<DefineResult> => {
        defines.push(s);
        return { ok: false, code: 'stale-epoch', message: 'epoch file of g1 holds epoch 4' };
      },
    },
    [sys('web1'), sys('web2')],
  );
  await run(120_000);
  assert.ok(engine.isStopped, 'the engine stops');
  assert.equal(defines.length, 1, `only the first define is tried: ${defines.join(', ')}`);
  const after = types(events);
  assert.not.ok(after.includes('FailoverMoveFailed'), `recorded ${after.join(', ')}`);
  assert.not.ok(after.includes('SystemMoved'));
  assert.not.ok(after.includes('FailoverCompleted'));
});

test('a fence answered stale-epoch stops the engine before any power read or define', async () => {
  const { engine, calls, events, run } = await engineWith({
    fence: async (): Promise<ActionResult> => ({ ok: false, code: 'stale-epoch', message: 'epoch 4 is newer' }),
  });
  await run(120_000);
  assert.ok(engine.isStopped);
  assert.not.ok(
    calls.some((c) => c.startsWith('power-status') || c.startsWith('define')),
    calls.join(', '),
  );
  assert.not.ok(types(events).includes('HostFenced'));
});

test('a host that answers again between fence attempts cancels the failover: no further fence, nothing moved', async () => {
  const { engine, events, calls, run } = await engineWith({
    fence: async (h): Promise<ActionResult> => {
      calls.push(`fence ${h}`);
      return { ok: false, message: 'ipmi timeout' };
    },
  });
  await run(60_500); // the timeout passes and the first attempt fails; the retry waits 1 s
  assert.equal(calls, ['fence h1']);
  assert.is(await engine.hostReturned('h1'), true);
  await run(120_000, false);
  assert.equal(calls, ['fence h1'], `fenced a host that is back: ${calls.join(', ')}`);
  assert.equal(types(events), ['FailoverStarted', 'FailoverPlanned', 'FailoverCompleted']);
  assert.is((events.at(-1)!.body as { outcome: string }).outcome, 'cancelled');
});

const started = (reason: 'automatic' | 'forced' = 'automatic'): FailoverEvent[] => [
  { type: 'FailoverStarted', body: { id: 'fo-1', host: 'h1', group: 'g1', reason, detail: 'down' } },
  {
    type: 'FailoverPlanned',
    body: {
      id: 'fo-1',
      moves: [{ system: 'web1', from: 'h1', to: 'h2', start: true, memoryMiB: 1024 }],
      refusals: [],
      excluded: [],
    },
  },
];
const fenced = (confirmed: boolean): FailoverEvent => ({
  type: 'HostFenced',
  body: {
    id: 'fo-1',
    host: 'h1',
    method: 'command',
    confirmed,
    attempts: 1,
    detail: confirmed ? 'power status off' : 'power status still on',
  },
});

test('resumed after a confirmed fence: moves without fencing again', async () => {
  const { events, calls, run } = await engineWith({}, [sys('web1')], [...started(), fenced(true)]);
  await run(1_000);
  assert.equal(calls, ['define web1 on h2'], calls.join(', '));
  assert.equal(types(events), ['SystemMoved', 'FailoverCompleted']);
});

test('resumed after an unconfirmed fence: waits for the operator (no fence, no define), then moves', async () => {
  const { engine, events, calls, run } = await engineWith({}, [sys('web1')], [...started(), fenced(false)]);
  await run(120_000);
  assert.equal(calls, [], `acted on an unconfirmed fence: ${calls.join(', ')}`);
  assert.equal(await engine.confirmHostDown('h1', 'alice'), { ok: true });
  await run(1_000);
  assert.equal(calls, ['define web1 on h2']);
  assert.equal(types(events), ['HostDownConfirmed', 'SystemMoved', 'FailoverCompleted']);
});

test('a define whose start failed is a move recorded not started, and the failover partial', async () => {
  const { events, mails, run } = await engineWith({
    define: async (): Promise<DefineResult> => ({
      ok: false,
      code: 'start-failed',
      message: 'no bridge br0',
      defined: true,
    }),
  });
  await run(120_000);
  assert.ok(
    mails.some((m) => /moved/.test(m.subject) && !/Started: yes/.test(m.text)),
    'the mail does not claim it started',
  );
  const moved = events.find((e) => e.type === 'SystemMoved');
  assert.equal(moved?.body, {
    id: 'fo-1',
    system: 'web1',
    from: 'h1',
    to: 'h2',
    started: false,
    startError: 'no bridge br0',
  });
  assert.is(
    (events.find((e) => e.type === 'FailoverCompleted')?.body as { outcome: string } | undefined)?.outcome,
    'partial',
  );
});

test('a define failure saying defined: false is a failed move, not a move', async () => {
  const { events, run } = await engineWith({
    define: async (): Promise<DefineResult> => ({
      ok: false,
      code: 'define-failed',
      message: 'no pool',
      defined: false,
    }),
  });
  await run(120_000);
  assert.not.ok(types(events).includes('SystemMoved'));
  assert.equal(events.find((e) => e.type === 'FailoverMoveFailed')?.body, {
    id: 'fo-1',
    system: 'web1',
    from: 'h1',
    to: 'h2',
    code: 'define-failed',
    message: 'no pool',
  });
});

test('operator commands are refused when they do not apply: a host that is not down, a move in progress', async () => {
  const { engine } = await engineWith({}, [sys('web1')], [...started('forced')]);
  assert.equal(await engine.confirmHostDown('h2', 'alice'), {
    ok: false,
    code: 'host-not-down',
    reason: 'host h2 is not down',
  });
  const again = await engine.forceFailover({ system: 'web1', by: 'alice' });
  assert.is(again.ok, false);
  assert.is((again as { code: string }).code, 'in-progress');
});

test.run();
