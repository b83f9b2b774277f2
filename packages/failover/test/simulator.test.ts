// Tests of the simulator itself: its invariant check really fires (restarting a partitioned host's systems
// without a fence runs them twice), and scripts with mistakes are rejected with a line number.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseScenario, runScenario } from '../src/sim/index.js';

test('the invariant check detects a system running on two hosts (unsafe fence + partition)', async () => {
  const r = await runScenario(`# unsafe
admin ops@example.test
host h1 kvm ram=8192 fence=none-unsafe
host h2 kvm ram=8192
system web1 on=h1 ram=1024
group g1 kvm members=h1,h2 timeout=10
network-off h1
wait 60
`);
  assert.equal(r.violations, ['web1 runs on h1 and h2']);
  assert.ok(r.lines.some((l) => l.includes('INVARIANT VIOLATED')));
});

test('the invariant check detects two nodes writing as master of one epoch (a replica forced to master)', async () => {
  const r = await runScenario(`# two masters
admin ops@example.test
node m1
node r1
host h1 kvm
restart r1 --role master --skip-master-check
wait 10
`);
  assert.equal(r.violations, ['m1 and r1 both write as master of epoch 1']);
});

test('cluster commands are checked: unknown nodes, and names shared by a node and a host', async () => {
  const err = await runScenario('node m1\nhost h1 kvm\npromote r9\n').then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.match(String(err), /line 3: unknown node r9/);
  assert.throws(() => parseScenario('node h1\nhost h1 kvm\n'), /h1 names both a node and a host/);
  assert.throws(() => parseScenario('node m1\nnode m1\nhost h1 kvm\n'), /line 2: node m1 declared twice/);
});

test('script errors carry line numbers', () => {
  assert.throws(() => parseScenario('host h1 kvm\nfrobnicate h1\n'), /line 2: unknown command frobnicate/);
  assert.throws(() => parseScenario('host h1 kvm\nsystem s on=h9\n'), /line 2: .*undeclared host h9/);
});

test('runs are deterministic', async () => {
  const script = `# d\nadmin a@x\nhost h1 kvm\nhost h2 kvm\nsystem s on=h1\ngroup g1 kvm members=h1,h2 timeout=5\npower-off h1\nwait 60\n`;
  const a = await runScenario(script);
  const b = await runScenario(script);
  assert.equal(a.lines, b.lines);
});

test.run();
