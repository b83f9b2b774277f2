#!/usr/bin/python3 -IS
"""Ferry lab: `vzmigrate --online [--ssh=OPTIONS] [-r yes|no] [USER@]DEST CTID` for one lab OpenVZ host: the lab's live
migration (labcore.migrate) of a running container to the lab host at DEST and the port that OPTIONS' `-p PORT` names
(default 22). Only --online is modelled; the private area stays on the lab's shared storage (as with a shared
VE_PRIVATE), so nothing is copied."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))
import labcore  # noqa: E402


def die(msg):
    sys.stderr.write('Error: %s\n' % msg)
    sys.exit(1)


def main(argv):
    ssh, pos, online, i = '', [], False, 0
    while i < len(argv):
        a = argv[i]
        if a == '--online':
            online = True
        elif a.startswith('--ssh='):
            ssh = a[len('--ssh='):]
        elif a == '-r' and i + 1 < len(argv):
            i += 1
        elif not a.startswith('-'):
            pos.append(a)
        i += 1
    if len(pos) != 2:
        die('usage: vzmigrate [--online] [--ssh=<options>] [-r yes|no] <destination_address> <CTID>')
    if not online:
        die('ferry lab vzmigrate: only --online migration is modelled')
    words = ssh.split()
    port = words[words.index('-p') + 1] if '-p' in words[:-1] else '22'
    address = pos[0].split('@')[-1]
    h = labcore.Host.from_env()
    ct = next((d for d in h.definitions().values() if str(d['ctid']) == pos[1] or d['name'] == pos[1]), None)
    if ct is None:
        die('CT %s not found' % pos[1])
    dst, why = labcore.host_at(h.lab, address, port)
    if dst is None:
        die("can't connect to destination address %s: ssh: connect to host %s port %s: %s" % (address, address, port, why))
    try:
        labcore.migrate(h, dst, ct['name'])
    except (ValueError, MemoryError) as e:
        die(str(e))
    print('Live migrating container...')
    print('Container %s migrated to %s' % (pos[1], address))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
