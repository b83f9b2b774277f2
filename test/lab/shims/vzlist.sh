#!/bin/sh
# Ferry lab: `vzlist` on a lab host's PATH: labfast.awk, except the JSON output and help of vzlist.py.
S=@SHIMS@
case " $* " in
  *' -j '*|*' --json '*|*' -h '*|*' --help '*) exec "$S/vzlist.py" "$@" ;;
esac
exec awk -v tool=vzlist -f "$S/labfast.awk" "$FERRY_LAB_DIR/hosts/$FERRY_LAB_HOST"/etc/vz/conf/*.conf @@ "$@"
