// Original file: proto/ferry/v1/control.proto

import type { TokenRole as _ferry_v1_TokenRole, TokenRole__Output as _ferry_v1_TokenRole__Output } from '../../ferry/v1/TokenRole.js';

/**
 * The new token.
 */
export interface CreateTokenResponse {
  /**
   * Token name.
   */
  'name'?: (string);
  /**
   * The secret token; shown once.
   */
  'token'?: (string);
  /**
   * Its role.
   */
  'role'?: (_ferry_v1_TokenRole);
}

/**
 * The new token.
 */
export interface CreateTokenResponse__Output {
  /**
   * Token name.
   */
  'name': (string);
  /**
   * The secret token; shown once.
   */
  'token': (string);
  /**
   * Its role.
   */
  'role': (_ferry_v1_TokenRole__Output);
}
