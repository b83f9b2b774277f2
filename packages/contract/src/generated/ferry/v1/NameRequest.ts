// Original file: proto/ferry/v1/control.proto


/**
 * Names one entity.
 */
export interface NameRequest {
  /**
   * The entity's name.
   */
  'name'?: (string);
}

/**
 * Names one entity.
 */
export interface NameRequest__Output {
  /**
   * The entity's name.
   */
  'name': (string);
}
