// `pnpm campaign [--seed N] [--minutes M] [--faults I,J,…] [--shrink-minutes S]`: one randomized fault campaign
// (root: network namespaces, tmpfs). Prints the seed first, every fault as it is applied, the end state and the
// verdict; on a broken invariant it shrinks the schedule (up to S minutes, default 20; 0 skips) and prints the
// shortest reproduction found. Exit 0 when every invariant held, 1 when one broke, 2 on bad arguments.
import { parseArgs } from 'node:util';
import { describeFault } from './schedule.js';
import { runCampaign, type CampaignResult } from './campaign.js';
import { shrink } from './shrink.js';

// grpc-js passes IP addresses as TLS server names, which Node flags (DEP0123); not what a campaign is about.
process.noDeprecation = true;

function number(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) {
    console.error(`campaign: --${name} must be a number >= 0 (got "${text}")`);
    process.exit(2);
  }
  return n;
}

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    minutes: { type: 'string' },
    faults: { type: 'string' },
    'shrink-minutes': { type: 'string' },
  },
  strict: true,
});
const seed = Math.floor(number('seed', values.seed, Math.floor(Math.random() * 2 ** 31)));
const minutes = number('minutes', values.minutes, 1);
const shrinkMinutes = number('shrink-minutes', values['shrink-minutes'], 20);
const only = values.faults?.split(',').map((s) => Math.floor(number('faults', s, 0)));
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

const summary = (r: CampaignResult) =>
  `seed ${r.seed}: ${r.faults.length} faults (${[...new Set(r.faults.map((f) => f.kind))].join(', ')}), ${r.acknowledged}/${r.attempted} writes acknowledged, ${r.staleWindows} poll(s) with two writable masters in different epochs, ${Math.round(r.durationMs / 1000)} s`;

log(`campaign seed ${seed}, ${minutes} min of faults${only ? `, only faults ${only.join(',')}` : ''}`);
const result = await runCampaign({ seed, minutes, only, log });
log(summary(result));
if (result.violations.length === 0) {
  log('every invariant held');
  process.exit(0);
}
for (const v of result.violations) log(`BROKEN ${v.invariant}: ${v.detail}`);
if (shrinkMinutes > 0 && result.faults.length > 1) {
  const small = await shrink({ seed, minutes, log }, result, shrinkMinutes * 60_000);
  log(
    `shortest reproduction found (${small.faults.length} of ${result.faults.length} faults; real processes: it may need a few runs):`,
  );
  for (const f of small.result.faults) log(`  ${describeFault(f)}`);
  for (const v of small.result.violations) log(`  BROKEN ${v.invariant}: ${v.detail}`);
  log(`  pnpm campaign --seed ${seed} --minutes ${minutes} --faults ${small.faults.join(',')} --shrink-minutes 0`);
} else {
  log(`reproduce: pnpm campaign --seed ${seed} --minutes ${minutes}${only ? ` --faults ${only.join(',')}` : ''}`);
}
process.exit(1);
