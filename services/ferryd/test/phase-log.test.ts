// The daemon log's failover phase lines (pure): which events get one, at which level, and that what needs a person
// says what to run.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { CommittedEvent } from '@ferry/model';
import { phaseLine } from '../src/failover/phase-log.js';

const ev = (type: string, body: Record<string, unknown>): CommittedEvent => ({
  seq: 1,
  epoch: 1,
  time: '2026-12-04T00:00:00.000Z',
  aggregate: 'failover/f1',
  version: 1,
  type,
  body,
});

test('a successful failover logs every phase at info', () => {
  const lines = [
    ev('FailoverStarted', {
      id: 'f1',
      host: 'h1',
      group: 'g1',
      reason: 'automatic',
      detail: 'host h1 down for 60 s (timeout 60 s)',
    }),
    ev('FailoverPlanned', {
      id: 'f1',
      moves: [{ system: 'web1', from: 'h1', to: 'h2', start: true, memoryMiB: 512 }],
      refusals: [],
      excluded: [],
    }),
    ev('HostFenced', { id: 'f1', host: 'h1', method: 'command', confirmed: true }),
    ev('SystemMoved', { id: 'f1', system: 'web1', from: 'h1', to: 'h2', started: true }),
    ev('FailoverCompleted', { id: 'f1', outcome: 'succeeded', moved: 1, failed: 0 }),
  ].map(phaseLine);
  assert.equal(
    lines.map((l) => l?.level),
    ['info', 'info', 'info', 'info', 'info'],
  );
  assert.is(lines[0]!.msg, 'failover started: host h1 down for 60 s (timeout 60 s)');
  assert.is(lines[3]!.msg, 'system web1 moved to h2, started');
});

test('what needs a person is a warning that says what to run', () => {
  const fence = phaseLine(
    ev('HostFenced', { id: 'f1', host: 'h1', method: 'command', confirmed: false, detail: 'power status unknown' }),
  )!;
  assert.is(fence.level, 'warn');
  assert.match(fence.msg, /ferry confirm-down h1/);
  const brake = phaseLine(
    ev('FailoverBrakeEngaged', { group: 'g1', downHosts: ['h1', 'h2'], members: 3, maxDownShare: 0.5, windowSec: 60 }),
  )!;
  assert.is(brake.level, 'warn');
  assert.match(brake.msg, /2 of 3 members down.*ferry groups release-brake g1/);
  assert.is(
    phaseLine(
      ev('FailoverMoveFailed', { id: 'f1', system: 'db1', to: 'h2', code: 'define-failed', message: 'no storage' }),
    )!.level,
    'warn',
  );
  assert.is(phaseLine(ev('FailoverCompleted', { id: 'f1', outcome: 'partial', moved: 1, failed: 1 }))!.level, 'warn');
  assert.is(
    phaseLine(
      ev('FailoverPlanned', {
        id: 'f1',
        moves: [],
        refusals: [{ system: 'db1', code: 'insufficient-ram', reason: 'needs 4096 MiB' }],
      }),
    )!.level,
    'warn',
  );
});

test('other events get no phase line', () => {
  assert.is(phaseLine(ev('HostStateChanged', { from: 'up', to: 'down', reason: 'x' })), undefined);
  assert.is(phaseLine(ev('NoSuchEvent', {})), undefined);
});

test.run();
