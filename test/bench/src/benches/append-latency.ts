// Bench `append-latency`: p99 milliseconds of one writer doing sequential durable appends.
import { EventLog } from '@ferry/log';
import { body, quantile, scaled, withTempDir, type Bench } from '../harness.js';

export const appendLatencyBench: Bench = {
  name: 'append-latency',
  description: 'p99 ms of sequential durable appends by a single writer',
  async run() {
    const n = scaled(5_000, 200);
    return withTempDir('latency', async (dir) => {
      const log = await EventLog.open({ path: dir });
      try {
        const lat: number[] = [];
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          await log.append([{ aggregate: 'host/h1', type: 'HostStateChanged', body: body(300, i) }]);
          lat.push(performance.now() - t);
        }
        const p50 = quantile(lat, 0.5);
        return {
          value: Number(quantile(lat, 0.99).toFixed(3)),
          unit: 'ms p99',
          baseline: null,
          ratio: null,
          notes: `${n} appends, p50 ${p50.toFixed(3)} ms, max ${Math.max(...lat).toFixed(3)} ms`,
        };
      } finally {
        await log.close();
      }
    });
  },
};
