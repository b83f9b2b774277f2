// Original file: proto/ferry/v1/control.proto


/**
 * Request of ListGroups (no fields).
 */
export interface ListGroupsRequest {
}

/**
 * Request of ListGroups (no fields).
 */
export interface ListGroupsRequest__Output {
}
