// Original file: proto/ferry/v1/replication.proto


/**
 * Request of Describe (no fields).
 */
export interface DescribeRequest {
}

/**
 * Request of Describe (no fields).
 */
export interface DescribeRequest__Output {
}
