// Original file: proto/ferry/v1/control.proto

import type { TokenRole as _ferry_v1_TokenRole, TokenRole__Output as _ferry_v1_TokenRole__Output } from '../../ferry/v1/TokenRole.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp.js';

/**
 * A token without its secret.
 */
export interface TokenInfo {
  /**
   * Token name.
   */
  'name'?: (string);
  /**
   * Role.
   */
  'role'?: (_ferry_v1_TokenRole);
  /**
   * Owner scope.
   */
  'owner'?: (string);
  /**
   * When it was created.
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * A token without its secret.
 */
export interface TokenInfo__Output {
  /**
   * Token name.
   */
  'name': (string);
  /**
   * Role.
   */
  'role': (_ferry_v1_TokenRole__Output);
  /**
   * Owner scope.
   */
  'owner': (string);
  /**
   * When it was created.
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
}
