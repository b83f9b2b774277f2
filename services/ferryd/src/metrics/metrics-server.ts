// HTTP endpoint for Prometheus (--metrics HOST:PORT): GET /metrics serves the exposition text; anything else 404.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FerryMetrics } from './ferry-metrics.js';

/** A listening metrics endpoint. */
export interface MetricsServer {
  /** The bound port (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

/** Splits `HOST:PORT` (IPv6 in brackets allowed). */
export function parseHostPort(addr: string): { host: string; port: number } {
  const m = /^\[?([^\]]*?)\]?:(\d+)$/.exec(addr.trim());
  if (!m || Number(m[2]) > 65_535) throw new Error(`metrics address must be HOST:PORT (got "${addr}")`);
  return { host: m[1] || '0.0.0.0', port: Number(m[2]) };
}

/** Serves `metrics` at http://ADDR/metrics. */
export function serveMetrics(addr: string, metrics: FerryMetrics): Promise<MetricsServer> {
  const { host, port } = parseHostPort(addr);
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || (path !== '/metrics' && path !== '/metrics/')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found; metrics are at /metrics\n');
      return;
    }
    metrics.text().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics failed: ${(err as Error).message}\n`),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
      });
    });
  });
}
