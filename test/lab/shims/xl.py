#!/usr/bin/python3 -IS
"""Ferry lab: `xl` shim emulating Xen 4.17 xl output for one lab Xen host.

Xen has no persistent "defined" state: a config file in $XEN_CONFIG_DIR (the lab host's etc/xen) without a
running domain is a stopped system. Domain-0 is listed with DOM0_MIB but is NOT part of total_memory/free_memory.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))
import labcore  # noqa: E402

DOM0_MIB = 512
# xl_list.c's six state letters (running, blocked, paused, shutdown, shutdown reason, dying) per lab state: an idle
# domain is blocked; a crashed one (on_crash = "preserve") is shut down with reason crash.
XL_FLAGS = {'running': '-b----', 'paused': '--p---', 'crashed': '---sc-'}


def die(msg, code=1):
    sys.stderr.write(msg + '\n')
    sys.exit(code)


def running_sorted(run):
    return sorted(run['running'].items(), key=lambda kv: kv[1]['id'])


def find_running(run, ref):
    for n, r in run['running'].items():
        if n == ref or str(r['id']) == ref or r.get('uuid') == ref:
            return n, r
    return None, None


def cmd_list(h, args):
    run = h.load_run()
    long_ = '-l' in args or '--long' in args
    pos = [a for a in args if not a.startswith('-')]
    doms = running_sorted(run)
    if pos:
        n, r = find_running(run, pos[0])
        if pos[0] in ('0', 'Domain-0'):
            doms = []
        elif not n:
            die('%s is an invalid domain identifier (rc=-6)' % pos[0])
        else:
            doms = [(n, r)]
    if long_:
        res = []
        for n, r in doms:
            res.append({'domid': r['id'], 'config': {
                'c_info': {'type': 'pv', 'name': n, 'uuid': r['uuid']},
                'b_info': {'max_vcpus': r.get('vcpus', 1), 'max_memkb': r['memoryMiB'] * 1024,
                           'target_memkb': r['memoryMiB'] * 1024},
                'disks': [{'pdev_path': r.get('disk'), 'vdev': 'xvda', 'format': 'raw', 'readwrite': 1}]}})
        print(json.dumps(res, indent=4))
        return
    lines = ['Name                                        ID   Mem VCPUs\tState\tTime(s)']
    now = labcore.now_ms()
    if not pos or pos[0] in ('0', 'Domain-0'):
        lines.append('%-40s %5d %5d %5d     %s  %8.1f' % ('Domain-0', 0, DOM0_MIB, h.info.get('cpus', 8), 'r-----',
                                                          max(0, now - h.info.get('bootMs', now)) / 1000.0 * 0.05))
    for n, r in doms:
        lines.append('%-40s %5d %5d %5d     %s  %8.1f' % (n, r['id'], r['memoryMiB'], r.get('vcpus', 1),
                                                          XL_FLAGS[r.get('state', 'running')],
                                                          max(0, now - r['since']) / 1000.0 * 0.01))
    sys.stdout.write('\n'.join(lines) + '\n')


def cmd_info(h, args):
    run = h.load_run()
    free = h.ram - h.used_mib(run)
    cpus = h.info.get('cpus', 8)
    rows = [('host', h.name), ('release', '6.1.0-18-amd64'), ('version', '#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1'),
            ('machine', 'x86_64'), ('nr_cpus', cpus), ('max_cpu_id', cpus - 1), ('nr_nodes', 1),
            ('cores_per_socket', cpus), ('threads_per_core', 1), ('cpu_mhz', '2400.000'),
            ('virt_caps', 'pv hvm hap shadow'), ('total_memory', h.ram), ('free_memory', free),
            ('sharing_freed_memory', 0), ('sharing_used_memory', 0), ('outstanding_claims', 0), ('free_cpus', 0),
            ('xen_major', 4), ('xen_minor', 17), ('xen_extra', '.3'), ('xen_version', '4.17.3'),
            ('xen_caps', 'xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64'),
            ('xen_scheduler', 'credit2'), ('xen_pagesize', 4096), ('platform_params', 'virt_start=0xffff800000000000'),
            ('xen_changeset', ''), ('xen_commandline', 'placeholder dom0_mem=%dM,max:%dM' % (DOM0_MIB, DOM0_MIB)),
            ('cc_compiler', 'x86_64-linux-gnu-gcc (Debian 12.2.0-14) 12.2.0'), ('xend_config_format', 4)]
    sys.stdout.write(''.join('%-23s: %s\n' % (k, v) for k, v in rows))


def cmd_create(h, args):
    pos = [a for a in args if not a.startswith('-')]
    if not pos:
        die('xl create: missing config file')
    path = pos[0]
    if not os.path.isabs(path) and not os.path.exists(path):
        path = os.path.join(os.environ.get('XEN_CONFIG_DIR', h.defdir), path)
    sys.stderr.write('Parsing config from %s\n' % pos[0])
    try:
        text = labcore.read_input(path)
        d = labcore.parse_xl_cfg(text)
    except (OSError, ValueError) as e:
        die('Failed to parse config: %s' % e)
    h.lock()
    run = h.load_run()
    if d['name'] in run['running']:
        die('libxl: error: libxl_create.c:720:libxl__domain_make: Domain %d:domain with name "%s" already exists.\n'
            'libxl: error: libxl_create.c:1264:initiate_domain_create: cannot make domain: -6'
            % (run['running'][d['name']]['id'], d['name']), 3)
    if d.get('disk') and not os.path.exists(d['disk']):
        die('libxl: error: libxl_device.c:1109:device_backend_callback: unable to add device with path %s' % d['disk'], 3)
    try:
        h.start(run, d, transient_text=text)
    except MemoryError as e:
        die('libxl: error: libxl_mem.c:289:libxl__fill_dom0_memory_info: %s\n'
            'libxl: error: libxl_create.c:1270:initiate_domain_create: failed to free memory for the domain' % e, 3)


def cmd_destroy(h, args, msg=None):
    pos = [a for a in args if not a.startswith('-')]
    if not pos:
        die('xl: missing domain')
    h.lock()
    run = h.load_run()
    n, r = find_running(run, pos[0])
    if not n:
        die('%s is an invalid domain identifier (rc=-6)' % pos[0])
    if msg:
        sys.stderr.write(msg % r['id'] + '\n')
    h.stop(run, n)


def cmd_domid(h, args):
    run = h.load_run()
    ref = (args or [''])[-1]
    if ref == 'Domain-0':
        print(0)
        return
    n, r = find_running(run, ref)
    if not n:
        die("Can't get domid of domain name '%s', maybe this domain does not exist." % ref)
    print(r['id'])


def cmd_domname(h, args):
    run = h.load_run()
    ref = (args or [''])[-1]
    if ref == '0':
        print('Domain-0')
        return
    n, r = find_running(run, ref)
    if not n or str(r['id']) != ref:
        die("Can't get domain with domid %s, maybe this domain does not exist." % ref)
    print(n)


def cmd_migrate(h, args):
    """`xl migrate [-s SSHCOMMAND] DOMAIN [USER@]HOST`: the lab's live migration to the lab host that SSHCOMMAND's
    `-p PORT` (default 22) and HOST name (labcore.migrate)."""
    ssh, pos, i = 'ssh', [], 0
    while i < len(args):
        if args[i] == '-s' and i + 1 < len(args):
            ssh = args[i + 1]
            i += 2
            continue
        if not args[i].startswith('-'):
            pos.append(args[i])
        i += 1
    if len(pos) != 2:
        die('Usage: xl migrate [options] <Domain> <host>')
    words = ssh.split()
    port = words[words.index('-p') + 1] if '-p' in words[:-1] else '22'
    address = pos[1].split('@')[-1]
    run = h.load_run()
    n, r = find_running(run, pos[0])
    if not n:
        die('%s is an invalid domain identifier (rc=-6)' % pos[0])
    dst, why = labcore.host_at(h.lab, address, port)
    if dst is None:
        die('ssh: connect to host %s port %s: %s\nmigration sender: Target has stopped (rc=-3)' % (address, port, why), 1)
    try:
        labcore.migrate(h, dst, n)
    except (ValueError, MemoryError) as e:
        die('migration target: %s\nmigration sender: Target reported failure (rc=-3)' % e)
    print('migration sender: Migration successful.')


COMMANDS = {'list': cmd_list, 'info': cmd_info, 'create': cmd_create, 'destroy': cmd_destroy,
            'shutdown': lambda h, a: cmd_destroy(h, a, 'Shutting down domain %d'), 'domid': cmd_domid,
            'domname': cmd_domname, 'migrate': cmd_migrate}


def main(argv):
    argv = [a for a in argv if a not in ('-v', '-N', '-f')]
    if not argv or argv[0] in ('-h', '--help', 'help'):
        print('Usage: xl [-vfN] <subcommand> [args]\n(ferry lab shim) subcommands: ' + ' '.join(sorted(COMMANDS)))
        return 0
    fn = COMMANDS.get(argv[0])
    if fn is None:
        die("command not implemented: '%s'" % argv[0])
    h = labcore.Host.from_env()
    if h.type != 'xen':
        die('xc: error: Could not obtain handle on privileged command interface (2 = No such file or directory)')
    fn(h, argv[1:])
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
