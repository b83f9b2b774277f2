// HTTP endpoint for Prometheus (--metrics HOST:PORT): GET /metrics serves the exposition text; anything else 404.
// Guarded (a node with TLS): HTTPS requiring a client certificate the cluster CA signed, and a bearer token; a scrape
// without a valid token gets 401 and nothing else.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { FerryMetrics } from './ferry-metrics.js';

/** A listening metrics endpoint. */
export interface MetricsServer {
  /** The bound port (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

/** How a guarded endpoint checks scrapes: TLS files and the token check. */
export interface MetricsGuard {
  tls: { ca: Buffer; cert: Buffer; key: Buffer };
  /** Whether the `authorization` header (if any) carries a token allowed to read. */
  allows(authorization: string | undefined): boolean;
}

/** Splits `HOST:PORT` (IPv6 in brackets allowed). */
export function parseHostPort(addr: string): { host: string; port: number } {
  const m = /^\[?([^\]]*?)\]?:(\d+)$/.exec(addr.trim());
  if (!m || Number(m[2]) > 65_535) throw new Error(`metrics address must be HOST:PORT (got "${addr}")`);
  return { host: m[1] || '0.0.0.0', port: Number(m[2]) };
}

/** Serves `metrics` at http://ADDR/metrics, or https:// with client certificates and tokens when guarded. */
export function serveMetrics(addr: string, metrics: FerryMetrics, guard?: MetricsGuard): Promise<MetricsServer> {
  const { host, port } = parseHostPort(addr);
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    if (guard && !guard.allows(req.headers.authorization)) {
      res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' }).end('a valid bearer token is required\n');
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || (path !== '/metrics' && path !== '/metrics/')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found; metrics are at /metrics\n');
      return;
    }
    metrics.text().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics failed: ${(err as Error).message}\n`),
    );
  };
  const server: Server = guard
    ? createHttpsServer({ ...guard.tls, requestCert: true, rejectUnauthorized: true }, handler)
    : createServer(handler);
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
