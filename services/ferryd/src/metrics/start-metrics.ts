// Starts the metrics of a node (--metrics HOST:PORT): the registry plus its HTTP endpoint, on every role.
import type { FerryNode } from '../node.js';
import { FerryMetrics, type MetricsSources } from './ferry-metrics.js';
import { serveMetrics } from './metrics-server.js';

/** A running metrics endpoint. */
export interface RunningMetrics {
  port: number;
  stop(): Promise<void>;
}

/** Serves the node's metrics at http://ADDR/metrics until stopped. */
export async function startMetrics(addr: string, node: FerryNode, sources: MetricsSources): Promise<RunningMetrics> {
  const metrics = new FerryMetrics(node, sources);
  try {
    const server = await serveMetrics(addr, metrics);
    node.logger.info({ metrics: `http://${addr.replace(/:\d+$/, ':' + server.port)}/metrics` }, 'serving Prometheus metrics');
    return {
      port: server.port,
      stop: async () => {
        await server.close();
        metrics.close();
      },
    };
  } catch (err) {
    metrics.close();
    throw new Error(`cannot serve metrics on ${addr}: ${(err as Error).message}`, { cause: err });
  }
}
