// A gRPC server with Ferry's contract, standard health checking and server reflection, and handler wrappers
// that turn thrown errors into statuses (via errors.ts) so no handler maps errors itself.
import * as grpc from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import { addReflection } from './reflection.js';
import { toServiceError } from './errors.js';

/** Largest message a Ferry server accepts or sends (bytes). */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/** A started server. */
export interface StartedServer {
  server: grpc.Server;
  /** The bound port (useful with port 0). */
  port: number;
  health: HealthImplementation;
  /** Stops accepting calls, waits up to `graceMs` for running calls, then forces. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts a server on `address` after `register` added the services; health and reflection are always added. */
export async function startServer(
  address: string,
  credentials: grpc.ServerCredentials,
  register: (server: grpc.Server) => void,
): Promise<StartedServer> {
  const server = new grpc.Server({
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
    'grpc.keepalive_permit_without_calls': 1,
    'grpc.http2.min_ping_interval_without_data_ms': 5_000,
    // Channelz bookkeeping costs CPU on every call (several % of a busy master) and nothing reads it.
    'grpc.enable_channelz': 0,
  });
  register(server);
  const health = new HealthImplementation({
    '': 'SERVING',
    'ferry.v1.ControlPlaneService': 'SERVING',
    'ferry.v1.ReplicationService': 'SERVING',
  });
  health.addToServer(server);
  addReflection(server);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(address, credentials, (err, p) => (err ? reject(listenError(address, err)) : resolve(p))),
  );
  return {
    server,
    port,
    health,
    stop: (graceMs = 2_000) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, graceMs);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}

/** What the operator must know when `address` cannot be bound: grpc-js wraps the system error in a summary. */
export function listenError(address: string, err: Error): Error {
  const reasons: [RegExp, string][] = [
    [
      /EADDRINUSE/,
      'the address is already in use (another ferryd, or another program, listens there; pick another with --listen)',
    ],
    [/EACCES/, 'permission denied (ports below 1024 need privileges)'],
    [/EADDRNOTAVAIL/, 'this machine has no such address'],
  ];
  const reason = reasons.find(([re]) => re.test(err.message))?.[1] ?? err.message;
  return Object.assign(new Error(`cannot listen on ${address}: ${reason}`, { cause: err }), { code: 'LISTEN_FAILED' });
}

/** Wraps an async function as a unary handler; errors become statuses. */
export function unary<Req, Res>(
  fn: (request: Req, call: grpc.ServerUnaryCall<Req, Res>) => Promise<Res>,
  onInternal?: (err: unknown) => void,
): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    fn(call.request, call).then(
      (res) => callback(null, res),
      (err: unknown) => callback(toServiceError(err, onInternal)),
    );
  };
}

/**
 * Ends a server stream with an error status. grpc-js sends the status from the stream's 'error' listener (it
 * records the status, then ends the stream); `destroy(err)` would skip that and leave the client without any
 * status until its deadline.
 */
export function failStream(
  call: grpc.ServerWritableStream<unknown, unknown> | grpc.ServerDuplexStream<unknown, unknown>,
  err: unknown,
  onInternal?: (err: unknown) => void,
): void {
  if (call.writableEnded || call.destroyed) return;
  call.emit('error', toServiceError(err, onInternal));
}
