// Original file: proto/ferry/v1/events.proto


/**
 * A returning host was cleaned of systems that had moved away.
 */
export interface HostReconciled {
  /**
   * The host.
   */
  'host'?: (string);
  /**
   * Systems stopped and removed there.
   */
  'removed'?: (string)[];
}

/**
 * A returning host was cleaned of systems that had moved away.
 */
export interface HostReconciled__Output {
  /**
   * The host.
   */
  'host': (string);
  /**
   * Systems stopped and removed there.
   */
  'removed': (string)[];
}
