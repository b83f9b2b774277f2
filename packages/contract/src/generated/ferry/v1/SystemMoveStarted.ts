// Original file: proto/ferry/v1/events.proto


/**
 * A planned move of a system between two live hosts began (recorded before acting). The engine drives it to a
 * SystemMoveFinished; a restarted or promoted master re-drives an unfinished one from the start (each step is
 * idempotent). Cold: the system is stopped and removed on `from`, confirmed not running there, then defined (and
 * started) on `to`. Live: the hypervisor's own migration (`virsh migrate --live`, `xl migrate`,
 * `vzmigrate --online`).
 */
export interface SystemMoveStarted {
  /**
   * Move id, `mv-<n>`.
   */
  'id'?: (string);
  /**
   * The system.
   */
  'system'?: (string);
  /**
   * Source host (up).
   */
  'from'?: (string);
  /**
   * Target host (up).
   */
  'to'?: (string);
  /**
   * Live migration (true) or cold move (false).
   */
  'live'?: (boolean);
  /**
   * Start it on the target (it was running).
   */
  'start'?: (boolean);
  /**
   * Its memory, MiB.
   */
  'memoryMiB'?: (number);
  /**
   * `move` (ferry systems move), `drain` (ferry hosts drain) or `failback` (back to the host a failover moved it off).
   */
  'reason'?: (string);
  /**
   * Who asked.
   */
  'by'?: (string);
  /**
   * For a live move: when the migration fails and the system still runs (only) on the source, move it cold instead
   * (a drain, or a move without --live).
   */
  'coldFallback'?: (boolean);
}

/**
 * A planned move of a system between two live hosts began (recorded before acting). The engine drives it to a
 * SystemMoveFinished; a restarted or promoted master re-drives an unfinished one from the start (each step is
 * idempotent). Cold: the system is stopped and removed on `from`, confirmed not running there, then defined (and
 * started) on `to`. Live: the hypervisor's own migration (`virsh migrate --live`, `xl migrate`,
 * `vzmigrate --online`).
 */
export interface SystemMoveStarted__Output {
  /**
   * Move id, `mv-<n>`.
   */
  'id': (string);
  /**
   * The system.
   */
  'system': (string);
  /**
   * Source host (up).
   */
  'from': (string);
  /**
   * Target host (up).
   */
  'to': (string);
  /**
   * Live migration (true) or cold move (false).
   */
  'live': (boolean);
  /**
   * Start it on the target (it was running).
   */
  'start': (boolean);
  /**
   * Its memory, MiB.
   */
  'memoryMiB': (number);
  /**
   * `move` (ferry systems move), `drain` (ferry hosts drain) or `failback` (back to the host a failover moved it off).
   */
  'reason': (string);
  /**
   * Who asked.
   */
  'by': (string);
  /**
   * For a live move: when the migration fails and the system still runs (only) on the source, move it cold instead
   * (a drain, or a move without --live).
   */
  'coldFallback': (boolean);
}
