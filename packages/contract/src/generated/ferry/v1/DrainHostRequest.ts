// Original file: proto/ferry/v1/control.proto


/**
 * Drains a host.
 */
export interface DrainHostRequest {
  /**
   * The host.
   */
  'name'?: (string);
  /**
   * Answer only once every planned move has finished (else once the plan is recorded).
   */
  'wait'?: (boolean);
}

/**
 * Drains a host.
 */
export interface DrainHostRequest__Output {
  /**
   * The host.
   */
  'name': (string);
  /**
   * Answer only once every planned move has finished (else once the plan is recorded).
   */
  'wait': (boolean);
}
