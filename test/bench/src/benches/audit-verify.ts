// Bench `audit-verify`: events/s of `EventLog.verify` (hash chain, seq continuity, epochs — what `ferry audit
// verify` runs) over a 1M-event log of realistic host/system events, against raw iteration of every entry of the
// same LevelDB in the same run (the faster of a pass before and after).
import { EventLog } from '@ferry/log';
import { eventMix } from '../replay-fixture.js';
import { scaled, withTempDir, type Bench } from '../harness.js';
import { rawLogPass } from './replay.js';

export const auditVerifyBench: Bench = {
  name: 'audit-verify',
  description: 'events/s verifying the hash chain of a 1M-event log; baseline a raw pass over its log records',
  async run() {
    const total = scaled(1_000_000, 10_000);
    return withTempDir('audit-verify', async (dir) => {
      const build = await EventLog.open({ path: dir, verifyOnOpen: false });
      for (const chunk of eventMix(total)) await build.append(chunk);
      await build.close();

      const raw1 = await rawLogPass(dir, 'entries');
      const log = await EventLog.open({ path: dir, verifyOnOpen: false });
      let secs: number;
      try {
        const started = performance.now();
        const result = await log.verify();
        secs = (performance.now() - started) / 1000;
        if (!result.ok || result.checked !== total) throw new Error(`verify failed: ${JSON.stringify(result)}`);
      } finally {
        await log.close();
      }
      const raw2 = await rawLogPass(dir, 'entries');
      const raw = raw1.rate >= raw2.rate ? raw1 : raw2;
      const value = total / secs;
      if (raw.records !== total) throw new Error(`raw pass read ${raw.records} log records, the log holds ${total}`);
      return {
        value: Math.round(value),
        unit: 'events/s',
        baseline: Math.round(raw.rate),
        ratio: value / raw.rate,
        notes: `${total} events verified in ${secs.toFixed(2)} s; raw pass over the ${raw.records} log records (keys and values) at ${Math.round(raw.rate)}/s`,
      };
    });
  },
};
