#!/usr/bin/env python3
"""A dynamic gRPC client of Ferry built from server reflection alone: no .proto file, no generated code.

It asks the server for its services and the descriptors of a symbol (grpc.reflection.v1), builds the message classes
from those descriptors, calls one unary method and prints the answer as JSON with the .proto's own field names.
Needs only python3-grpcio and python3-protobuf (Debian). grpcurl would do the same; Debian has no package of it.

  reflect.py ADDR list                         services the server offers
  reflect.py ADDR call SERVICE/METHOD [JSON]   calls a unary method with a JSON request (.proto field names)
"""
import json
import sys

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool, json_format, message_factory


def message_class(descriptor):
    """The message class of a descriptor (protobuf 4.21, as Debian 12 ships it, and newer)."""
    if hasattr(message_factory, "GetMessageClass"):
        return message_factory.GetMessageClass(descriptor)
    return message_factory.MessageFactory(descriptor.file.pool).GetPrototype(descriptor)


def _reflection_pool():
    """The grpc.reflection.v1 request and response messages, declared here (they are the spec's, by number)."""
    f = descriptor_pb2.FileDescriptorProto(name="ferry_example/reflection_v1.proto", package="grpc.reflection.v1", syntax="proto3")
    T = descriptor_pb2.FieldDescriptorProto

    def msg(name, *fields):
        m = f.message_type.add(name=name)
        for fname, number, ftype, label, type_name, oneof in fields:
            fd = m.field.add(name=fname, number=number, type=ftype, label=label)
            if type_name:
                fd.type_name = ".grpc.reflection.v1." + type_name
            if oneof is not None:
                fd.oneof_index = oneof
        return m

    opt, rep = T.LABEL_OPTIONAL, T.LABEL_REPEATED
    req = msg("ServerReflectionRequest",
              ("host", 1, T.TYPE_STRING, opt, None, None),
              ("file_by_filename", 3, T.TYPE_STRING, opt, None, 0),
              ("file_containing_symbol", 4, T.TYPE_STRING, opt, None, 0),
              ("list_services", 7, T.TYPE_STRING, opt, None, 0))
    req.oneof_decl.add(name="message_request")
    msg("FileDescriptorResponse", ("file_descriptor_proto", 1, T.TYPE_BYTES, rep, None, None))
    msg("ServiceResponse", ("name", 1, T.TYPE_STRING, opt, None, None))
    msg("ListServiceResponse", ("service", 1, T.TYPE_MESSAGE, rep, "ServiceResponse", None))
    msg("ErrorResponse", ("error_code", 1, T.TYPE_INT32, opt, None, None), ("error_message", 2, T.TYPE_STRING, opt, None, None))
    res = msg("ServerReflectionResponse",
              ("valid_host", 1, T.TYPE_STRING, opt, None, None),
              ("file_descriptor_response", 4, T.TYPE_MESSAGE, opt, "FileDescriptorResponse", 0),
              ("list_services_response", 6, T.TYPE_MESSAGE, opt, "ListServiceResponse", 0),
              ("error_response", 7, T.TYPE_MESSAGE, opt, "ErrorResponse", 0))
    res.oneof_decl.add(name="message_response")
    pool = descriptor_pool.DescriptorPool()
    pool.Add(f)
    get = lambda n: message_class(pool.FindMessageTypeByName("grpc.reflection.v1." + n))
    return get("ServerReflectionRequest"), get("ServerReflectionResponse")


Request, Response = _reflection_pool()


def ask(channel, **request):
    """One reflection request; returns the response, or exits naming the server's error."""
    info = channel.stream_stream("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
                                 request_serializer=lambda m: m.SerializeToString(), response_deserializer=Response.FromString)
    [answer] = list(info(iter([Request(**request)]), timeout=10))
    if answer.WhichOneof("message_response") == "error_response":
        sys.exit(f"reflection: {answer.error_response.error_message} (code {answer.error_response.error_code})")
    return answer


def load_symbol(channel, symbol):
    """A descriptor pool holding the file that defines `symbol` and every file it depends on, fetched by reflection."""
    pool, seen = descriptor_pool.DescriptorPool(), set()
    pending = list(ask(channel, file_containing_symbol=symbol).file_descriptor_response.file_descriptor_proto)
    files = {}
    while pending:
        fd = descriptor_pb2.FileDescriptorProto.FromString(pending.pop())
        if fd.name in seen:
            continue
        seen.add(fd.name)
        files[fd.name] = fd
        for dep in fd.dependency:
            if dep not in seen:
                pending.extend(ask(channel, file_by_filename=dep).file_descriptor_response.file_descriptor_proto)
    added = set()

    def add(name):
        if name in added:
            return
        for dep in files[name].dependency:
            add(dep)
        pool.Add(files[name])
        added.add(name)

    for name in files:
        add(name)
    return pool


def main(argv):
    if len(argv) < 3 or argv[2] not in ("list", "call"):
        sys.exit(__doc__)
    channel = grpc.insecure_channel(argv[1])
    if argv[2] == "list":
        for s in ask(channel, list_services="*").list_services_response.service:
            print(s.name)
        return
    service, method = argv[3].split("/")
    pool = load_symbol(channel, service)
    m = pool.FindServiceByName(service).FindMethodByName(method)
    req_cls, res_cls = message_class(m.input_type), message_class(m.output_type)
    request = json_format.Parse(argv[4] if len(argv) > 4 else "{}", req_cls())
    call = channel.unary_unary(f"/{service}/{method}", request_serializer=lambda x: x.SerializeToString(), response_deserializer=res_cls.FromString)
    answer = call(request, timeout=10)
    print(json.dumps(json_format.MessageToDict(answer, preserving_proto_field_name=True, including_default_value_fields=True), indent=2))


if __name__ == "__main__":
    main(sys.argv)
