// Original file: proto/ferry/v1/control.proto

import type { TokenRole as _ferry_v1_TokenRole, TokenRole__Output as _ferry_v1_TokenRole__Output } from '../../ferry/v1/TokenRole.js';

/**
 * Creates a token.
 */
export interface CreateTokenRequest {
  /**
   * Token name.
   */
  'name'?: (string);
  /**
   * Its role (unspecified: viewer).
   */
  'role'?: (_ferry_v1_TokenRole);
  /**
   * Scope the token to this owner's systems.
   */
  'owner'?: (string);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId'?: (string);
}

/**
 * Creates a token.
 */
export interface CreateTokenRequest__Output {
  /**
   * Token name.
   */
  'name': (string);
  /**
   * Its role (unspecified: viewer).
   */
  'role': (_ferry_v1_TokenRole__Output);
  /**
   * Scope the token to this owner's systems.
   */
  'owner': (string);
  /**
   * Idempotency key of this write (at most 128 printable characters; empty: none). A retry with the same key by the
   * same token within the master's window (10 minutes, the latest 10,000 keys, in memory: a restart or a promotion
   * forgets them) gets the first call's answer and appends nothing; the key is recorded as the correlation
   * `request:KEY` of the events the write appends.
   */
  'requestId': (string);
}
