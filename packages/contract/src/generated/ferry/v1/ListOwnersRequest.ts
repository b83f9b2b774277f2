// Original file: proto/ferry/v1/control.proto


/**
 * Request of ListOwners (no fields).
 */
export interface ListOwnersRequest {
}

/**
 * Request of ListOwners (no fields).
 */
export interface ListOwnersRequest__Output {
}
