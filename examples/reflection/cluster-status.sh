#!/usr/bin/env bash
# GetClusterStatus of a Ferry node through server reflection alone (no .proto file, no generated code), printed as
# JSON with the .proto's field names (head_seq, lag_events, ...). Usage: cluster-status.sh [HOST:PORT]
set -euo pipefail
exec /usr/bin/python3 "$(dirname "$0")/reflect.py" "${1:-127.0.0.1:50051}" call ferry.v1.ControlPlaneService/GetClusterStatus
