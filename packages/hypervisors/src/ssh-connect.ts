// Opening one SSH connection: a TCP connect of our own (so "nothing listens" is told apart from
// "SSH is broken"), then the ssh2 handshake with the host key checked against the pinned fingerprint.
import { connect as tcpConnect, type Socket } from 'node:net';
import ssh2 from 'ssh2';
import type { HostRef } from './host-ref.js';
import {
  AuthFailedError,
  HostKeyMismatchError,
  HostKeyUnknownError,
  type HypervisorError,
  InvalidPrivateKeyError,
  SshHandshakeError,
  TcpConnectError,
} from './errors.js';
import { fingerprintOf, keyTypeOf, normalizeFingerprint } from './fingerprint.js';

const { Client } = ssh2;
/** An ssh2 client instance. */
export type SshClient = InstanceType<typeof ssh2.Client>;

/** Timing settings of a connection attempt. */
export interface ConnectSettings {
  connectTimeoutMs: number;
  readyTimeoutMs: number;
  keepaliveIntervalMs: number;
  keepaliveCountMax: number;
}

/** Host key algorithms in the order OpenSSH clients prefer them, so the pinned key is the one `ssh` would see. */
const HOST_KEY_ALGORITHMS = [
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'rsa-sha2-512',
  'rsa-sha2-256',
] as const;

const where = (address: string, port: number) => `${address}:${port}`;

/** Opens a TCP connection or fails with TcpConnectError (refused, unreachable, or not connected in time). */
export function openTcp(address: string, port: number, timeoutMs: number, label: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const sock = tcpConnect({ host: address, port });
    const timer = setTimeout(() => {
      sock.destroy();
      reject(new TcpConnectError(`${label}: TCP connect to ${where(address, port)} timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    sock.once('connect', () => {
      clearTimeout(timer);
      sock.removeAllListeners('error');
      resolve(sock);
    });
    sock.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      sock.destroy();
      reject(
        new TcpConnectError(`${label}: TCP connect to ${where(address, port)} failed: ${err.code ?? err.message}`, {
          cause: err,
        }),
      );
    });
  });
}

/**
 * Connects and authenticates to `host`, refusing unknown or changed host keys.
 * Resolves to a ready ssh2 client; the caller owns it (listen for `close`, call `end()`).
 */
export async function openSsh(host: HostRef, s: ConnectSettings): Promise<SshClient> {
  const label = `host ${host.id}`;
  const sock = await openTcp(host.address, host.port, s.connectTimeoutMs, label);
  const pinned = normalizeFingerprint(host.hostKeyFingerprint);
  return new Promise<SshClient>((resolve, reject) => {
    const client = new Client();
    let keyError: HypervisorError | undefined;
    let settled = false;
    const fail = (err: HypervisorError) => {
      if (settled) return;
      settled = true;
      client.removeAllListeners('ready');
      client.on('error', () => {});
      client.end();
      sock.destroy();
      reject(err);
    };
    client.once('ready', () => {
      if (settled) return;
      settled = true;
      resolve(client);
    });
    client.on('error', (err: Error & { level?: string }) => {
      if (keyError) return fail(keyError);
      if (err.level === 'client-authentication') {
        return fail(
          new AuthFailedError(
            `${label}: authentication as ${JSON.stringify(host.user)} at ${where(host.address, host.port)} failed`,
          ),
        );
      }
      fail(
        new SshHandshakeError(`${label}: SSH handshake with ${where(host.address, host.port)} failed: ${err.message}`, {
          cause: err,
        }),
      );
    });
    client.once('close', () => {
      fail(
        keyError ??
          new SshHandshakeError(
            `${label}: connection to ${where(host.address, host.port)} closed during the SSH handshake`,
          ),
      );
    });
    const hostVerifier = (key: Buffer): boolean => {
      const fingerprint = fingerprintOf(key);
      const keyType = keyTypeOf(key);
      if (pinned === undefined) {
        keyError = new HostKeyUnknownError(
          `${label}: host key of ${where(host.address, host.port)} is not trusted yet (presented ${keyType} ${fingerprint})`,
          fingerprint,
          keyType,
        );
        return false;
      }
      if (fingerprint !== pinned) {
        keyError = new HostKeyMismatchError(
          `${label}: host key of ${where(host.address, host.port)} changed: presented ${keyType} ${fingerprint}, pinned ${pinned}`,
          fingerprint,
          pinned,
          keyType,
        );
        return false;
      }
      return true;
    };
    try {
      client.connect({
        sock,
        username: host.user,
        privateKey: host.privateKey,
        hostVerifier,
        readyTimeout: s.readyTimeoutMs,
        keepaliveInterval: s.keepaliveIntervalMs,
        keepaliveCountMax: s.keepaliveCountMax,
        algorithms: { serverHostKey: [...HOST_KEY_ALGORITHMS] },
      });
    } catch {
      // ssh2 throws synchronously when it cannot parse the key; its message is dropped on purpose.
      fail(
        new InvalidPrivateKeyError(`${label}: the private key could not be parsed (encrypted or unsupported format?)`),
      );
    }
  });
}

/** The key a host presents, as `ferry hosts trust` shows it. */
export interface PresentedHostKey {
  /** `SHA256:<base64 no padding>`. */
  fingerprint: string;
  /** e.g. `ssh-ed25519`. */
  keyType: string;
}

/**
 * Connects just far enough to see the host key and returns its fingerprint, without authenticating
 * (the verifier records the key and refuses it). Fails with TcpConnectError or SshHandshakeError.
 */
export async function fetchHostKey(address: string, port: number, timeoutMs = 10_000): Promise<PresentedHostKey> {
  const label = `host key fetch`;
  const started = Date.now();
  const sock = await openTcp(address, port, timeoutMs, label);
  const remaining = Math.max(1, timeoutMs - (Date.now() - started));
  return new Promise((resolve, reject) => {
    const client = new Client();
    let seen: PresentedHostKey | undefined;
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      client.on('error', () => {});
      client.end();
      sock.destroy();
      if (seen) resolve(seen);
      else
        reject(err ?? new SshHandshakeError(`${label}: ${where(address, port)} closed before presenting a host key`));
    };
    client.on('error', (err: Error) =>
      finish(
        new SshHandshakeError(`${label}: SSH handshake with ${where(address, port)} failed: ${err.message}`, {
          cause: err,
        }),
      ),
    );
    client.once('close', () => finish());
    client.once('ready', () => finish());
    client.connect({
      sock,
      username: 'ferry-host-key-probe',
      readyTimeout: remaining,
      algorithms: { serverHostKey: [...HOST_KEY_ALGORITHMS] },
      hostVerifier: (key: Buffer) => {
        seen = { fingerprint: fingerprintOf(key), keyType: keyTypeOf(key) };
        setImmediate(() => finish());
        return false;
      },
    });
  });
}
