// The `lag` bench's writer, run in a worker thread: issues CreateOwner calls to the master at the asked rate (every
// tick, as many as the schedule says are due) and reports what it sent. It runs apart from the thread that
// timestamps arrivals on the replicas, so the writer's own CPU never delays those timestamps.
import { parentPort, workerData } from 'node:worker_threads';
import { call, controlClient } from '@ferry/api';
import { clientCredentials, type Pki } from '../bench-tls.js';

/** What the bench passes to the writer. */
export interface WriterJob {
  address: string;
  /** The master's admin token file and the bench's certificates (none: plaintext). */
  tokenFile: string;
  pki: Pki | undefined;
  rate: number;
  durationMs: number;
  tickMs: number;
}

/** What the writer reports once every call is answered. */
export interface WriterReport {
  sent: number;
  failed: number;
  maxInflight: number;
  /** Seconds from the first call to the last call issued. */
  writeSecs: number;
  /** First failure, if any (for the notes). */
  firstError: string;
}

const job = workerData as WriterJob;
const client = controlClient(job.address, clientCredentials(job.tokenFile, job.pki));
let sent = 0;
let failed = 0;
let inflight = 0;
let maxInflight = 0;
let firstError = '';
const answers: Promise<unknown>[] = [];
const started = performance.now();
const total = Math.floor((job.durationMs / 1000) * job.rate);
await new Promise<void>((resolve) => {
  const tick = () => {
    const elapsed = performance.now() - started;
    const due = Math.min(Math.floor((elapsed / 1000) * job.rate), total);
    while (sent < due) {
      const i = sent++;
      inflight++;
      maxInflight = Math.max(maxInflight, inflight);
      answers.push(
        call(
          client,
          client.CreateOwner,
          { owner: { name: `lag-${i}`, email: `lag-${i}@example.test` } },
          { timeoutMs: 10_000 },
        )
          .catch((err: Error) => {
            failed++;
            firstError ||= err.message;
          })
          .finally(() => {
            inflight--;
          }),
      );
    }
    if (elapsed >= job.durationMs) resolve();
    else setTimeout(tick, job.tickMs);
  };
  tick();
});
const writeSecs = (performance.now() - started) / 1000;
await Promise.all(answers);
client.close();
parentPort!.postMessage({ sent, failed, maxInflight, writeSecs, firstError } satisfies WriterReport);
