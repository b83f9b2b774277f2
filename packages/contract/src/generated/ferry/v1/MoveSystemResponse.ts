// Original file: proto/ferry/v1/control.proto


/**
 * How a move ended (or that it is still going after the wait).
 */
export interface MoveSystemResponse {
  /**
   * Move id.
   */
  'id'?: (string);
  /**
   * The system.
   */
  'system'?: (string);
  /**
   * Source host.
   */
  'from'?: (string);
  /**
   * Target host.
   */
  'to'?: (string);
  /**
   * Live migration or cold move.
   */
  'live'?: (boolean);
  /**
   * `in-progress`, `succeeded`, `failed` or `start-failed`.
   */
  'outcome'?: (string);
  /**
   * Details in words.
   */
  'detail'?: (string);
}

/**
 * How a move ended (or that it is still going after the wait).
 */
export interface MoveSystemResponse__Output {
  /**
   * Move id.
   */
  'id': (string);
  /**
   * The system.
   */
  'system': (string);
  /**
   * Source host.
   */
  'from': (string);
  /**
   * Target host.
   */
  'to': (string);
  /**
   * Live migration or cold move.
   */
  'live': (boolean);
  /**
   * `in-progress`, `succeeded`, `failed` or `start-failed`.
   */
  'outcome': (string);
  /**
   * Details in words.
   */
  'detail': (string);
}
