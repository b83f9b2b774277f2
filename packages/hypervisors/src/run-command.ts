// Running one command on an established ssh2 connection: stdin, timeout (kills the channel),
// output size limit, and exit status collection.
import type { ClientChannel } from 'ssh2';
import type { SshClient } from './ssh-connect.js';
import type { ExecResult } from './host-ref.js';
import { CommandTimeoutError, ConnectionLostError, OutputLimitError, truncate } from './errors.js';

/** Fully resolved options of one command run. */
export interface RunSettings {
  stdin: string | Buffer | undefined;
  timeoutMs: number;
  maxOutputBytes: number;
  /** Used in error messages. */
  label: string;
}

/** Lets the connection owner abort a running command (connection lost, pool closed). */
export type Abort = (err: Error) => void;

/**
 * Runs `command` on `client`. Resolves with its output and exit status; rejects with CommandTimeoutError,
 * OutputLimitError or ConnectionLostError. `register` receives an abort hook valid until settlement.
 */
export function runCommand(
  client: SshClient,
  command: string,
  s: RunSettings,
  register: (abort: Abort) => () => void,
): Promise<ExecResult> {
  return new Promise<ExecResult>((resolve, reject) => {
    let stream: ClientChannel | undefined;
    let settled = false;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let bytes = 0;
    let exitCode: number | null = null;
    let signal: string | null = null;
    const what = `${s.label}: \`${truncate(command.replace(/\s+/g, ' '), 120)}\``;

    const kill = () => {
      if (!stream) return;
      try {
        stream.signal('KILL');
      } catch {
        /* best effort: older servers ignore signal requests */
      }
      try {
        stream.close();
      } catch {
        /* already closed */
      }
    };
    const settle = (e: Error | undefined, r?: ExecResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unregister();
      if (e) {
        kill();
        reject(e);
      } else resolve(r as ExecResult);
    };
    const unregister = register((e) => settle(e));
    const timer = setTimeout(
      () => settle(new CommandTimeoutError(`${what} timed out after ${s.timeoutMs} ms`, s.timeoutMs)),
      s.timeoutMs,
    );
    const onData = (sink: Buffer[]) => (chunk: Buffer) => {
      if (settled) return;
      bytes += chunk.length;
      if (bytes > s.maxOutputBytes) {
        settle(new OutputLimitError(`${what} printed more than ${s.maxOutputBytes} bytes`, s.maxOutputBytes));
        return;
      }
      sink.push(chunk);
    };

    try {
      client.exec(command, (openErr, ch) => {
        if (openErr) {
          settle(new ConnectionLostError(`${what} could not open a channel: ${openErr.message}`, { cause: openErr }));
          return;
        }
        stream = ch;
        if (settled) {
          kill();
          return;
        }
        ch.on('data', onData(out));
        ch.stderr.on('data', onData(err));
        ch.on('exit', (code: number | null, sig?: string) => {
          if (typeof code === 'number') exitCode = code;
          if (typeof sig === 'string') signal = sig;
        });
        ch.on('close', () => {
          if (exitCode === null && signal === null) {
            settle(new ConnectionLostError(`${what} ended without an exit status (connection lost?)`));
            return;
          }
          settle(undefined, {
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            exitCode,
            signal,
          });
        });
        ch.on('error', (e: Error) =>
          settle(new ConnectionLostError(`${what} channel error: ${e.message}`, { cause: e })),
        );
        if (s.stdin !== undefined) ch.end(s.stdin);
        else ch.end();
      });
    } catch (e) {
      settle(new ConnectionLostError(`${what} could not be started: ${(e as Error).message}`, { cause: e }));
    }
  });
}
