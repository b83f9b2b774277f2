// Original file: proto/ferry/v1/events.proto


/**
 * An owner account was created.
 */
export interface OwnerCreated {
  /**
   * Owner name.
   */
  'name'?: (string);
  /**
   * Where mail for this owner goes.
   */
  'email'?: (string);
  /**
   * Free-form description.
   */
  'description'?: (string);
}

/**
 * An owner account was created.
 */
export interface OwnerCreated__Output {
  /**
   * Owner name.
   */
  'name': (string);
  /**
   * Where mail for this owner goes.
   */
  'email': (string);
  /**
   * Free-form description.
   */
  'description': (string);
}
