// Prometheus metrics of real ferryd processes (--metrics HOST:PORT): head seq, appends, group-commit batch
// sizes, host states, failovers by outcome, replica lag per replica on the master, and the endpoint on a replica;
// every series the Grafana dashboard in deploy/ queries is one ferryd exports.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  cleanupDirs,
  createOwner,
  Ferryd,
  FERRYD,
  freePort,
  status,
  tempDir,
  waitFor,
} from './nats-metrics-support.js';

const nodes: Ferryd[] = [];
let master: Ferryd;
let masterMetrics = '';
let masterListen = '';

async function scrape(addr: string): Promise<string> {
  const res = await fetch(`http://${addr}/metrics`);
  assert.is(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', 'text/plain');
  return res.text();
}

/** The value of the first sample whose name and labels start with `prefix`. */
function sample(text: string, prefix: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(prefix) && !l.startsWith('#'));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

test.before(async () => {
  // A missing build fails the file (it used to pass every test without running one).
  for (const f of [FERRYD]) if (!existsSync(f)) throw new Error(`${f} is missing: run \`pnpm build\` first`);
  masterMetrics = `127.0.0.1:${await freePort()}`;
  masterListen = `127.0.0.1:${await freePort()}`;
  master = await Ferryd.start(
    [
      '--listen',
      masterListen,
      '--data',
      join(tempDir('metrics-m'), 'data'),
      '--node-id',
      'm',
      '--cluster',
      't-metrics',
    ],
    { FERRY_METRICS: masterMetrics },
  );
  nodes.push(master);
});

test.after(async () => {
  for (const n of nodes) await n.stop();
  cleanupDirs();
});

test('a scrape shows head seq, appends, batch sizes, host states and failovers', async () => {
  const c = master.client();
  await Promise.all(Array.from({ length: 20 }, (_, i) => createOwner(c, `o${i}`)));
  const head = (await status(c)).headSeq;
  const text = await scrape(masterMetrics);
  assert.is(sample(text, 'ferry_head_seq{'), head);
  assert.ok((sample(text, 'ferry_appends_total{') ?? 0) >= 20, 'appends counted');
  assert.ok((sample(text, 'ferry_commit_batch_events_count{') ?? 0) >= 1, 'batches observed');
  assert.ok((sample(text, 'ferry_commit_batch_events_sum{') ?? 0) >= 20, 'batch sizes summed');
  assert.is(sample(text, 'ferry_hosts{state="up"'), 0);
  assert.is(sample(text, 'ferry_failovers_total{outcome="succeeded"'), 0);
  assert.is(sample(text, 'ferry_mail_total{outcome="sent"'), 0);
  assert.is(sample(text, 'ferry_mail_spooled{'), 0);
  assert.is(sample(text, 'ferry_role{role="master"'), 1);
  assert.match(text, /^# TYPE ferry_commit_batch_events histogram$/m);
  // The process metrics carry one prefix, as Prometheus names them: ferry_process_cpu_…, ferry_nodejs_….
  assert.match(text, /^ferry_process_cpu_user_seconds_total\{/m);
  assert.match(text, /^ferry_nodejs_eventloop_lag_seconds\{/m);
  assert.not.match(text, /ferry_process_process_|ferry_process_nodejs_/);
  const notFound = await fetch(`http://${masterMetrics}/other`);
  assert.is(notFound.status, 404);
});

test('every series the Grafana dashboard (deploy/grafana-ferry.json) queries is one ferryd exports', async () => {
  const file = fileURLToPath(new URL('../../../../deploy/grafana-ferry.json', import.meta.url));
  const dashboard = JSON.parse(readFileSync(file, 'utf8')) as {
    panels: { title: string; targets: { expr: string }[] }[];
  };
  const text = await scrape(masterMetrics);
  const exported = new Set(
    [...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].flatMap(([, name, type]) =>
      type === 'histogram' ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name!],
    ),
  );
  const queried = dashboard.panels.flatMap((p) =>
    p.targets.flatMap((t) => [...t.expr.matchAll(/\bferry_[a-z_]+/g)].map(([m]) => ({ panel: p.title, name: m }))),
  );
  assert.ok(queried.length >= 15, `${queried.length} series queried`);
  for (const q of queried)
    assert.ok(exported.has(q.name), `panel "${q.panel}" queries ${q.name}, which ferryd does not export`);
});

test('the master reports lag per replica; a replica serves metrics too', async () => {
  const replicaMetrics = `127.0.0.1:${await freePort()}`;
  const replica = await Ferryd.start([
    '--listen',
    `127.0.0.1:${await freePort()}`,
    '--data',
    join(tempDir('metrics-r'), 'data'),
    '--node-id',
    'r',
    '--cluster',
    't-metrics',
    '--role',
    'replica',
    '--master',
    masterListen,
    '--metrics',
    replicaMetrics,
  ]);
  nodes.push(replica);
  const head = (await status(master.client())).headSeq;
  await waitFor('the replica caught up', async () => (await status(replica.client())).headSeq >= head);
  const text = await waitFor('lag of replica r on the master', async () => {
    const t = await scrape(masterMetrics);
    return sample(t, 'ferry_replica_lag_events{') === 0 && t.includes('replica="r"') ? t : undefined;
  });
  assert.is(sample(text, 'ferry_replica_connected{'), 1);
  assert.ok(sample(text, 'ferry_replica_lag_ms{') !== undefined);
  const r = await scrape(replicaMetrics);
  assert.is(sample(r, 'ferry_head_seq{'), head);
  assert.is(sample(r, 'ferry_role{role="replica"'), 1);
  assert.ok((sample(r, 'ferry_appends_total{') ?? 0) >= head, 'replicated events counted');
});

test.run();
