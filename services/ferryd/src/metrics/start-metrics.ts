// Starts the metrics of a node (--metrics HOST:PORT): the registry plus its HTTP endpoint, on every role. Off loopback
// the endpoint follows the API's rules: HTTPS to clients with a certificate the cluster CA signed and a bearer token
// allowed to read, and refused at start on a node without TLS. On loopback it is plain HTTP for a local scraper.
import * as grpc from '@grpc/grpc-js';
import { tokenAuthorizer } from '../auth.js';
import { isLoopback, tlsEnabled, tlsFiles } from '../credentials.js';
import type { FerryNode } from '../node.js';
import { FerryMetrics, type MetricsSources } from './ferry-metrics.js';
import { serveMetrics, type MetricsGuard } from './metrics-server.js';

/** The guard of a node's endpoint at `addr` (undefined: plain HTTP on loopback). */
function metricsGuard(addr: string, node: FerryNode): MetricsGuard | undefined {
  if (isLoopback(addr)) return undefined;
  if (!tlsEnabled(node.config)) {
    throw new Error(`refusing to serve metrics in plaintext on ${addr}: configure --tls-cert/--tls-key/--tls-ca (scrapes then need a client certificate and a token), or use a loopback address`);
  }
  const auth = tokenAuthorizer(node.state);
  return {
    tls: tlsFiles(node.config),
    allows: (authorization) => {
      const md = new grpc.Metadata();
      if (authorization !== undefined) md.set('authorization', authorization);
      try {
        auth.check(md, 'read', 'Metrics');
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** A running metrics endpoint. */
export interface RunningMetrics {
  port: number;
  stop(): Promise<void>;
}

/** Serves the node's metrics at http://ADDR/metrics until stopped. */
export async function startMetrics(addr: string, node: FerryNode, sources: MetricsSources): Promise<RunningMetrics> {
  const guard = metricsGuard(addr, node);
  const metrics = new FerryMetrics(node, sources);
  try {
    const server = await serveMetrics(addr, metrics, guard);
    node.logger.info({ metrics: `${guard ? 'https' : 'http'}://${addr.replace(/:\d+$/, ':' + server.port)}/metrics` }, 'serving Prometheus metrics');
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
