// The console page as HTML: every section, hosts with since when and the countdown to a pending failover, the
// answer to "can this group lose its biggest member", escaping of every name, and the event filter's problem.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ClusterStatus } from '@ferry/contract';
import type { FailoverView as FailoverRecord, HostView as Host } from '../src/views.js';
import { relative, renderConsole, type ConsoleView } from '../src/web/console-page.js';

const status = {
  nodeId: 'n1',
  cluster: 'prod',
  role: 'master',
  epoch: 2,
  headSeq: 40,
  storage: 'ok',
  mail: 'ok',
  replicas: [],
} as ClusterStatus;
const host = (name: string, state: string, extra: Partial<Host> = {}): Host =>
  ({
    name,
    state,
    stateSince: '2026-12-04T03:00:00.000Z',
    fenceMethod: 'command',
    fenceCommand: 'ipmi off',
    memFreeMib: 4096,
    memTotalMib: 8192,
    ...extra,
  }) as Host;
const view = (extra: Partial<ConsoleView> = {}): ConsoleView => ({
  status,
  hosts: [],
  groups: [],
  systems: [],
  failovers: [],
  events: [],
  filter: { type: '', aggregate: '' },
  now: '2026-12-04T03:00:30.000Z',
  refreshSec: 5,
  ...extra,
});

test('relative times read as a person says them', () => {
  assert.is(relative('2026-12-04T03:01:35Z', '2026-12-04T03:00:30Z'), 'in 1 min 5 s');
  assert.is(relative('2026-12-04T03:00:25Z', '2026-12-04T03:00:30Z'), '5 s ago');
  assert.is(relative('2026-12-04T05:10:30Z', '2026-12-04T03:00:30Z'), 'in 2 h 10 min');
});

test('a down host shows since when and when its automatic failover starts; a manual one says it waits', () => {
  const pending = {
    id: '',
    system: '',
    from: 'h1',
    outcome: 'pending',
    at: '2026-12-04T03:00:10.000Z',
    failoverAt: '2026-12-04T03:00:50.000Z',
  } as FailoverRecord;
  const waiting = {
    id: '',
    system: '',
    from: 'h3',
    outcome: 'pending',
    at: '2026-12-04T03:00:10.000Z',
    failoverAt: '',
  } as FailoverRecord;
  const html = renderConsole(
    view({
      hosts: [
        host('h1', 'down', { downSince: '2026-12-04T03:00:10.000Z', stateSince: '2026-12-04T03:00:10.000Z' }),
        host('h2', 'up'),
        host('h3', 'down', { fenceCommand: '' }),
      ],
      failovers: [pending, waiting],
    }),
  );
  assert.match(
    html,
    /<th scope="row">h1<\/th><td><span class="state down">down<\/span><\/td><td>2026-12-04T03:00:10\.000Z \(20 s ago\)<\/td><td>2026-12-04T03:00:10\.000Z<\/td><td>automatic failover in 20 s \(2026-12-04T03:00:50\.000Z\)<\/td>/,
  );
  assert.match(html, /<th scope="row">h3<\/th>.*manual group: waiting for an operator<\/td><td>no fence command<\/td>/);
  assert.match(html, /<th scope="row">h2<\/th>.*<td>4096 \/ 8192<\/td>/);
  const h1Row = html.split('</tr>').find((r) => r.includes('<th scope="row">h1</th>'))!;
  assert.not.match(h1Row, /4096 \/ 8192/, 'a down host shows no free memory');
});

test("groups answer whether they survive losing their biggest member, with the planner's reasons", () => {
  const html = renderConsole(
    view({
      groups: [
        {
          name: 'g1',
          type: 'kvm',
          mode: 'automatic',
          members: ['h1', 'h2'],
          timeoutSec: 60,
          fence: 'command',
          capacity: { group: 'g1', host: 'h1', runningMiB: 6144, absorbed: true, refusals: [] },
        },
        {
          name: 'g2',
          type: 'xen',
          mode: 'manual',
          members: ['x1', 'x2'],
          timeoutSec: 60,
          fence: 'command',
          capacity: {
            group: 'g2',
            host: 'x1',
            runningMiB: 9000,
            absorbed: false,
            refusals: [
              { system: 'db', code: 'insufficient-ram', reason: 'needs 9000 MiB; best candidate x2 has 1024 MiB free' },
            ],
          },
        },
        { name: 'g3', type: 'kvm', mode: 'automatic', members: ['k1'], timeoutSec: 60, fence: 'command' },
      ],
    }),
  );
  assert.match(html, /yes: losing h1 \(6144 MiB running\) leaves room for all of it/);
  assert.match(html, /no: losing x1 leaves db \(needs 9000 MiB; best candidate x2 has 1024 MiB free\)/);
  assert.match(html, /fewer than two members up/);
});

test('names and bodies are escaped; the filter problem is shown as an alert; empty sections say so', () => {
  const html = renderConsole(
    view({
      hosts: [host('<script>alert(1)</script>', 'up')],
      events: [{ seq: 1, time: 't', type: 'HostRegistered', aggregate: 'host/x', body: '{"a":"<b>&"}' }],
      filter: { type: 'Nope', aggregate: '', problem: 'unknown event type "Nope"' },
    }),
  );
  assert.not.match(html, /<script>alert/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /\{&quot;a&quot;:&quot;&lt;b&gt;&amp;&quot;\}/);
  assert.match(html, /<p class="problem" role="alert">unknown event type &quot;Nope&quot;<\/p>/);
  assert.match(html, /<input name="type" value="Nope">/);
  assert.match(html, /No failover group\./);
  assert.match(html, /setInterval\(async \(\) => \{[\s\S]*\}, 5000\);/, 'the page refreshes itself in place every 5 s');
});

test.run();
