// Server reflection that serves the contract exactly as protoc builds it from proto/ (the descriptor set that
// `pnpm gen:proto` makes with buf): file names, snake_case field names, fully qualified types and proto3 `optional`
// as written, so dynamic clients (grpcurl, grpcui, Evans, a client built from reflection) see the .proto's own
// names. Standard grpc.health.v1 and grpc.reflection are listed too, from the protos their packages ship.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import { DESCRIPTOR_SET_PATH } from '@ferry/contract';
import type * as Descriptor from 'protobufjs/ext/descriptor/index.js';

const require = createRequire(import.meta.url);
const { FileDescriptorProto, FileDescriptorSet } = require('protobufjs/ext/descriptor') as typeof Descriptor;

/** The reflection service's own proto (grpc.reflection.v1), as @grpc/reflection ships it. */
const REFLECTION_PROTO = join(
  dirname(require.resolve('@grpc/reflection/package.json')),
  'build/proto/grpc/reflection/v1/reflection.proto',
);

/** Encoded FileDescriptorProtos of the contract, one per .proto file. */
export function contractFileDescriptors(): Uint8Array[] {
  const set = FileDescriptorSet.decode(readFileSync(DESCRIPTOR_SET_PATH)) as unknown as { file: object[] };
  return set.file.map((f) => FileDescriptorProto.encode(f).finish());
}

/** Adds grpc.reflection (v1 and v1alpha) serving the contract's descriptors and the standard services' own. */
export function addReflection(server: grpc.Server): void {
  const standard = protoLoader.loadSync([healthProtoPath, REFLECTION_PROTO], { keepCase: true });
  // Message and enum entries carry their file's descriptors; service entries are method maps without any.
  const standardFiles = Object.values(standard).flatMap((d) =>
    'fileDescriptorProtos' in d ? (d.fileDescriptorProtos as Buffer[]) : [],
  );
  const files = [...contractFileDescriptors(), ...standardFiles];
  // ReflectionService indexes the files of every entry it is given; one entry holding all of them is enough.
  new ReflectionService({
    files: { fileDescriptorProtos: files },
  } as unknown as protoLoader.PackageDefinition).addToServer(server);
}
