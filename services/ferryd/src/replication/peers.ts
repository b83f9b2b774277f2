// Calls to other nodes' Replication service with short deadlines, one cached channel per address.
import type * as grpc from '@grpc/grpc-js';
import { call, replicationClient } from '@ferry/api';
import type {
  DescribeResponse__Output,
  NodeInfo__Output,
  ReplicationServiceClient as ReplicationClient,
} from '@ferry/contract';

/** A cache of Replication clients to peers. */
export class Peers {
  private readonly clients = new Map<string, ReplicationClient>();

  constructor(private readonly credentials: grpc.ChannelCredentials) {}

  /** The client for an address. */
  client(address: string): ReplicationClient {
    let c = this.clients.get(address);
    if (!c) {
      c = replicationClient(address, this.credentials, {
        'grpc.initial_reconnect_backoff_ms': 200,
        'grpc.max_reconnect_backoff_ms': 2_000,
      });
      this.clients.set(address, c);
    }
    return c;
  }

  /** Describe of a peer, or undefined when it does not answer in time. */
  async describe(address: string, timeoutMs = 1_500): Promise<NodeInfo__Output | undefined> {
    const c = this.client(address);
    return call<DescribeResponse__Output>(c, c.Describe, {}, { timeoutMs }).then(
      (r) => r.node ?? undefined,
      () => undefined,
    );
  }

  /** Closes every channel. */
  close(): void {
    this.clients.forEach((c) => {
      c.close();
    });
    this.clients.clear();
  }
}
