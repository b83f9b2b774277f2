// Original file: proto/ferry/v1/replication.proto


/**
 * No fields.
 */
export interface DescribeRequest {
}

/**
 * No fields.
 */
export interface DescribeRequest__Output {
}
