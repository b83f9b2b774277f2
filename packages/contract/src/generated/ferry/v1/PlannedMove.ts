// Original file: proto/ferry/v1/events.proto


/**
 * One planned move.
 */
export interface PlannedMove {
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
   * Start it on the target.
   */
  'start'?: (boolean);
  /**
   * Its memory, MiB (field named so that its JSON name is `memoryMiB`, as the engine writes it).
   */
  'memoryMiB'?: (number);
}

/**
 * One planned move.
 */
export interface PlannedMove__Output {
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
   * Start it on the target.
   */
  'start': (boolean);
  /**
   * Its memory, MiB (field named so that its JSON name is `memoryMiB`, as the engine writes it).
   */
  'memoryMiB': (number);
}
