// Original file: proto/ferry/v1/events.proto


/**
 * An owner account was deleted.
 */
export interface OwnerDeleted {
  /**
   * Owner name.
   */
  'name'?: (string);
}

/**
 * An owner account was deleted.
 */
export interface OwnerDeleted__Output {
  /**
   * Owner name.
   */
  'name': (string);
}
