#!/bin/sh
# Ferry lab: `virsh` on a lab host's PATH: query commands run in labfast.awk, the others in virsh.py.
S=@SHIMS@
case "$1" in
  list|dominfo|domstate|dumpxml|domid|domuuid|nodeinfo|nodememstats|freecell)
    exec awk -v tool=virsh -f "$S/labfast.awk" "$FERRY_LAB_DIR/hosts/$FERRY_LAB_HOST"/etc/libvirt/qemu/*.xml @@ "$@" ;;
esac
exec "$S/virsh.py" "$@"
