// Original file: proto/ferry/v1/events.proto


/**
 * A system is no longer defined on the host it was on.
 */
export interface SystemVanished {
  /**
   * The host it vanished from.
   */
  'host'?: (string);
}

/**
 * A system is no longer defined on the host it was on.
 */
export interface SystemVanished__Output {
  /**
   * The host it vanished from.
   */
  'host': (string);
}
