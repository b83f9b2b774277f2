// Original file: proto/ferry/v1/control.proto


/**
 * No fields.
 */
export interface Empty {
}

/**
 * No fields.
 */
export interface Empty__Output {
}
