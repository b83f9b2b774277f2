#!/usr/bin/python3 -IS
"""Ferry lab: `virsh` shim emulating libvirt 9 output for one lab KVM host."""
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))
import labcore  # noqa: E402

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


def table(rows):
    """libvirt vshTable: ' cell' + pad to column width + 2 spaces; dashes = sum(width + 3)."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    start = 1 if QUIET else 0
    lines = []
    for ri, r in enumerate(rows[start:], start):
        cells = []
        for i, c in enumerate(r):
            cells.append(' ' + c + (' ' * (widths[i] - len(c) + 2) if i < len(r) - 1 else ''))
        lines.append(''.join(cells))
        if ri == 0:
            lines.append('-' * sum(w + 3 for w in widths))
    return lines


def domains(h, run):
    """name -> (definition or None, running entry or None)."""
    defs = h.definitions()
    names = set(defs) | set(run['running'])
    return {n: (defs.get(n), run['running'].get(n)) for n in names}


def find(h, run, ref):
    doms = domains(h, run)
    if ref in doms:
        return ref, doms[ref][0], doms[ref][1]
    for n, (d, r) in doms.items():
        if (r and str(r['id']) == ref) or ((d and d.get('uuid') == ref) or (r and r.get('uuid') == ref)):
            return n, d, r
    die("failed to get domain '%s'" % ref)


def cmd_list(h, args):
    run = h.load_run()
    doms = domains(h, run)
    show_active = '--inactive' not in args and '--state-shutoff' not in args
    show_inactive = any(a in args for a in ('--all', '--inactive', '--state-shutoff'))
    if '--state-running' in args:
        show_inactive = False
    active = sorted([(r['id'], n) for n, (d, r) in doms.items() if r], key=lambda x: x[0]) if show_active else []
    inactive = sorted(n for n, (d, r) in doms.items() if not r) if show_inactive else []
    if '--name' in args or '--uuid' in args:
        for _, n in active:
            out(n if '--name' in args else doms[n][1]['uuid'])
        for n in inactive:
            out(n if '--name' in args else (doms[n][0].get('uuid') or ''))
        return
    rows = [['Id', 'Name', 'State']]
    rows += [[str(i), n, 'running'] for i, n in active]
    rows += [['-', n, 'shut off'] for n in inactive]
    for line in table(rows):
        out(line)


def state_of(d, r):
    return 'running' if r else 'shut off'


def cmd_dominfo(h, args):
    run = h.load_run()
    n, d, r = find(h, run, need(args, 'domain'))
    mem_kib = (r or d)['memoryMiB'] * 1024
    cpu = '%.1fs' % (max(0, labcore.now_ms() - r['since']) / 1000.0 * 0.01) if r else None
    uuid = (r or {}).get('uuid') or d.get('uuid')
    rows = [('Id', str(r['id']) if r else '-'), ('Name', n), ('UUID', uuid), ('OS Type', 'hvm'),
            ('State', state_of(d, r)), ('CPU(s)', str((r or d).get('vcpus', 1)))]
    if cpu:
        rows.append(('CPU time', cpu))
    rows += [('Max memory', '%d KiB' % mem_kib), ('Used memory', '%d KiB' % mem_kib),
             ('Persistent', 'yes' if d else 'no'), ('Autostart', 'disable'), ('Managed save', 'no'),
             ('Security model', 'none'), ('Security DOI', '0')]
    for k, v in rows:
        out('%-15s %s' % (k + ':', v))


def cmd_domstate(h, args):
    run = h.load_run()
    n, d, r = find(h, run, need(args, 'domain'))
    out(state_of(d, r))


def cmd_dumpxml(h, args):
    run = h.load_run()
    n, d, r = find(h, run, need(args, 'domain'))
    text = labcore.read(d['path']) if d else r.get('text', '')
    if r and '--inactive' not in args:
        text = re.sub(r"<domain type='(\w+)'(?: id='\d+')?>", "<domain type='\\1' id='%d'>" % r['id'], text, count=1)
    sys.stdout.write(text if text.endswith('\n') else text + '\n')
    flush(extra=False)
    sys.exit(0)


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
    labcore.write_atomic(os.path.join(h.defdir, d['name'] + '.xml'), text)
    run = h.load_run()
    if d['name'] not in run['defs']:
        run['defs'].append(d['name'])
        h.save_run(run)
    out("Domain '%s' defined from %s" % (d['name'], path))


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


def cmd_nodeinfo(h, args):
    rows = [('CPU model', 'x86_64'), ('CPU(s)', str(h.info.get('cpus', 8))), ('CPU frequency', '2400 MHz'),
            ('CPU socket(s)', '1'), ('Core(s) per socket', str(h.info.get('cpus', 8))), ('Thread(s) per core', '1'),
            ('NUMA cell(s)', '1'), ('Memory size', '%d KiB' % (h.ram * 1024))]
    for k, v in rows:
        out('%-20s %s' % (k + ':', v))


def cmd_nodememstats(h, args):
    run = h.load_run()
    free = h.ram - h.used_mib(run)
    for k, v in (('total', h.ram * 1024), ('free', free * 1024), ('buffers', 0), ('cached', 0)):
        out('%-7s: %d KiB' % (k, v))


def cmd_freecell(h, args):
    run = h.load_run()
    out('Total: %d KiB' % ((h.ram - h.used_mib(run)) * 1024))


def cmd_domid(h, args):
    run = h.load_run()
    n, d, r = find(h, run, need(args, 'domain'))
    out(str(r['id']) if r else '-')


def cmd_domuuid(h, args):
    run = h.load_run()
    n, d, r = find(h, run, need(args, 'domain'))
    out((r or {}).get('uuid') or d.get('uuid'))


def need(args, what):
    pos = [a for a in args if not a.startswith('--')]
    if not pos:
        die("command requires <%s> option" % what)
    return pos[0]


COMMANDS = {
    'list': cmd_list, 'dominfo': cmd_dominfo, 'domstate': cmd_domstate, 'dumpxml': cmd_dumpxml,
    'define': cmd_define, 'create': cmd_create, 'start': cmd_start, 'destroy': cmd_destroy,
    'shutdown': lambda h, a: cmd_destroy(h, a, 'is being shutdown'), 'undefine': cmd_undefine,
    'nodeinfo': cmd_nodeinfo, 'nodememstats': cmd_nodememstats, 'freecell': cmd_freecell,
    'domid': cmd_domid, 'domuuid': cmd_domuuid,
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
        elif a in ('-v', '--version'):
            print('9.0.0')
            return 0
        elif a in ('-h', '--help'):
            print('virsh (ferry lab shim) commands: ' + ' '.join(sorted(COMMANDS)))
            return 0
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
