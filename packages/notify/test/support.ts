// Helpers shared by the notify tests: a free loopback port (for a server that is not up yet) and closing a server.
import { createServer, type AddressInfo } from 'node:net';
import type { SMTPServer } from 'smtp-server';

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Closes an SMTP server. */
export const closeServer = (s: SMTPServer): Promise<void> => new Promise((r) => s.close(() => r()));
