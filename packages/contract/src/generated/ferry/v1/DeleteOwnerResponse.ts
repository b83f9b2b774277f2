// Original file: proto/ferry/v1/control.proto


/**
 * Response of DeleteOwner (no fields).
 */
export interface DeleteOwnerResponse {
}

/**
 * Response of DeleteOwner (no fields).
 */
export interface DeleteOwnerResponse__Output {
}
