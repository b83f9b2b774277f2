// Original file: proto/ferry/v1/control.proto


/**
 * Response of ConfirmDown (no fields).
 */
export interface ConfirmDownResponse {
}

/**
 * Response of ConfirmDown (no fields).
 */
export interface ConfirmDownResponse__Output {
}
