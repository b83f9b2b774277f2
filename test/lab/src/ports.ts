// Free TCP port allocation on 127.0.0.1 (bind, remember, release), below the kernel's ephemeral port range:
// outgoing connections on a busy machine take their local ports from that range, so a port found free there can
// be gone by the time the lab's sshd or engine listens on it.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';

const LOWEST = 10_000;

/** First port of the kernel's ephemeral range (32768 when it cannot be read). */
function ephemeralStart(): number {
  try {
    const first = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(first) && first > 0 ? first : 32_768;
  } catch {
    return 32_768;
  }
}

/** Listens on `port` (0: any) of 127.0.0.1; resolves with the server, or undefined when the port is taken. */
function tryListen(port: number): Promise<Server | undefined> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EADDRINUSE' || err.code === 'EACCES' ? resolve(undefined) : reject(err),
    );
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** Returns `count` distinct ports that were free on 127.0.0.1 a moment ago. */
export async function allocatePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  const ports: number[] = [];
  const top = ephemeralStart() - 1;
  const tried = new Set<number>();
  // Random candidates below the ephemeral range while it has ample room; else (or if it is full) any free port.
  const room = top - LOWEST + 1;
  try {
    while (ports.length < count) {
      const below = room >= 4 * count && tried.size < room / 2;
      const candidate = below ? LOWEST + Math.floor(Math.random() * room) : 0;
      if (candidate !== 0 && tried.has(candidate)) continue;
      tried.add(candidate);
      const server = await tryListen(candidate);
      if (!server) continue;
      servers.push(server);
      const addr = server.address();
      if (addr === null || typeof addr === 'string') throw new Error('no port');
      ports.push(addr.port);
    }
    return ports;
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }
}
