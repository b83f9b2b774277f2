// Original file: proto/ferry/v1/control.proto

import type { Long } from '@grpc/proto-loader';

/**
 * The lease in NATS JetStream KV that names the only node allowed to write (ferryd --auto-promote).
 */
export interface LeaseStatus {
  /**
   * `off` (no --auto-promote), `held` (by this node), `held-by-other`, `free`, or `unknown` (NATS unreachable).
   */
  'state'?: (string);
  /**
   * The holder's node id, when held.
   */
  'holder'?: (string);
  /**
   * The holder's address.
   */
  'holderAddress'?: (string);
  /**
   * The holder's epoch as the lease states it.
   */
  'epoch'?: (number | string | Long);
  /**
   * When the lease expires unless renewed (ISO 8601, this node's clock); for its holder, when it stops writing
   * is `margin` earlier.
   */
  'expiresAt'?: (string);
  /**
   * When the holder last renewed it (ISO 8601, the holder's clock).
   */
  'renewedAt'?: (string);
  /**
   * Renewals this node made since it started.
   */
  'renewals'?: (number | string | Long);
  /**
   * Renewals of this node that failed since it started.
   */
  'renewFailures'?: (number | string | Long);
  /**
   * The lease ttl, seconds.
   */
  'ttlS'?: (number | string);
  /**
   * What this node waits for or why it cannot take the lease; empty when nothing.
   */
  'detail'?: (string);
}

/**
 * The lease in NATS JetStream KV that names the only node allowed to write (ferryd --auto-promote).
 */
export interface LeaseStatus__Output {
  /**
   * `off` (no --auto-promote), `held` (by this node), `held-by-other`, `free`, or `unknown` (NATS unreachable).
   */
  'state': (string);
  /**
   * The holder's node id, when held.
   */
  'holder': (string);
  /**
   * The holder's address.
   */
  'holderAddress': (string);
  /**
   * The holder's epoch as the lease states it.
   */
  'epoch': (number);
  /**
   * When the lease expires unless renewed (ISO 8601, this node's clock); for its holder, when it stops writing
   * is `margin` earlier.
   */
  'expiresAt': (string);
  /**
   * When the holder last renewed it (ISO 8601, the holder's clock).
   */
  'renewedAt': (string);
  /**
   * Renewals this node made since it started.
   */
  'renewals': (number);
  /**
   * Renewals of this node that failed since it started.
   */
  'renewFailures': (number);
  /**
   * The lease ttl, seconds.
   */
  'ttlS': (number);
  /**
   * What this node waits for or why it cannot take the lease; empty when nothing.
   */
  'detail': (string);
}
