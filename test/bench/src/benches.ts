// The list of benchmarks `pnpm bench` knows. To add one, import its module and append it here.
import type { Bench } from './harness.js';
import { appendBench } from './benches/append.js';
import { appendLatencyBench } from './benches/append-latency.js';
import { replayBench } from './benches/replay.js';
import { catchupBench } from './benches/catchup.js';
import { lagBench } from './benches/lag.js';
import { promoteBench } from './benches/promote.js';
import { autoPromoteBench } from './benches/auto-promote.js';
import { statusRoundBench } from './benches/status-round.js';
import { failoverBench } from './benches/failover.js';
import { auditVerifyBench } from './benches/audit-verify.js';

/** Every registered bench, in the order `pnpm bench` runs them. */
export const benches: Bench[] = [
  appendBench,
  appendLatencyBench,
  replayBench,
  catchupBench,
  lagBench,
  promoteBench,
  autoPromoteBench,
  statusRoundBench,
  failoverBench,
  auditVerifyBench,
];
