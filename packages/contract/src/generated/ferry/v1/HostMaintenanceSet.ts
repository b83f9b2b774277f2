// Original file: proto/ferry/v1/events.proto


/**
 * A host entered or left maintenance. A host in maintenance receives no system from placement (failovers, drains,
 * moves) and raises no failover.
 */
export interface HostMaintenanceSet {
  /**
   * The host.
   */
  'host'?: (string);
  /**
   * True: in maintenance (`hosts drain`); false: out of it (`hosts undrain`).
   */
  'maintenance'?: (boolean);
  /**
   * Who set it.
   */
  'by'?: (string);
}

/**
 * A host entered or left maintenance. A host in maintenance receives no system from placement (failovers, drains,
 * moves) and raises no failover.
 */
export interface HostMaintenanceSet__Output {
  /**
   * The host.
   */
  'host': (string);
  /**
   * True: in maintenance (`hosts drain`); false: out of it (`hosts undrain`).
   */
  'maintenance': (boolean);
  /**
   * Who set it.
   */
  'by': (string);
}
