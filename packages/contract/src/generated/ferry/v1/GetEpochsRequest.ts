// Original file: proto/ferry/v1/replication.proto


/**
 * Request of GetEpochs (no fields).
 */
export interface GetEpochsRequest {
}

/**
 * Request of GetEpochs (no fields).
 */
export interface GetEpochsRequest__Output {
}
