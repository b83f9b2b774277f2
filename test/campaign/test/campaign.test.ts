// The short fault campaign of `npm test`: one minute of seeded faults (crash, SIGSTOP, partitions, disk full,
// promotion, host crash) against a master, two replicas and three lab hosts, each node in its own network
// namespace; every invariant must hold. The seed is printed (FERRY_CAMPAIGN_SEED picks another); a failure prints
// the violations and the command that reproduces and shrinks it. Needs root, as CI's container has.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { describeFault, runCampaign } from '../src/index.js';

// grpc-js passes IP addresses as TLS server names, which Node flags (DEP0123); not what a campaign is about.
process.noDeprecation = true;

const SEED = Number(process.env.FERRY_CAMPAIGN_SEED ?? 16); // 16: every fault kind within the minute, two promotions

test(`one minute of faults keeps every invariant (seed ${SEED})`, async () => {
  console.log(`campaign seed ${SEED}`);
  const result = await runCampaign({
    seed: SEED,
    minutes: 1,
    log: (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`),
  });
  console.log(
    `${result.faults.length} faults, ${result.acknowledged}/${result.attempted} writes acknowledged, ${Math.round(result.durationMs / 1000)} s`,
  );
  assert.ok(result.faults.length >= 5, 'a minute holds several faults');
  assert.ok(result.acknowledged > 0, 'the writer got writes acknowledged');
  assert.equal(
    result.violations,
    [],
    [
      `invariants broken with seed ${SEED}:`,
      ...result.violations.map((v) => `  ${v.invariant}: ${v.detail}`),
      ...result.faults.map((f) => `  ${describeFault(f)}`),
      `reproduce and shrink: pnpm campaign --seed ${SEED} --minutes 1`,
    ].join('\n'),
  );
});

test.run();
