// The lab's side of the ssh2 engine: starting its process detached, and sending it fault commands over
// DIR/engine.sock.
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LabError } from './errors.js';
import type { PowerState } from './layout.js';
import { spawnDetached } from './processes.js';

const engineMain = fileURLToPath(new URL('./ssh2-engine-main.js', import.meta.url));

/** The engine's control socket in lab `dir`. */
export const engineSocket = (dir: string): string => join(dir, 'engine.sock');

/** The engine's log (its stderr) in lab `dir`. */
export const engineLog = (dir: string): string => join(dir, 'engine.log');

/** Starts the engine for lab `dir` detached in its own process group; returns its pid. */
export function startEngine(dir: string): number {
  return spawnDetached(process.execPath, [engineMain, dir], engineLog(dir));
}

/** Sends one fault command to the engine of lab `dir`; resolves with the host's new power state. */
export function engineControl(
  dir: string,
  op: 'crash' | 'partition' | 'restore',
  host: string,
  timeoutMs = 10_000,
): Promise<PowerState> {
  return new Promise((resolve, reject) => {
    const sock = connect(engineSocket(dir));
    let buf = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      sock.destroy();
      reject(new LabError('SSHD_FAILED', `ssh2 engine of ${dir}: ${op} ${host}: ${why}`));
    };
    const timer = setTimeout(() => fail(`no answer within ${timeoutMs} ms`), timeoutMs);
    sock.on('error', (err) => fail(err.message));
    sock.on('data', (d) => (buf += d.toString('utf8')));
    sock.on('end', () => {
      clearTimeout(timer);
      try {
        const reply = JSON.parse(buf) as { ok?: boolean; power?: PowerState; error?: string };
        if (reply.ok && reply.power) resolve(reply.power);
        else fail(reply.error ?? `unexpected reply ${JSON.stringify(buf)}`);
      } catch {
        fail(`unexpected reply ${JSON.stringify(buf)}`);
      }
    });
    sock.write(`${JSON.stringify({ op, host })}\n`);
  });
}
