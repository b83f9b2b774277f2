// Original file: proto/ferry/v1/control.proto


/**
 * One move of a drain.
 */
export interface DrainMove {
  /**
   * The system.
   */
  'system'?: (string);
  /**
   * Its target host.
   */
  'to'?: (string);
  /**
   * Live migration or cold move.
   */
  'live'?: (boolean);
  /**
   * Move id.
   */
  'id'?: (string);
  /**
   * `in-progress`, `succeeded`, `failed` or `start-failed`.
   */
  'outcome'?: (string);
  /**
   * Why it failed.
   */
  'detail'?: (string);
}

/**
 * One move of a drain.
 */
export interface DrainMove__Output {
  /**
   * The system.
   */
  'system': (string);
  /**
   * Its target host.
   */
  'to': (string);
  /**
   * Live migration or cold move.
   */
  'live': (boolean);
  /**
   * Move id.
   */
  'id': (string);
  /**
   * `in-progress`, `succeeded`, `failed` or `start-failed`.
   */
  'outcome': (string);
  /**
   * Why it failed.
   */
  'detail': (string);
}
