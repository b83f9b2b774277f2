// Original file: proto/ferry/v1/events.proto


/**
 * The collector saw a host change state.
 */
export interface HostStateChanged {
  /**
   * State before: `unknown`, `up`, `unreachable`, `down`, `fenced`.
   */
  'from'?: (string);
  /**
   * State after.
   */
  'to'?: (string);
  /**
   * Why, in words (e.g. `connection refused`, `3 failed probes`).
   */
  'reason'?: (string);
}

/**
 * The collector saw a host change state.
 */
export interface HostStateChanged__Output {
  /**
   * State before: `unknown`, `up`, `unreachable`, `down`, `fenced`.
   */
  'from': (string);
  /**
   * State after.
   */
  'to': (string);
  /**
   * Why, in words (e.g. `connection refused`, `3 failed probes`).
   */
  'reason': (string);
}
