// Undecodable request bytes as INVALID_ARGUMENT. grpc-js answers INTERNAL when a request does not decode, before any
// handler runs; a service definition passed through `decodingChecked` decodes such bytes into an
// `UndecodableRequest` instead, and `assertDecoded` (called by handlers after authentication) turns it into
// INVALID_ARGUMENT naming the method and what the decoder found.
import type * as grpc from '@grpc/grpc-js';
import { ApiError } from './errors.js';

/** What a request that did not decode becomes. */
export class UndecodableRequest {
  constructor(
    readonly method: string,
    readonly reason: string,
  ) {}
}

/** A copy of `service` whose request decoders yield an UndecodableRequest instead of throwing. */
export function decodingChecked(service: grpc.ServiceDefinition): grpc.ServiceDefinition {
  const out: Record<string, grpc.MethodDefinition<unknown, unknown>> = {};
  for (const [name, method] of Object.entries(service)) {
    const decode = method.requestDeserialize;
    out[name] = {
      ...method,
      requestDeserialize: (bytes: Buffer) => {
        try {
          return decode(bytes);
        } catch (err) {
          return new UndecodableRequest(method.path, err instanceof Error ? err.message : String(err));
        }
      },
    };
  }
  return out as grpc.ServiceDefinition;
}

/** Throws INVALID_ARGUMENT when `request` did not decode. */
export function assertDecoded(request: unknown): void {
  if (request instanceof UndecodableRequest) {
    throw new ApiError(
      'INVALID_ARGUMENT',
      `the request bytes of ${request.method} do not decode as its request message: ${request.reason.slice(0, 200)}`,
    );
  }
}
