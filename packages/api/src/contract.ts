// Loads the proto contract once per process with the loader options the generated types were made with.
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { LOADER_OPTIONS, PROTO_FILES } from '@ferry/contract';
import type { ControlProtoType as ControlType, ReplicationProtoType as ReplicationType } from '@ferry/contract';

/** The loaded package definition and the typed service constructors of `ferry.v1`. */
export interface Contract {
  packageDefinition: protoLoader.PackageDefinition;
  ferry: ControlType['ferry'] & ReplicationType['ferry'];
}

let cached: Contract | undefined;

/** The contract of this process (loaded on first use). */
export function contract(): Contract {
  if (!cached) {
    const packageDefinition = protoLoader.loadSync(PROTO_FILES, LOADER_OPTIONS);
    const loaded = grpc.loadPackageDefinition(packageDefinition) as unknown as ControlType & ReplicationType;
    cached = { packageDefinition, ferry: loaded.ferry };
  }
  return cached;
}
