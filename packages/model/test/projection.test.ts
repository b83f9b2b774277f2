// The projection's stage and commit over a ClusterState, and the aggregate ids they key entities by: a stage folds
// each aggregate's events in order on top of the committed state and publishes nothing before commit; an id that is
// not an aggregate changes nothing.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createProjection, parseAggregate, type CommittedEvent, type HostEntity } from '../src/index.js';

let seq = 0;
const event = (aggregate: string, version: number, type: string, body: Record<string, unknown>): CommittedEvent => ({
  seq: ++seq,
  epoch: 1,
  time: `2026-01-01T00:00:${String(seq).padStart(2, '0')}.000Z`,
  aggregate,
  version,
  type,
  body,
});
const spec = { name: 'h1', address: '10.0.0.1', port: 22, user: 'root', type: 'kvm' };

test('parseAggregate splits kind and name; settings and cluster have none; anything else is not an aggregate', () => {
  assert.equal(parseAggregate('host/h1'), { kind: 'host', name: 'h1' });
  assert.equal(parseAggregate('failover/fo-1/x'), { kind: 'failover', name: 'fo-1/x' });
  assert.equal(parseAggregate('system/'), { kind: 'system', name: '' });
  assert.equal(parseAggregate('settings'), { kind: 'settings', name: '' });
  assert.equal(parseAggregate('cluster'), { kind: 'cluster', name: '' });
  for (const bad of [
    'settings/x',
    'cluster/x',
    'host',
    'hosts/h1',
    'nonsense/x',
    '',
    '/h1',
    'toString/x',
    'constructor',
  ]) {
    assert.is(parseAggregate(bad), undefined, bad);
  }
});

test('a stage folds several events of one aggregate in order and publishes them only on commit', () => {
  const p = createProjection();
  p.stage([
    event('host/h1', 1, 'HostRegistered', { spec }),
    event('settings', 1, 'SettingChanged', { key: 'k', value: 'v' }),
  ]).commit();
  const registered = p.state.hosts.get('h1')!;
  const staged = p.stage([
    event('host/h1', 2, 'HostStateChanged', { to: 'down', reason: 'probe' }),
    event('system/web1', 1, 'SystemDiscovered', { host: 'h1', state: 'running' }),
    event('host/h1', 3, 'HostDownConfirmed', {}),
    event('host/h1', 4, 'HostKeyTrusted', { fingerprint: 'f' }),
  ]);
  assert.equal([...staged.keys], ['host/h1', 'system/web1']);
  assert.is(p.state.hosts.get('h1'), registered, 'nothing is published before commit');
  assert.is(p.state.systems.has('web1'), false);
  staged.commit();
  const h = p.state.hosts.get('h1') as HostEntity;
  assert.equal([h.state, h.confirmedDown, h.fingerprint, h.version], ['down', true, 'f', 4]);
  assert.equal(
    p.state.systemsOnHost('h1').map((s) => s.name),
    ['web1'],
  );
  assert.equal(p.state.settings.values, { k: { value: 'v', sealed: '' } });
  assert.is(p.state.get('settings'), p.state.settings);
});

test('an event whose aggregate id is not one changes nothing', () => {
  const p = createProjection();
  const staged = p.stage([
    event('nonsense/x', 1, 'HostRegistered', { spec }),
    event('host/h1', 1, 'HostRegistered', { spec }),
  ]);
  staged.commit();
  assert.equal([...p.state.hosts.keys()], ['h1']);
  assert.is(p.state.get('nonsense/x'), undefined);
  assert.is(p.row('nonsense/x'), undefined);
});

test.run();
