#!/bin/sh
# Ferry lab: ForceCommand of every lab sshd. Maps the server port (4th field of SSH_CONNECTION) to the lab host,
# exports the host's environment (FERRY_LAB_HOST, PATH with the shims, XEN_CONFIG_DIR, VZ_CONF_DIR) and runs the
# client's command with the user's shell, so every probe is a real SSH session on "its" host.
LAB=@LAB_DIR@
port=${SSH_CONNECTION##* }
FERRY_LAB_HOST=
read -r FERRY_LAB_HOST < "$LAB/ports/$port" 2>/dev/null
if [ -z "$FERRY_LAB_HOST" ]; then echo "ferry-lab: no lab host on port $port" >&2; exit 255; fi
H="$LAB/hosts/$FERRY_LAB_HOST"
FERRY_LAB_DIR=$LAB
PATH="$LAB/bin:$PATH"
XEN_CONFIG_DIR="$H/etc/xen"
VZ_CONF_DIR="$H/etc/vz/conf"
export FERRY_LAB_DIR FERRY_LAB_HOST PATH XEN_CONFIG_DIR VZ_CONF_DIR
# bash sources ~/.bashrc when started by sshd; skip it so the shims stay first on PATH (and probes stay fast).
case "${SHELL:-/bin/sh}" in
  *bash) set -- --norc --noprofile ;;
  *) set -- ;;
esac
if [ -n "$SSH_ORIGINAL_COMMAND" ]; then exec "${SHELL:-/bin/sh}" "$@" -c "$SSH_ORIGINAL_COMMAND"; fi
exec "${SHELL:-/bin/sh}" "$@" -l
