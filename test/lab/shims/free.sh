#!/bin/sh
# Ferry lab: `free` on a lab host's PATH (procps-ng 4 layout): total = host RAM, used = running systems, free = total - used.
exec awk -f @SHIMS@/labfast.awk free @@ "$@"
