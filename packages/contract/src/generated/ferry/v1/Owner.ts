// Original file: proto/ferry/v1/control.proto


/**
 * An owner account.
 */
export interface Owner {
  /**
   * Owner name.
   */
  'name'?: (string);
  /**
   * Mail address.
   */
  'email'?: (string);
  /**
   * Description.
   */
  'description'?: (string);
  /**
   * Number of systems owned (statistics).
   */
  'systems'?: (number);
}

/**
 * An owner account.
 */
export interface Owner__Output {
  /**
   * Owner name.
   */
  'name': (string);
  /**
   * Mail address.
   */
  'email': (string);
  /**
   * Description.
   */
  'description': (string);
  /**
   * Number of systems owned (statistics).
   */
  'systems': (number);
}
