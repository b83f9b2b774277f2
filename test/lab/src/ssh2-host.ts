// One lab host of the ssh2 engine: its own listen port and host key, and the faults a host's sshd suffers in the
// OpenSSH lab. crash: the port stops listening, connections drop, session shells are killed. partition: the port
// still accepts TCP but nothing is read or written (connections are paused and corked, new ones held unanswered,
// session shells SIGSTOPped). restore: a partitioned host resumes where it stopped; a crashed one listens again.
import type { ChildProcess } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import ssh2 from 'ssh2';
import type { PowerState } from './layout.js';
import { authenticate } from './ssh2-auth.js';
import { serveSession, type SessionHost } from './ssh2-session.js';

// sshd's default ClientAliveInterval is 0: the server never pings its clients (and a partitioned one could not).
ssh2.Server.KEEPALIVE_CLIENT_INTERVAL = 0;

/** What a host needs besides its session environment. */
export interface HostSetup {
  port: number;
  hostKey: Buffer;
  user: string;
  allowedKeys: readonly ssh2.ParsedKey[];
  session: Omit<SessionHost, 'children'>;
}

/** A lab host served by the engine. */
export class Ssh2Host {
  power: PowerState = 'off';
  private listener: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly held: Socket[] = [];
  private readonly children = new Set<ChildProcess>();
  private readonly ssh: ssh2.Server;

  constructor(private readonly setup: HostSetup) {
    const session: SessionHost = { ...setup.session, children: this.children };
    this.ssh = new ssh2.Server({ hostKeys: [setup.hostKey] }, (client) => {
      client.on('error', () => undefined); // a client that goes away mid-handshake is not the engine's problem
      client.on('authentication', (ctx) => authenticate(ctx, setup.user, setup.allowedKeys));
      client.on('ready', () => client.on('session', (accept) => serveSession(accept(), session)));
    });
  }

  /** Starts listening on the host's port. */
  async listen(): Promise<void> {
    const listener = createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(this.setup.port, '127.0.0.1', () => {
        listener.off('error', reject);
        resolve();
      });
    });
    listener.on('error', (err) =>
      process.stderr.write(`ssh2 engine: host ${this.setup.session.name}: ${err.message}\n`),
    );
    this.listener = listener;
    this.power = 'on';
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    if (this.power === 'partitioned') {
      socket.pause();
      this.held.push(socket);
    } else this.ssh.injectSocket(socket);
  }

  /** The port closes, every connection drops, session shells are killed. */
  crash(): void {
    this.listener?.close();
    this.listener = undefined;
    for (const s of this.sockets) s.destroy();
    this.held.length = 0;
    for (const c of this.children) c.kill('SIGKILL');
    this.power = 'off';
  }

  /** Nothing is read or written any more; new connections are accepted and left unanswered. */
  partition(): void {
    if (this.power !== 'on') return;
    for (const s of this.sockets) {
      s.pause();
      s.cork();
    }
    for (const c of this.children) c.kill('SIGSTOP');
    this.power = 'partitioned';
  }

  /** A partitioned host carries on; a crashed one listens again (its systems stay stopped). */
  async restore(): Promise<void> {
    if (this.power === 'off') return this.listen();
    if (this.power !== 'partitioned') return;
    this.power = 'on';
    for (const c of this.children) c.kill('SIGCONT');
    const held = new Set(this.held.splice(0));
    for (const s of this.sockets) {
      if (held.has(s)) continue;
      s.uncork();
      s.resume();
    }
    for (const s of held) {
      s.resume();
      this.ssh.injectSocket(s);
    }
  }
}
