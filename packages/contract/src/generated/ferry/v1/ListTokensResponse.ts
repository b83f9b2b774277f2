// Original file: proto/ferry/v1/control.proto

import type { TokenInfo as _ferry_v1_TokenInfo, TokenInfo__Output as _ferry_v1_TokenInfo__Output } from '../../ferry/v1/TokenInfo.js';

/**
 * Tokens.
 */
export interface ListTokensResponse {
  /**
   * The tokens.
   */
  'tokens'?: (_ferry_v1_TokenInfo)[];
}

/**
 * Tokens.
 */
export interface ListTokensResponse__Output {
  /**
   * The tokens.
   */
  'tokens': (_ferry_v1_TokenInfo__Output)[];
}
