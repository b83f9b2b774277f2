// Starts the metrics of a node (--metrics HOST:PORT): the registry plus its HTTP endpoint, on every role. Off loopback
// the endpoint follows the API's rules: HTTPS to clients with a certificate the cluster CA signed and a bearer token
// allowed to read, and refused at start on a node without TLS. On loopback it is plain HTTP for a local scraper.
import { serveHttp } from '../http/http-endpoint.js';
import { httpGuard } from '../http/http-guard.js';
import type { FerryNode } from '../node.js';
import { FerryMetrics, type MetricsSources } from './ferry-metrics.js';

/** A running metrics endpoint. */
export interface RunningMetrics {
  port: number;
  stop(): Promise<void>;
}

/** Serves the node's metrics at http://ADDR/metrics until stopped. */
export async function startMetrics(addr: string, node: FerryNode, sources: MetricsSources): Promise<RunningMetrics> {
  const guard = httpGuard(addr, node, 'metrics');
  const metrics = new FerryMetrics(node, sources);
  try {
    const server = await serveHttp(
      addr,
      'metrics address',
      (req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        if (req.method !== 'GET' || (path !== '/metrics' && path !== '/metrics/')) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found; metrics are at /metrics\n');
          return;
        }
        metrics.text().then(
          (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
          (err: unknown) =>
            res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics failed: ${(err as Error).message}\n`),
        );
      },
      guard,
    );
    node.logger.info(
      { metrics: `${guard ? 'https' : 'http'}://${addr.replace(/:\d+$/, `:${server.port}`)}/metrics` },
      'serving Prometheus metrics',
    );
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
