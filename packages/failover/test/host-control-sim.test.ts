// The HostControl conformance checks run against the simulator's adapter (SimWorld), the one every scenario uses.
// The daemon's real adapter runs the same checks against lab hosts (test/e2e/test/host-control-conformance.test.ts).

import { test } from 'uvu';
import { hostControlChecks, type HostControlSubject } from '../src/conformance/host-control.js';
import { parseScenario } from '../src/sim/index.js';
import { SimWorld } from '../src/sim/world.js';
import type { Clock } from '../src/ports.js';

const sc = parseScenario('# conformance\nhost h1 kvm\nhost h2 kvm\nsystem s1 on=h1 ram=1024\n');
/** Wall-clock time: the simulated latencies are set to 0, so nothing waits. */
const clock: Clock = {
  now: () => Date.now(),
  setTimer: (ms, fn) => {
    const t = setTimeout(fn, ms);
    return { cancel: () => clearTimeout(t) };
  },
};
const world = new SimWorld(
  clock,
  { ...sc.settings, fenceTime: 0, statusTime: 0, defineTime: 0, removeTime: 0 },
  () => undefined,
  sc.hosts,
  sc.systems,
);
const subject: HostControlSubject = {
  control: world.control,
  fenceable: 'h1',
  target: 'h2',
  system: 's1',
  poweredOn: async (h) => world.host(h).power,
  definedOn: async (h, s) => world.host(h).defs.has(s),
};

for (const c of hostControlChecks) test(`simulated HostControl: ${c.name}`, () => c.run(subject));

test.run();
