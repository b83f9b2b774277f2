// Original file: proto/ferry/v1/control.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Changes fields of a host; unset fields stay as they are.
 */
export interface UpdateHostRequest {
  /**
   * The host.
   */
  'name'?: (string);
  /**
   * New address.
   */
  'address'?: (string);
  /**
   * New SSH port.
   */
  'port'?: (number);
  /**
   * New SSH user.
   */
  'user'?: (string);
  /**
   * New tags (replaces the list when `set_tags` is true).
   */
  'tags'?: (string)[];
  /**
   * Whether `tags` replaces the tag list.
   */
  'setTags'?: (boolean);
  /**
   * New key file path on the node.
   */
  'keyFile'?: (string);
  /**
   * New fencing method.
   */
  'fenceMethod'?: (string);
  /**
   * New fence command.
   */
  'fenceCommand'?: (string);
  /**
   * New power-status command.
   */
  'powerStatusCommand'?: (string);
  /**
   * New host groups (replaces the list when `set_host_groups` is true).
   */
  'hostGroups'?: (string)[];
  /**
   * Whether `host_groups` replaces the list.
   */
  'setHostGroups'?: (boolean);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
  /**
   * When set, the write is refused with ABORTED unless the host is at this version (its `version` as last read):
   * optimistic concurrency against a concurrent change.
   */
  'expectedVersion'?: (number | string | Long);
  '_address'?: "address";
  '_port'?: "port";
  '_user'?: "user";
  '_keyFile'?: "keyFile";
  '_fenceMethod'?: "fenceMethod";
  '_fenceCommand'?: "fenceCommand";
  '_powerStatusCommand'?: "powerStatusCommand";
  '_expectedVersion'?: "expectedVersion";
}

/**
 * Changes fields of a host; unset fields stay as they are.
 */
export interface UpdateHostRequest__Output {
  /**
   * The host.
   */
  'name': (string);
  /**
   * New address.
   */
  'address'?: (string);
  /**
   * New SSH port.
   */
  'port'?: (number);
  /**
   * New SSH user.
   */
  'user'?: (string);
  /**
   * New tags (replaces the list when `set_tags` is true).
   */
  'tags': (string)[];
  /**
   * Whether `tags` replaces the tag list.
   */
  'setTags': (boolean);
  /**
   * New key file path on the node.
   */
  'keyFile'?: (string);
  /**
   * New fencing method.
   */
  'fenceMethod'?: (string);
  /**
   * New fence command.
   */
  'fenceCommand'?: (string);
  /**
   * New power-status command.
   */
  'powerStatusCommand'?: (string);
  /**
   * New host groups (replaces the list when `set_host_groups` is true).
   */
  'hostGroups': (string)[];
  /**
   * Whether `host_groups` replaces the list.
   */
  'setHostGroups': (boolean);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
  /**
   * When set, the write is refused with ABORTED unless the host is at this version (its `version` as last read):
   * optimistic concurrency against a concurrent change.
   */
  'expectedVersion'?: (number);
  '_address'?: "address";
  '_port'?: "port";
  '_user'?: "user";
  '_keyFile'?: "keyFile";
  '_fenceMethod'?: "fenceMethod";
  '_fenceCommand'?: "fenceCommand";
  '_powerStatusCommand'?: "powerStatusCommand";
  '_expectedVersion'?: "expectedVersion";
}
