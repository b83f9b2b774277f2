// The failover state fold's safety bookkeeping: which events open the fence gate (a confirmed fence, an operator's
// confirmation, fencing disabled), that an unconfirmed fence does not, and that a reconciled host starts afresh.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fenceCleared, foldEvents, type FailoverEvent } from '../src/index.js';

const start = (id: string, reason: 'automatic' | 'forced' = 'automatic'): FailoverEvent[] => [
  { type: 'FailoverStarted', body: { id, host: 'h1', group: 'g1', reason, detail: 'down' } },
  {
    type: 'FailoverPlanned',
    body: {
      id,
      moves: [{ system: 'web1', from: 'h1', to: 'h2', start: true, memoryMiB: 1 }],
      refusals: [],
      excluded: [],
    },
  },
];
const fence = (id: string, confirmed: boolean, method: 'command' | 'none-unsafe' = 'command'): FailoverEvent => ({
  type: 'HostFenced',
  body: { id, host: 'h1', method, confirmed, attempts: 1, detail: '' },
});
const cleared = (events: FailoverEvent[], id = 'fo-1'): boolean => {
  const s = foldEvents(events);
  return fenceCleared(s, s.failovers.get(id)!);
};

test('the fence gate opens on a confirmed fence, an operator confirmation or fencing disabled, not otherwise', () => {
  assert.is(cleared(start('fo-1')), false, 'not fenced yet');
  assert.is(cleared([...start('fo-1'), fence('fo-1', false)]), false, 'unconfirmed fence');
  assert.is(cleared([...start('fo-1'), fence('fo-1', true)]), true, 'confirmed fence');
  assert.is(cleared([...start('fo-1'), fence('fo-1', false, 'none-unsafe')]), true, 'fencing disabled');
  assert.is(
    cleared([
      ...start('fo-1'),
      fence('fo-1', false),
      { type: 'HostDownConfirmed', body: { id: 'fo-1', host: 'h1', by: 'alice' } },
    ]),
    true,
    'operator',
  );
});

test('host bookkeeping: fenced and auto-failed-over until reconciled; a cancelled automatic failover is undone', () => {
  const fenced = foldEvents([...start('fo-1'), fence('fo-1', true)]);
  assert.equal(fenced.hosts.get('h1'), { movedAway: new Set(), fenced: true, autoFailedOver: true });
  assert.is(foldEvents([...start('fo-1'), fence('fo-1', false)]).hosts.get('h1')!.fenced, false);
  assert.is(foldEvents(start('fo-1', 'forced')).hosts.get('h1')?.autoFailedOver ?? false, false);
  const cancelled = foldEvents([
    ...start('fo-1'),
    { type: 'FailoverCompleted', body: { id: 'fo-1', outcome: 'cancelled', moved: 0, failed: 0, detail: '' } },
  ]);
  assert.is(cancelled.hosts.get('h1')!.autoFailedOver, false);
  const reconciled = foldEvents([
    ...start('fo-1'),
    fence('fo-1', true),
    { type: 'SystemMoved', body: { id: 'fo-1', system: 'web1', from: 'h1', to: 'h2', started: true } },
    { type: 'FailoverCompleted', body: { id: 'fo-1', outcome: 'succeeded', moved: 1, failed: 0, detail: '' } },
    { type: 'HostReconciled', body: { host: 'h1', removed: ['web1'] } },
    ...start('fo-2'),
  ]);
  assert.equal(reconciled.hosts.get('h1'), { movedAway: new Set(), fenced: false, autoFailedOver: true });
  assert.is(
    fenceCleared(reconciled, reconciled.failovers.get('fo-2')!),
    false,
    'an old fence does not clear a new failover',
  );
});

test.run();
