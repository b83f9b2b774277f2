// One lab sshd ("unit"): its config, `sshd -t` validation, detached start and readiness wait (SSH banner per port).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:net';
import { LabError } from './errors.js';
import { paths } from './layout.js';
import { isAlive, spawnDetached } from './processes.js';

/** Finds an absolute sshd path (sshd refuses to re-exec from a relative path). */
export function findSshd(): string {
  for (const p of [process.env['FERRY_LAB_SSHD'], '/usr/sbin/sshd', '/usr/local/sbin/sshd', '/usr/bin/sshd']) {
    if (p?.startsWith('/') && existsSync(p)) return p;
  }
  throw new LabError('SSHD_FAILED', 'sshd not found (install openssh-server or set FERRY_LAB_SSHD)');
}

const quote = (s: string): string => `"${s}"`;

/** Environment markers sshd gives every session of a unit (used to find escaped session processes). */
export function unitMarkers(dir: string, unit: number): string[] {
  return [`FERRY_LAB_DIR=${dir}`, `FERRY_LAB_UNIT=${unit}`];
}

/** A lab host served by a unit: its port and name. */
export interface UnitHost {
  port: number;
  name: string;
  /** Another address the host listens on besides 127.0.0.1 (same port), e.g. one other network namespaces reach. */
  address?: string;
}

/**
 * The environment of a session on lab host `name`: markers, the host, the shims first on PATH, the tools' config
 * directories, and SHLVL=1 (bash started by sshd then skips ~/.bashrc: faster, predictable sessions).
 */
export function hostEnv(dir: string, unit: number, name: string): string[] {
  const h = join(dir, 'hosts', name);
  return [
    ...unitMarkers(dir, unit),
    `FERRY_LAB_HOST=${name}`,
    `PATH=${paths.bin(dir)}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
    `XEN_CONFIG_DIR=${h}/etc/xen`,
    `VZ_CONF_DIR=${h}/etc/vz/conf`,
    'SHLVL=1',
  ];
}

/**
 * Renders the sshd_config of one unit. A `Match LocalPort` block per host sets that host's environment, so a
 * session runs the client's command directly in the user's shell (no wrapper process).
 */
export function renderSshdConfig(dir: string, unit: number, hosts: UnitHost[], user: string): string {
  return [
    `# Ferry lab sshd unit ${unit}: one ListenAddress per lab host; Match LocalPort gives each its environment.`,
    ...hosts.flatMap((h) => [
      `ListenAddress 127.0.0.1:${h.port}`,
      ...(h.address ? [`ListenAddress ${h.address}:${h.port}`] : []),
    ]),
    `HostKey ${quote(paths.unitHostKey(dir, unit))}`,
    `PidFile ${quote(`${paths.unitDir(dir, unit)}/sshd.pid`)}`,
    `AuthorizedKeysFile ${quote(`${dir}/client/authorized_keys`)}`,
    'StrictModes no',
    'UsePAM no',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PubkeyAuthentication yes',
    'PermitRootLogin prohibit-password',
    `AllowUsers ${user}`,
    'PermitUserEnvironment no',
    'PermitUserRC no',
    'MaxStartups 1024:30:4096',
    'MaxSessions 256',
    'MaxAuthTries 3',
    'LoginGraceTime 30',
    'UseDNS no',
    'PrintMotd no',
    'PrintLastLog no',
    'X11Forwarding no',
    'AllowTcpForwarding no',
    'AllowAgentForwarding no',
    'PermitTTY yes',
    'LogLevel ERROR',
    // SetEnv keeps the first value it obtains, so it appears only in these blocks.
    ...hosts.flatMap((h) => [
      `Match LocalPort ${h.port}`,
      `  SetEnv ${hostEnv(dir, unit, h.name).map(quote).join(' ')}`,
    ]),
    '',
  ].join('\n');
}

function ensurePrivsepDir(): void {
  // Debian's sshd needs its privilege separation directory; it normally lives on a tmpfs created by systemd.
  if (!existsSync('/run/sshd')) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
}

/** Runs `sshd -t` on a unit's config; throws SSHD_FAILED with sshd's own message on error. */
export function checkSshdConfig(sshd: string, dir: string, unit: number): void {
  ensurePrivsepDir();
  const res = spawnSync(sshd, ['-t', '-f', paths.unitConfig(dir, unit)], { encoding: 'utf8' });
  if (res.status !== 0) {
    const why = `${res.stderr ?? ''}${res.stdout ?? ''}`.trim() || String(res.error ?? `exit ${res.status}`);
    throw new LabError('SSHD_FAILED', `sshd -t rejected ${paths.unitConfig(dir, unit)}: ${why}`);
  }
}

/** Starts the unit's sshd detached in its own session/process group; returns its pid. */
export function startSshd(sshd: string, dir: string, unit: number): number {
  ensurePrivsepDir();
  return spawnDetached(sshd, ['-D', '-e', '-f', paths.unitConfig(dir, unit)], paths.unitLog(dir, unit), {
    PATH: '/usr/sbin:/usr/bin:/sbin:/bin',
    LANG: 'C',
  });
}

function bannerOnce(port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = connect({ host: '127.0.0.1', port });
    let buf = '';
    const done = (ok: boolean) => {
      clearTimeout(timer);
      sock.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    sock.on('data', (d) => {
      buf += d.toString('latin1');
      if (buf.includes('SSH-2.0-')) done(true);
    });
    sock.on('error', () => done(false));
    sock.on('close', () => done(false));
  });
}

function logTail(logFile: string): string {
  try {
    return readFileSync(logFile, 'utf8').trim().split('\n').slice(-5).join(' | ');
  } catch {
    return '';
  }
}

/** Ports of 127.0.0.1 in LISTEN state, from /proc/net/tcp (no connection, so sshd forks nothing). */
function listeningPorts(): Set<number> {
  const out = new Set<number>();
  let text = '';
  try {
    text = readFileSync('/proc/net/tcp', 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f[3] !== '0A') continue;
    const [addr, port] = (f[1] ?? '').split(':');
    if (addr === '0100007F' && port) out.add(parseInt(port, 16));
  }
  return out;
}

/**
 * Waits until every port of a server process (an sshd unit, the ssh2 engine) listens (read from /proc/net/tcp)
 * and the first one sends an SSH banner; fails early (with the tail of `logFile`) if the process exits.
 */
export async function waitSshdReady(
  what: string,
  logFile: string,
  pid: number,
  ports: number[],
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const fail = (why: string) => new LabError('SSHD_FAILED', `${what} ${why}: ${logTail(logFile) || 'no log output'}`);
  for (;;) {
    const listening = listeningPorts();
    if (ports.every((p) => listening.has(p))) break;
    if (!isAlive(pid)) throw fail('exited');
    if (Date.now() > deadline) throw fail(`not listening on ${ports.filter((p) => !listening.has(p)).join(' ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const first = ports[0];
  if (first === undefined) return;
  for (;;) {
    if (await bannerOnce(first, 1000)) return;
    if (!isAlive(pid)) throw fail('exited');
    if (Date.now() > deadline) throw fail(`sends no SSH banner on port ${first}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
