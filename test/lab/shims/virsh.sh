#!/bin/sh
# Ferry lab: `virsh` on a KVM lab host's PATH. Every command that only reads is the real virsh (Debian's
# libvirt-clients) on the host's node.xml with libvirt's test driver; the commands that change the host go to
# virsh.py, which changes the lab's state and rewrites node.xml to match.
FERRY_LAB_VIRSH=@VIRSH@; export FERRY_LAB_VIRSH
skip=
for a do
  if [ -n "$skip" ]; then skip=; continue; fi
  case "$a" in
    -c|--connect|-d|--debug|-l|--log|-e|--escape|-k|--keepalive-interval|-K|--keepalive-count) skip=1 ;;
    -*) ;;
    define|create|start|destroy|shutdown|undefine|suspend|resume|migrate) exec @SHIMS@/virsh.py "$@" ;;
    *) break ;;
  esac
done
exec "$FERRY_LAB_VIRSH" -c "test://$FERRY_LAB_DIR/hosts/$FERRY_LAB_HOST/node.xml" "$@"
