#!/usr/bin/env python3
"""A Ferry client in Python, built from proto/ferry/v1 alone, as a third party would write it.

It registers a host, watches the events that follow, and verifies the whole hash chain from ReadEvents alone:
for every event, SHA-256(hex-decoded prev_hash || data) == hash, and prev_hash is the hash before it.
Needs Debian's python3-grpcio, python3-protobuf, protobuf-compiler and protobuf-compiler-grpc; the stubs are
generated into a temporary folder at start (protoc with grpc_python_plugin).

  ferry_example.py ADDR HOST_NAME    (a master on plaintext loopback, e.g. the one `npm start` runs)
Prints one JSON object: {"registered": ..., "watched": [types...], "verified": N, "head": {...}}.
"""
import hashlib
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading

PROTO_ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "proto")
FILES = ["ferry/v1/events.proto", "ferry/v1/control.proto"]


def well_known_types(out):
    """A FileDescriptorSet of the well-known types the contract imports (google/protobuf/*.proto).

    Debian's protoc ships without their .proto files (libprotobuf-dev has them); python3-protobuf carries their
    descriptors, and protoc resolves imports from a descriptor set given with --descriptor_set_in.
    """
    from google.protobuf import descriptor_pb2, duration_pb2, field_mask_pb2, timestamp_pb2
    fds = descriptor_pb2.FileDescriptorSet()
    for module in (duration_pb2, field_mask_pb2, timestamp_pb2):
        fds.file.add().ParseFromString(module.DESCRIPTOR.serialized_pb)
    path = os.path.join(out, "well-known-types.binpb")
    with open(path, "wb") as f:
        f.write(fds.SerializeToString())
    return path


def generate_stubs(out):
    """protoc + grpc_python_plugin: ferry/v1/*_pb2.py and control_pb2_grpc.py under `out`."""
    plugin = shutil.which("grpc_python_plugin")
    if not plugin:
        sys.exit("grpc_python_plugin not found (Debian: apt-get install protobuf-compiler-grpc)")
    subprocess.run(["protoc", f"-I{PROTO_ROOT}", f"--descriptor_set_in={well_known_types(out)}", f"--python_out={out}",
                    f"--grpc_out={out}", f"--plugin=protoc-gen-grpc={plugin}", *FILES], check=True)
    sys.path.insert(0, out)


def verify_chain(events):
    """Checks the chain from the events' own fields; returns how many verified, exits naming the first bad one."""
    prev = "0" * 64
    for e in events:
        if e.prev_hash != prev:
            sys.exit(f"seq {e.seq}: prev_hash {e.prev_hash} does not link to the hash before it ({prev})")
        digest = hashlib.sha256(bytes.fromhex(e.prev_hash) + e.data).hexdigest()
        if digest != e.hash:
            sys.exit(f"seq {e.seq} ({e.type}): SHA-256(prev_hash || data) = {digest}, the event says {e.hash}")
        prev = e.hash
    return len(events)


def main(addr, host_name):
    out = tempfile.mkdtemp(prefix="ferry-py-")
    try:
        generate_stubs(out)
        import grpc
        from ferry.v1 import control_pb2, control_pb2_grpc, events_pb2

        channel = grpc.insecure_channel(addr)
        client = control_pb2_grpc.ControlPlaneServiceStub(channel)
        head = client.GetClusterStatus(control_pb2.GetClusterStatusRequest(), timeout=10).status

        # Watch from the next event on, in the background, while registering.
        seen = queue.Queue()
        watch = client.WatchEvents(control_pb2.WatchEventsRequest(from_seq=head.head_seq + 1), timeout=30)

        def follow():
            try:
                for message in watch:
                    seen.put(message.event)
            except grpc.RpcError as err:
                if err.code() != grpc.StatusCode.CANCELLED:
                    seen.put(err)

        threading.Thread(target=follow, daemon=True).start()
        spec = events_pb2.HostSpec(name=host_name, address="127.0.0.1", port=1, user="root", type="kvm")
        host = client.RegisterHost(control_pb2.RegisterHostRequest(spec=spec), timeout=10).host
        first = seen.get(timeout=20)
        watch.cancel()
        if isinstance(first, Exception):
            sys.exit(f"WatchEvents failed: {first}")
        if first.WhichOneof("body") != "host_registered" or first.host_registered.spec.name != host_name:
            sys.exit(f"the first watched event is {first.type}, not the registration of {host_name}")

        events, nxt = [], 1
        while True:
            page = client.ReadEvents(control_pb2.ReadEventsRequest(from_seq=nxt, limit=1000), timeout=10).events
            if not page:
                break
            events.extend(page)
            nxt = page[-1].seq + 1
        verified = verify_chain(events)
        now = client.GetClusterStatus(control_pb2.GetClusterStatusRequest(), timeout=10).status
        print(json.dumps({
            "registered": host.name,
            "watched": [first.type],
            "verified": verified,
            "head": {"seq": now.head_seq, "hash": now.head_hash, "matchesLastEvent": events[-1].hash == now.head_hash},
        }))
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
