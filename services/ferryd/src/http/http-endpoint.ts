// The node's HTTP endpoints (metrics at --metrics, the web console at --web): one server per address serving one
// handler. Guarded (off loopback, on a node with TLS): HTTPS requiring a client certificate the cluster CA signed,
// and a bearer token; a request without a valid token gets 401 and nothing else.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

/** A listening endpoint. */
export interface HttpEndpoint {
  /** The bound port (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

/** How a guarded endpoint checks requests: TLS files and the token check. */
export interface HttpGuard {
  tls: { ca: Buffer; cert: Buffer; key: Buffer };
  /** Whether the `authorization` header (if any) carries a token allowed to read. */
  allows(authorization: string | undefined): boolean;
}

/** Answers one request (after the guard let it through). */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Splits `HOST:PORT` (IPv6 in brackets allowed); `what` names the option in the error. */
export function parseHostPort(addr: string, what = 'address'): { host: string; port: number } {
  const m = /^\[?([^\]]*?)\]?:(\d+)$/.exec(addr.trim());
  if (!m || Number(m[2]) > 65_535) throw new Error(`${what} must be HOST:PORT (got "${addr}")`);
  return { host: m[1] || '0.0.0.0', port: Number(m[2]) };
}

/** Serves `handle` at http://ADDR, or https:// with client certificates and tokens when guarded. */
export function serveHttp(addr: string, what: string, handle: HttpHandler, guard?: HttpGuard): Promise<HttpEndpoint> {
  const { host, port } = parseHostPort(addr, what);
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    if (guard && !guard.allows(req.headers.authorization)) {
      res
        .writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' })
        .end('a valid bearer token is required\n');
      return;
    }
    handle(req, res);
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
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
