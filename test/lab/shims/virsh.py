#!/usr/bin/python3 -IS
"""Ferry lab: the changing commands of `virsh` (define, create, start, destroy, shutdown, undefine, suspend, resume) for
one lab KVM host, and `migrate --live` to another lab host. They change the lab's state (run.tab, definition files) and with it the host's node.xml; every
other command is the real virsh on that node.xml with libvirt's test driver (bin/virsh chooses). Domains are looked
up by the real virsh (id, then UUID, then name), so both agree on which domain a word names."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))
import labcore  # noqa: E402

REAL_VIRSH = os.environ.get('FERRY_LAB_VIRSH', '/usr/bin/virsh')

QUIET = False
OUT = []


def out(s=''):
    OUT.append(s + '\n')


def die(*lines):
    flush()
    for line in lines:
        sys.stderr.write('error: %s\n' % line)
    sys.exit(1)


def flush(extra=True):
    sys.stdout.write(''.join(OUT))
    if extra and not QUIET:
        sys.stdout.write('\n')
    OUT.clear()


def real_virsh(node, *args):
    """Runs the real virsh on a test-driver node file; returns (status, stdout, stderr)."""
    import subprocess  # lazy: only the write commands need it
    p = subprocess.run([REAL_VIRSH, '-q', '-c', 'test://' + node] + list(args), capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def find(h, run, ref):
    """(name, definition or None, running entry or None) of the domain the real virsh finds for `ref` (an id, a
    UUID or a name, tried in that order as virsh does); dies with virsh's error when there is none."""
    rc, out, err = real_virsh(h.node_path(), 'domuuid', '--domain', ref)
    if rc != 0:
        flush(extra=False)
        sys.stderr.write(err)
        sys.exit(1)
    uuid = out.strip()
    defs = h.definitions(run)
    for n in set(defs) | set(run['running']):
        d, r = defs.get(n), run['running'].get(n)
        if (d and d.get('uuid') == uuid) or (r and r.get('uuid') == uuid):
            return n, d, r
    die("failed to get domain '%s'" % ref)


def check_disk(d):
    if d.get('disk') and not os.path.exists(d['disk']):
        die("Failed to start domain '%s'" % d['name'],
            "Cannot access storage file '%s': No such file or directory" % d['disk'])


def cmd_define(h, args):
    path = need(args, 'file')
    try:
        text = labcore.read_input(path)
        d = labcore.parse_kvm_xml(text)
    except (OSError, ValueError) as e:
        die('Failed to define domain from %s' % path, str(e))
    h.lock()
    if not d['uuid']:
        d['uuid'] = existing_uuid(h, d['name']) or labcore.new_uuid()
        text = re.sub(r'(</name>)', '\\1\n  <uuid>%s</uuid>' % d['uuid'], text, count=1)
    os.makedirs(h.defdir, exist_ok=True)
    run = h.load_run()
    check_loads(h, run, d, text, 'Failed to define domain from %s' % path)
    labcore.write_atomic(os.path.join(h.defdir, d['name'] + '.xml'), text)
    if d['name'] not in run['defs']:
        run['defs'].append(d['name'])
    h.save_run(run)
    out("Domain '%s' defined from %s" % (d['name'], path))


def check_loads(h, run, d, text, what):
    """Dies with the real virsh's error unless the host's node file, with `text` as domain d, loads."""
    others = [(labcore.read(x['path']), 'stopped') for n, x in h.definitions(run).items() if n != d['name']]
    cand = h.node_path() + '.check'
    labcore.write_atomic(cand, labcore.node_xml(others + [(text, 'stopped')]))
    try:
        rc, _, err = real_virsh(cand, 'list', '--all', '--name')
    finally:
        os.unlink(cand)
    if rc != 0:
        die(what, *[line[7:] if line.startswith('error: ') else line for line in err.strip().split('\n')])


def existing_uuid(h, name):
    d = h.definitions().get(name)
    return d and d.get('uuid')


def cmd_create(h, args):
    path = need(args, 'file')
    try:
        text = labcore.read_input(path)
        d = labcore.parse_kvm_xml(text)
    except (OSError, ValueError) as e:
        die('Failed to create domain from %s' % path, str(e))
    h.lock()
    run = h.load_run()
    if d['name'] in run['running']:
        die('Failed to create domain from %s' % path,
            "operation failed: domain '%s' is already active" % d['name'])
    if not d['uuid']:
        d['uuid'] = labcore.new_uuid()
        text = re.sub(r'(</name>)', '\\1\n  <uuid>%s</uuid>' % d['uuid'], text, count=1)
    check_disk(d)
    try:
        h.start(run, d, transient_text=text)
    except MemoryError as e:
        die('Failed to create domain from %s' % path, 'internal error: %s' % e)
    out("Domain '%s' created from %s" % (d['name'], path))


def cmd_start(h, args):
    h.lock()
    run = h.load_run()
    n, d, r = find(h, run, need(args, 'domain'))
    if r:
        die('Domain is already active')
    check_disk(d)
    try:
        h.start(run, d)
    except MemoryError as e:
        die("Failed to start domain '%s'" % n, 'internal error: %s' % e)
    out("Domain '%s' started" % n)


def cmd_destroy(h, args, verb='destroyed'):
    h.lock()
    run = h.load_run()
    n, d, r = find(h, run, need(args, 'domain'))
    if not r:
        die("Failed to %s domain '%s'" % ('destroy' if verb == 'destroyed' else 'shutdown', n),
            'Requested operation is not valid: domain is not running')
    h.stop(run, n)
    out("Domain '%s' %s" % (n, verb))


def cmd_pause(h, args, state):
    h.lock()
    run = h.load_run()
    n, d, r = find(h, run, need(args, 'domain'))
    verb = 'suspend' if state == 'paused' else 'resume'
    if not r:
        die("Failed to %s domain '%s'" % (verb, n), 'Requested operation is not valid: domain is not running')
    if state == 'running':
        r.pop('state', None)
    else:
        r['state'] = state
    h.save_run(run)
    out("Domain '%s' %s" % (n, 'suspended' if state == 'paused' else 'resumed'))


def cmd_undefine(h, args):
    h.lock()
    run = h.load_run()
    n, d, r = find(h, run, need(args, 'domain'))
    if not d:
        die("Failed to undefine domain '%s'" % n, 'Requested operation is not valid: cannot undefine transient domain')
    if r:
        r['text'] = labcore.read(d['path'])
    if n in run['defs']:
        run['defs'].remove(n)
    h.save_run(run)
    os.unlink(d['path'])
    out("Domain '%s' has been undefined" % n)


def need(args, what):
    """The <what> argument: `--what VALUE`, else the first word that is not an option (or follows `--`)."""
    if '--' + what in args and args.index('--' + what) + 1 < len(args):
        return args[args.index('--' + what) + 1]
    if '--' in args and args.index('--') + 1 < len(args):
        return args[args.index('--') + 1]
    pos = [a for a in args if not a.startswith('--')]
    if not pos:
        die("command requires <%s> option" % what)
    return pos[0]


def cmd_migrate(h, args):
    """`virsh migrate --live [--persistent] [--undefinesource] [--domain] NAME [--desturi] qemu+ssh://[USER@]ADDR[:PORT]/system`:
    the lab's live migration to the lab host at ADDR:PORT (labcore.migrate; the test driver cannot migrate between two
    test:/// nodes, so the lab models the switch-over itself)."""
    opts = [a for a in args if a.startswith('--')]
    if '--live' not in opts:
        die('ferry lab virsh: only live migration (--live) is modelled')
    vals = {}
    pos = []
    i = 0
    while i < len(args):
        if args[i] in ('--domain', '--desturi') and i + 1 < len(args):
            vals[args[i]] = args[i + 1]
            i += 2
            continue
        if not args[i].startswith('--'):
            pos.append(args[i])
        i += 1
    ref = vals.get('--domain') or (pos.pop(0) if pos else None)
    uri = vals.get('--desturi') or (pos.pop(0) if pos else None)
    if not ref or not uri:
        die('command \'migrate\' requires <domain> and <desturi> options')
    m = re.fullmatch(r'qemu\+ssh://(?:[^@/]+@)?([^:/]+)(?::(\d+))?/system', uri)
    if not m:
        die("invalid argument: Unable to parse URI %s" % uri)
    dst, why = labcore.host_at(h.lab, m.group(1), m.group(2) or 22)
    if dst is None:
        die("operation failed: Failed to connect to remote libvirt URI %s: Cannot recv data: ssh: connect to host %s port %s: %s"
            % (uri, m.group(1), m.group(2) or 22, why))
    run = h.load_run()
    n, d, r = find(h, run, ref)
    try:
        labcore.migrate(h, dst, n)
    except (ValueError, MemoryError) as e:
        die('Requested operation is not valid: %s' % e if isinstance(e, ValueError) else 'internal error: %s' % e)


COMMANDS = {
    'define': cmd_define, 'create': cmd_create, 'start': cmd_start, 'destroy': cmd_destroy,
    'shutdown': lambda h, a: cmd_destroy(h, a, 'is being shutdown'), 'undefine': cmd_undefine,
    'suspend': lambda h, a: cmd_pause(h, a, 'paused'), 'resume': lambda h, a: cmd_pause(h, a, 'running'),
    'migrate': cmd_migrate,
}


def main(argv):
    global QUIET
    i = 0
    while i < len(argv) and argv[i].startswith('-'):
        a = argv[i]
        if a in ('-c', '--connect'):
            i += 1
        elif a in ('-q', '--quiet'):
            QUIET = True
        i += 1
    if i >= len(argv):
        die('ferry lab virsh needs a command (no interactive shell)')
    cmd, args = argv[i], argv[i + 1:]
    fn = COMMANDS.get(cmd)
    if fn is None:
        die("unknown command: '%s'" % cmd)
    h = labcore.Host.from_env()
    if h.type != 'kvm':
        die('failed to connect to the hypervisor')
    fn(h, args)
    flush()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
