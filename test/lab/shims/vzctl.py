#!/usr/bin/python3 -IS
"""Ferry lab: `vzctl start|stop|restart|status|destroy CTID|NAME` shim for one lab OpenVZ host."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))
import labcore  # noqa: E402


def die(msg, code):
    sys.stderr.write(msg + '\n')
    sys.exit(code)


def find(h, ref):
    for ct in h.definitions().values():
        if str(ct['ctid']) == ref or ct['name'] == ref:
            return ct
    return None


def main(argv):
    argv = [a for a in argv if a not in ('--quiet', '--verbose')]
    if not argv or argv[0] in ('-h', '--help', 'help'):
        print('Usage: vzctl start|stop|restart|status|destroy|delete CTID\n(ferry lab shim)')
        return 0
    cmd = argv[0]
    pos = [a for a in argv[1:] if not a.startswith('-')]
    if cmd not in ('start', 'stop', 'restart', 'status', 'destroy', 'delete'):
        die('Invalid action %s' % cmd, 1)
    if not pos:
        die('CT ID is not given', 1)
    h = labcore.Host.from_env()
    if h.type != 'openvz':
        die('Unable to open /dev/vzctl: No such file or directory', 1)
    h.lock()
    run = h.load_run()
    ct = find(h, pos[0])
    r = run['running'].get(ct['name']) if ct else None
    if cmd == 'status':
        if not ct:
            print('CTID %s deleted unmounted down' % pos[0])
        else:
            print('CTID %d exist %s' % (ct['ctid'], 'mounted running' if r else 'unmounted down'))
        return 0
    if not ct:
        die('Container config file does not exist' if cmd == 'start' else
            'Container %s does not exist' % pos[0], 44 if cmd != 'start' else 1)
    if cmd in ('stop', 'restart'):
        if r:
            print('Stopping container ...')
            h.stop(run, ct['name'])
            r = None
            print('Container was stopped')
            print('Container is unmounted')
        elif cmd == 'stop':
            print('Unable to stop: container is not running')
            return 0
    if cmd in ('start', 'restart'):
        if r:
            print('Container is already running')
            return 0
        if ct.get('disk') and not os.path.exists(ct['disk']):
            die('Container private area %s does not exist' % ct['disk'], 43)
        print('Starting container...')
        try:
            h.start(run, ct)
        except MemoryError as e:
            die('Unable to start container: %s' % e, 79)
        print('Container is mounted')
        print('Container start in progress...')
        return 0
    if cmd in ('destroy', 'delete'):
        if r:
            die('Container is currently running. Stop it first.', 41)
        print('Destroying container private area: %s' % (ct.get('disk') or '-'))
        os.unlink(ct['path'])
        print('Container private area was destroyed')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
