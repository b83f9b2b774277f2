// What the daemon's HostControl answers for a host's power status, which the failover engine's fence rule reads:
// `unknown` when the host has no power-status command (the engine must then not count the fence as confirmed),
// and the last word of a configured command's output when it is `on` or `off` (ipmitool's "Chassis Power is off").
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { FerryNode } from '../src/node.js';
import type { HostAccess } from '../src/hosts/host-access.js';
import { hostControl } from '../src/failover/host-control.js';

const control = (spec: Record<string, unknown>) => {
  const node = {
    state: {
      hosts: new Map([['h1', { spec: { name: 'h1', fenceMethod: 'command', ...spec } }]]),
      groupsOfHost: () => [],
    },
  } as unknown as FerryNode;
  return hostControl(node, {} as HostAccess);
};

test('no power-status command: the status is unknown', async () => {
  assert.is(await control({ fenceCommand: 'true' }).powerStatus('h1', { epoch: 1 }), 'unknown');
});

test('a power-status command: the last word of its output when on or off, else unknown', async () => {
  assert.is(
    await control({ powerStatusCommand: "echo 'Chassis Power is off'" }).powerStatus('h1', { epoch: 1 }),
    'off',
  );
  assert.is(await control({ powerStatusCommand: "echo 'Chassis Power is on'" }).powerStatus('h1', { epoch: 1 }), 'on');
  assert.is(
    await control({ powerStatusCommand: "echo 'Chassis Power is off'; exit 1" }).powerStatus('h1', { epoch: 1 }),
    'unknown',
  );
  assert.is(await control({ powerStatusCommand: 'echo maybe' }).powerStatus('h1', { epoch: 1 }), 'unknown');
});

test.run();
