// Original file: proto/ferry/v1/control.proto

import type { MoveMode as _ferry_v1_MoveMode, MoveMode__Output as _ferry_v1_MoveMode__Output } from '../../ferry/v1/MoveMode.js';

/**
 * A planned move between live hosts.
 */
export interface MoveSystemRequest {
  /**
   * The system.
   */
  'system'?: (string);
  /**
   * Target host (required).
   */
  'to'?: (string);
  /**
   * Live or cold; unspecified: live where the hypervisor can, else cold.
   */
  'mode'?: (_ferry_v1_MoveMode);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
}

/**
 * A planned move between live hosts.
 */
export interface MoveSystemRequest__Output {
  /**
   * The system.
   */
  'system': (string);
  /**
   * Target host (required).
   */
  'to': (string);
  /**
   * Live or cold; unspecified: live where the hypervisor can, else cold.
   */
  'mode': (_ferry_v1_MoveMode__Output);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
}
