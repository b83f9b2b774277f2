#!/usr/bin/python3 -IS
"""Ferry lab: `free` shim (procps-ng 4 layout). total = host RAM, used = running systems, free = total - used."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))
import labcore  # noqa: E402


def main(argv):
    h = labcore.Host.from_env()
    run = h.load_run()
    used = h.used_mib(run)
    units = {'-b': 1048576, '--bytes': 1048576, '-k': 1024, '--kibi': 1024, '-m': 1, '--mebi': 1,
             '-g': 1.0 / 1024, '--gibi': 1.0 / 1024}
    per_mib = 1024  # default unit: KiB
    for a in argv:
        per_mib = units.get(a, per_mib)

    def v(mib):
        return str(int(mib * per_mib))
    total, free = h.ram, h.ram - used
    lines = [' ' * 8 + ''.join('%12s' % c for c in ('total', 'used', 'free', 'shared', 'buff/cache', 'available')),
             '%-8s' % 'Mem:' + ''.join('%12s' % x for x in (v(total), v(used), v(free), '0', '0', v(free))),
             '%-8s' % 'Swap:' + ''.join('%12s' % x for x in ('0', '0', '0'))]
    sys.stdout.write('\n'.join(lines) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
