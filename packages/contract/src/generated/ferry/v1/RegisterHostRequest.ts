// Original file: proto/ferry/v1/control.proto

import type { HostSpec as _ferry_v1_HostSpec, HostSpec__Output as _ferry_v1_HostSpec__Output } from '../../ferry/v1/HostSpec.js';

/**
 * Registers a host.
 */
export interface RegisterHostRequest {
  /**
   * The host.
   */
  'spec'?: (_ferry_v1_HostSpec | null);
  /**
   * Path of a private key file on the node (kept there, referenced as `file:PATH`).
   */
  'keyFile'?: (string);
  /**
   * Private key material to store sealed with the cluster key (PEM/OpenSSH text).
   */
  'privateKey'?: (string);
  /**
   * Refuse the registration unless the host answers over SSH now.
   */
  'check'?: (boolean);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
}

/**
 * Registers a host.
 */
export interface RegisterHostRequest__Output {
  /**
   * The host.
   */
  'spec': (_ferry_v1_HostSpec__Output | null);
  /**
   * Path of a private key file on the node (kept there, referenced as `file:PATH`).
   */
  'keyFile': (string);
  /**
   * Private key material to store sealed with the cluster key (PEM/OpenSSH text).
   */
  'privateKey': (string);
  /**
   * Refuse the registration unless the host answers over SSH now.
   */
  'check': (boolean);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
}
