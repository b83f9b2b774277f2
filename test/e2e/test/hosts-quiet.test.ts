// Hosts e2e, the slow one: no event is written over 100 consecutive probe rounds where nothing changes
// (3 lab kvm hosts x 2 systems, probe interval 1 s — the minimum — so this file takes about 110 s on its own).
// Rounds are counted, not assumed: every host's lastProbeAt must advance at least 100 times while headSeq and
// headHash stay put. FERRY_E2E_QUIET_ROUNDS overrides the 100 for a quick local run.
import { ENUM_PREFIX, enumText, fromTimestamp } from '@ferry/api';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Api,
  Ferryd,
  cleanupAll,
  ferryJson,
  ferryOk,
  noDoubleRuns,
  registerLabHosts,
  sleep,
  tempDir,
  upLab,
  waitUntil,
  type StatusJson,
  waitSystemsReady,
} from './support/index.js';

const ROUNDS = Number(process.env.FERRY_E2E_QUIET_ROUNDS ?? 100);

test.after(cleanupAll);

test(`no events over ${ROUNDS} consecutive quiet probe rounds`, async () => {
  const dir = tempDir('quiet');
  const [node, lab] = await Promise.all([
    Ferryd.start({ dir, nodeId: 'quiet', cluster: 'quiet' }),
    upLab('quiet', { hosts: 3, type: 'kvm', ramMiB: 8192, systems: 2, systemRamMiB: 1024 }),
  ]);
  const api = new Api(node.addr);
  await ferryOk(node.addr, 'settings', 'set', 'probe-interval', '1');
  await ferryOk(node.addr, 'settings', 'set', 'down-after', '2');
  await registerLabHosts(node.addr, lab, 'kvm');
  type H = { name: string; state: string; lastProbeTime: { seconds: number; nanos: number } | null };
  const hosts = async () =>
    (await api.call<{ hosts: H[] }>('ListHosts', {})).hosts.map((h) => ({
      name: h.name,
      state: enumText(ENUM_PREFIX.hostState, h.state),
      lastProbeAt: fromTimestamp(h.lastProbeTime),
    }));
  await waitUntil('all hosts up', async () => (await hosts()).every((h) => h.state === 'up'), 30_000);
  await waitSystemsReady(node.addr, 6);
  await sleep(2_000); // let the last capture settle

  const start = await ferryJson<StatusJson>(node.addr, 'status');
  const seen = new Map<string, Set<string>>();
  const started = Date.now();
  for (;;) {
    for (const h of await hosts()) {
      assert.is(h.state, 'up', `${h.name} left up during the quiet period`);
      if (!seen.has(h.name)) seen.set(h.name, new Set());
      seen.get(h.name)!.add(h.lastProbeAt);
    }
    const st = await api.status();
    assert.is(
      st.headSeq,
      start.headSeq,
      `an event was written during quiet round(s) (${start.headSeq} -> ${st.headSeq})`,
    );
    const fewest = Math.min(...[...seen.values()].map((s) => s.size));
    if (seen.size === 3 && fewest > ROUNDS) break; // > ROUNDS distinct probe times = ROUNDS complete rounds after the first
    if (Date.now() - started > ROUNDS * 1_000 * 1.6 + 20_000)
      assert.unreachable(`only ${fewest} probe rounds in ${Date.now() - started} ms`);
    await sleep(300);
  }
  const end = await ferryJson<StatusJson>(node.addr, 'status');
  assert.is(end.headSeq, start.headSeq);
  assert.is(end.headHash, start.headHash);
  await noDoubleRuns(lab);
});

test.run();
