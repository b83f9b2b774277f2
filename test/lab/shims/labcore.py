"""Ferry lab: per-host state shared by the hypervisor CLI shims and labctl.

A lab host lives in $FERRY_LAB_DIR/hosts/<host>/:
  host.json   static facts {name, type, ramMiB, cpus}
  run.tab     runtime {nextId, running: {name: {...}}, defs: [name]} as tab-separated lines (see RUN_FIELDS),
              so that labfast.awk reads the same state; replaced atomically (write + rename). `defs` lists the
              persistent KVM domains (libvirtd's list; their XML is etc/libvirt/qemu/NAME.xml). A running entry's
              `state` is running, paused or crashed (all hold their memory)
  node.xml    KVM only: every domain with its <test:runstate>, the file libvirt's test driver reads, so that the
              real virsh answers every read command (`virsh -c test:///.../node.xml`); rewritten with run.tab
  lock        flock(2) target serialising read-modify-write of run.tab
  etc/...     definitions: libvirt XML (kvm), xl.cfg (xen), CTID.conf (openvz)
Every start/stop is appended (O_APPEND, one JSON line) to $FERRY_LAB_DIR/history.jsonl.
"""
import fcntl
import json
import os
import re
import sys
import time
import xml.etree.ElementTree as ET

DEF_DIRS = {'kvm': 'etc/libvirt/qemu', 'xen': 'etc/xen', 'openvz': 'etc/vz/conf'}
UNIT_MIB = {'b': 1.0 / 1048576, 'bytes': 1.0 / 1048576, 'k': 1.0 / 1024, 'kib': 1.0 / 1024, 'kb': 1000.0 / 1048576,
            'm': 1, 'mib': 1, 'mb': 1e6 / 1048576, 'g': 1024, 'gib': 1024, 'gb': 1e9 / 1048576,
            't': 1048576, 'tib': 1048576}


RUN_FIELDS = ('id', 'since', 'memoryMiB', 'vcpus', 'uuid', 'ctid', 'hostname', 'ip', 'disk', 'state')
# States of a system that holds its memory (a run.tab entry), and libvirt's numbers for them (virDomainState).
RUN_STATES = ('running', 'paused', 'crashed')
TEST_NS = 'http://libvirt.org/schemas/domain/test/1.0'
RUNSTATE = {'running': '1', 'paused': '3', 'crashed': '6', 'stopped': '5'}
INT_FIELDS = ('id', 'since', 'memoryMiB', 'vcpus', 'ctid')


def now_ms():
    """Wall clock in ms; FERRY_LAB_NOW_MS pins it (tests comparing time-dependent output)."""
    pinned = os.environ.get('FERRY_LAB_NOW_MS')
    return int(pinned) if pinned else int(time.time() * 1000)


def to_mib(value, unit='KiB'):
    """Converts a number with a libvirt-style unit to whole MiB."""
    factor = UNIT_MIB.get((unit or 'KiB').lower())
    if factor is None:
        raise ValueError('unknown memory unit %r' % unit)
    return int(round(float(value) * factor))


def write_atomic(path, text):
    tmp = '%s.%d.tmp' % (path, os.getpid())
    with open(tmp, 'w') as f:
        f.write(text)
    os.replace(tmp, path)


def history_line(system, host, event, t=None):
    return json.dumps({'t': t if t is not None else now_ms(), 'system': system, 'host': host, 'event': event},
                      separators=(',', ':')) + '\n'


def append_history(lab, system, host, event, t=None, lines=None):
    """Appends start/stop events to the lab's run history (one O_APPEND write: lines never interleave)."""
    line = lines if lines is not None else history_line(system, host, event, t)
    fd = os.open(os.path.join(lab, 'history.jsonl'), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode())
    finally:
        os.close(fd)


# ---- definition parsing -------------------------------------------------------------------------

def parse_kvm_xml(text):
    """Name, uuid, memory, vcpus and disk of a libvirt domain XML (read with an XML parser, as libvirt does)."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as e:
        raise ValueError('(domain_definition):%s' % e)
    name = (root.findtext('name') or '').strip() if root.tag == 'domain' else ''
    if not name:
        raise ValueError("missing element 'name' in domain XML")
    if '/' in name:
        raise ValueError("name %s cannot contain '/'" % name)
    d = {'name': name, 'uuid': (root.findtext('uuid') or '').strip() or None}
    mem = root.find('memory')
    if mem is None or not (mem.text or '').strip().isdigit():
        raise ValueError("missing element 'memory' in domain XML")
    d['memoryMiB'] = to_mib(mem.text.strip(), mem.get('unit') or 'KiB')
    vcpu = (root.findtext('vcpu') or '').strip()
    d['vcpus'] = int(vcpu) if vcpu.isdigit() else 1
    src = root.find('devices/disk/source')
    d['disk'] = src.get('file') if src is not None else None
    return d


def node_xml(domains, ram_mib=None, cpus=8):
    """libvirt test driver node file: [(domain XML text, state)] -> text, each domain with its <test:runstate>; with
    `ram_mib` the node's CPUs and memory too (what `virsh nodeinfo` prints)."""
    ET.register_namespace('test', TEST_NS)
    node = ET.Element('node')
    if ram_mib is not None:
        cpu = ET.SubElement(node, 'cpu')
        for k, v in (('nodes', 1), ('sockets', 1), ('cores', cpus), ('threads', 1), ('active', cpus), ('mhz', 2400),
                     ('model', 'x86_64')):
            ET.SubElement(cpu, k).text = str(v)
        ET.SubElement(node, 'memory').text = str(ram_mib * 1024)
    for text, state in domains:
        dom = ET.fromstring(text)
        for old in dom.findall('{%s}runstate' % TEST_NS):
            dom.remove(old)
        ET.SubElement(dom, '{%s}runstate' % TEST_NS).text = RUNSTATE[state]
        node.append(dom)
    return ET.tostring(node, encoding='unicode') + '\n'


def parse_xl_cfg(text):
    kv = {}
    for line in text.splitlines():
        line = line.split('#', 1)[0].strip()
        if '=' in line:
            k, v = line.split('=', 1)
            kv[k.strip()] = v.strip()
    name = kv.get('name', '').strip('"\'')
    if not name:
        raise ValueError('domain config has no name')
    mem = kv.get('memory') or kv.get('maxmem') or '128'
    m = re.search(r'(?:file:|target=)([^,\'"\]]+)', kv.get('disk', ''))
    return {'name': name, 'uuid': kv.get('uuid', '').strip('"\'') or None, 'memoryMiB': int(mem.strip('"\'')),
            'vcpus': int(kv.get('vcpus', '1').strip('"\'')), 'disk': m.group(1).strip() if m else None}


def parse_pages(value):
    """PHYSPAGES-style 'barrier:limit' (4 KiB pages, or with K/M/G suffix) -> limit in MiB."""
    lim = value.split(':')[-1].strip()
    m = re.fullmatch(r'(\d+)([KMGkmg]?)', lim)
    if not m:
        return 0
    n, suf = int(m.group(1)), m.group(2).upper()
    if suf == 'K':
        return n // 1024
    if suf == 'M':
        return n
    if suf == 'G':
        return n * 1024
    return n * 4 // 1024


def parse_vz_conf(text, ctid):
    kv = {}
    for line in text.splitlines():
        m = re.match(r'\s*([A-Z_0-9]+)\s*=\s*"?([^"]*)"?\s*$', line)
        if m:
            kv[m.group(1)] = m.group(2)
    name = kv.get('NAME') or kv.get('HOSTNAME') or str(ctid)
    priv = kv.get('VE_PRIVATE', '').replace('$VEID', str(ctid)).replace('${VEID}', str(ctid))
    return {'name': name, 'ctid': int(ctid), 'uuid': None, 'memoryMiB': parse_pages(kv.get('PHYSPAGES', '0:0')),
            'vcpus': int(kv.get('CPUS', '1') or 1), 'hostname': kv.get('HOSTNAME', '-') or '-',
            'ip': (kv.get('IP_ADDRESS', '').split() or ['-'])[0], 'disk': priv or None}


# ---- host ---------------------------------------------------------------------------------------

class Host:
    """One lab host: its static facts, definitions, runtime state and lock."""

    def __init__(self, lab, name):
        self.lab = lab
        self.name = name
        self.dir = os.path.join(lab, 'hosts', name)
        try:
            with open(os.path.join(self.dir, 'host.json')) as f:
                self.info = json.load(f)
        except FileNotFoundError:
            raise SystemExit('ferry-lab: no lab host %r in %s' % (name, lab))
        self.type = self.info['type']
        self.ram = int(self.info['ramMiB'])
        self.defdir = os.path.join(self.dir, DEF_DIRS[self.type])
        self._lockfd = None

    @staticmethod
    def from_env():
        lab = os.environ.get('FERRY_LAB_DIR')
        host = os.environ.get('FERRY_LAB_HOST')
        if not lab or not host:
            sys.stderr.write('ferry-lab: FERRY_LAB_DIR/FERRY_LAB_HOST not set (run me in a lab SSH session)\n')
            sys.exit(1)
        return Host(lab, host)

    def lock(self):
        self._lockfd = os.open(os.path.join(self.dir, 'lock'), os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(self._lockfd, fcntl.LOCK_EX)

    def load_run(self):
        """Reads run.tab: `next N`, `run NAME <RUN_FIELDS>` ('' = absent), `text NAME LINE` (transient XML),
        `def NAME` (a persistent KVM domain)."""
        run = {'nextId': 1, 'running': {}, 'defs': []}
        try:
            lines = read(os.path.join(self.dir, 'run.tab')).split('\n')
        except FileNotFoundError:
            return run
        for line in lines:
            f = line.split('\t')
            if f[0] == 'next':
                run['nextId'] = int(f[1])
            elif f[0] == 'run':
                e = {k: (int(v) if k in INT_FIELDS else v) for k, v in zip(RUN_FIELDS, f[2:]) if v != ''}
                run['running'][f[1]] = e
            elif f[0] == 'def':
                run['defs'].append(f[1])
            elif f[0] == 'text':
                e, body = run['running'][f[1]], line.split('\t', 2)[2]
                e['text'] = e['text'] + '\n' + body if 'text' in e else body
        for e in run['running'].values():
            if 'text' in e:
                e['text'] += '\n'
        return run

    def save_run(self, run):
        out = ['next\t%d' % run['nextId']] + ['def\t%s' % n for n in run['defs']]
        for name, e in run['running'].items():
            out.append('\t'.join(['run', name] + [str(e.get(k, '')) for k in RUN_FIELDS]))
            text = e.get('text')
            if text is not None:
                body = text[:-1] if text.endswith('\n') else text
                out += ['text\t%s\t%s' % (name, line) for line in body.split('\n')]
        write_atomic(os.path.join(self.dir, 'run.tab'), '\n'.join(out) + '\n')
        if self.type == 'kvm':
            write_atomic(self.node_path(), self.node_text(run))

    def node_path(self):
        return os.path.join(self.dir, 'node.xml')

    def node_text(self, run):
        """The test driver's node file for this host's domains: definitions, then transient running ones."""
        doms, seen = [], set()
        for name, d in sorted(self.definitions(run).items()):
            r = run['running'].get(name)
            doms.append((read(d['path']), r.get('state', 'running') if r else 'stopped'))
            seen.add(name)
        for name, r in sorted(run['running'].items()):
            if name not in seen and r.get('text'):
                doms.append((r['text'], r.get('state', 'running')))
        return node_xml(doms, self.ram, int(self.info.get('cpus', 8)))

    def definitions(self, run=None):
        """All persistent definitions on this host: name -> dict (memoryMiB, vcpus, uuid, disk, path, ...).
        KVM: the domains run.tab lists (virsh define/undefine keep it); Xen, OpenVZ: the files in the directory."""
        out = {}
        try:
            files = ([n + '.xml' for n in (run or self.load_run())['defs']] if self.type == 'kvm'
                     else os.listdir(self.defdir))
        except FileNotFoundError:
            return out
        for fn in files:
            path = os.path.join(self.defdir, fn)
            try:
                if self.type == 'kvm' and fn.endswith('.xml'):
                    d = parse_kvm_xml(read(path))
                elif self.type == 'xen' and fn.endswith('.cfg'):
                    d = parse_xl_cfg(read(path))
                elif self.type == 'openvz' and re.fullmatch(r'\d+\.conf', fn):
                    d = parse_vz_conf(read(path), int(fn[:-5]))
                else:
                    continue
            except (ValueError, OSError):
                continue
            d['path'] = path
            out[d['name']] = d
        return out

    def used_mib(self, run):
        return sum(int(r['memoryMiB']) for r in run['running'].values())

    def start(self, run, d, transient_text=None, save=True, log=True, state='running'):
        """Marks d running, or paused / crashed: holding its memory (caller holds the lock); returns the new entry.
        Refuses if RAM is short."""
        free = self.ram - self.used_mib(run)
        if d['memoryMiB'] > free:
            raise MemoryError('not enough free memory: need %d MiB, %d MiB free' % (d['memoryMiB'], free))
        dom_id = run['nextId']
        run['nextId'] = dom_id + 1
        entry = {'id': dom_id, 'since': now_ms(), 'memoryMiB': d['memoryMiB'], 'vcpus': d.get('vcpus', 1),
                 'uuid': d.get('uuid') or new_uuid()}
        for k in ('ctid', 'hostname', 'ip', 'disk'):
            if d.get(k) is not None:
                entry[k] = d[k]
        if state != 'running':
            entry['state'] = state
        if transient_text is not None:
            entry['text'] = transient_text
        run['running'][d['name']] = entry
        if save:
            self.save_run(run)
        if log:
            append_history(self.lab, d['name'], self.name, 'start', entry['since'])
        return entry

    def stop(self, run, name):
        run['running'].pop(name, None)
        self.save_run(run)
        append_history(self.lab, name, self.name, 'stop')


def new_uuid():
    import uuid  # lazy: importing uuid costs ~6 ms per shim call
    return str(uuid.uuid4())


def read(path):
    with open(path) as f:
        return f.read()


def read_input(path):
    """Reads a definition file argument ('-' or /dev/stdin reads standard input)."""
    if path in ('-', '/dev/stdin'):
        return sys.stdin.read()
    return read(path)


# ---- live migration -----------------------------------------------------------------------------

def host_at(lab, address, port):
    """The lab host listening at address:port, or (None, why) when there is none or it is off (a live migration to
    it fails as the tool's connection would)."""
    with open(os.path.join(lab, 'lab.json')) as f:
        cfg = json.load(f)
    for h in cfg['hosts']:
        if int(h['port']) != int(port) or address not in (cfg.get('address', '127.0.0.1'), h.get('address'), 'localhost'):
            continue
        try:
            with open(os.path.join(lab, 'units', str(h['unit']), 'state.json')) as f:
                power = json.load(f).get('power', 'on')
        except (OSError, ValueError):
            power = 'on'
        if power != 'on':
            return None, 'Connection timed out' if power == 'partitioned' else 'Connection refused'
        return Host(lab, h['name']), None
    return None, 'Connection refused'


def migrate(src, dst, name):
    """Live-migrates running system `name` from host `src` to host `dst`, as the hypervisors' live migration does
    from the outside: memory is copied while it runs on `src`, then it is paused there and resumed on `dst`, so it
    never runs on both. Here the switch-over is one step under both hosts' locks: its definition file and its running
    entry (memory, uuid, disk) move to `dst`, and history.jsonl gets its stop on `src` and its start on `dst` at the
    same instant in one write. A KVM or OpenVZ definition moves with it; a Xen cfg does not (as with xl). Raises ValueError (not running on src, already on dst, disk missing) or MemoryError."""
    try:
        # Copying the memory takes a while (DIR/migrate-delay-ms, written by Lab.slowMigrations; none by default).
        time.sleep(int(read(os.path.join(src.lab, 'migrate-delay-ms'))) / 1000.0)
    except (OSError, ValueError):
        pass
    for h in sorted((src, dst), key=lambda x: x.name):
        h.lock()
    run_s, run_d = src.load_run(), dst.load_run()
    r = run_s['running'].get(name)
    d = src.definitions(run_s).get(name)
    if r is None:
        raise ValueError('domain is not running')
    if d is None:
        raise ValueError('domain %s has no persistent definition on %s' % (name, src.name))
    # libvirt (--persistent --undefinesource) and vzmigrate move the definition; xl sends the config in the stream
    # only, so a Xen cfg stays where it is (the caller puts one on the target and removes the source's).
    carries = src.type != 'xen'
    if name in run_d['running'] or (carries and name in dst.definitions(run_d)):
        raise ValueError("domain '%s' already exists on %s" % (name, dst.name))
    if d.get('disk') and not os.path.exists(d['disk']):
        raise ValueError("Cannot access storage file '%s' on %s: No such file or directory" % (d['disk'], dst.name))
    moved = dict(d, uuid=r.get('uuid') or d.get('uuid'), memoryMiB=int(r['memoryMiB']))
    t = now_ms()
    dst.start(run_d, moved, save=False, log=False)
    run_d['running'][name]['since'] = t
    if carries:
        os.makedirs(dst.defdir, exist_ok=True)
        write_atomic(os.path.join(dst.defdir, os.path.basename(d['path'])), read(d['path']))
    if src.type == 'kvm':
        run_d['defs'].append(name)
        run_s['defs'].remove(name)
    del run_s['running'][name]
    dst.save_run(run_d)
    src.save_run(run_s)
    if carries:
        os.unlink(d['path'])
    append_history(src.lab, None, None, None, lines=history_line(name, src.name, 'stop', t) + history_line(name, dst.name, 'start', t))
