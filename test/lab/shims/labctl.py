#!/usr/bin/python3 -IS
"""Ferry lab: state helper called by the Node lab CLI (not on the hosts' PATH).

  labctl.py init LABDIR        < spec.json   create hosts, definitions, shared disks; start every system
  labctl.py stop-all LABDIR HOST...          mark every running system of the hosts stopped (crash/power-off)
  labctl.py systems LABDIR                   print [{name, host, state, memoryMiB}] for every definition
  labctl.py add-system LABDIR HOST NAME MIB STATE   define a system (any legal name) running, stopped, paused or
                                             crashed (the last two hold their memory; crashed: KVM and Xen)
"""
import json
import os
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))
import labcore  # noqa: E402


def kvm_xml(s, shared):
    return """<domain type='kvm'>
  <name>{name}</name>
  <uuid>{uuid}</uuid>
  <memory unit='KiB'>{kib}</memory>
  <currentMemory unit='KiB'>{kib}</currentMemory>
  <vcpu placement='static'>{vcpus}</vcpu>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
    <boot dev='hd'/>
  </os>
  <features>
    <acpi/>
    <apic/>
  </features>
  <cpu mode='host-passthrough' check='none' migratable='on'/>
  <clock offset='utc'/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='{disk}'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <interface type='bridge'>
      <mac address='{mac}'/>
      <source bridge='br0'/>
      <model type='virtio'/>
    </interface>
    <console type='pty'/>
  </devices>
</domain>
""".format(name=escape(s['name']), uuid=s['uuid'], kib=s['memoryMiB'] * 1024, vcpus=s.get('vcpus', 1),
           disk=s['disk'], mac=s['mac'])


def xen_cfg(s):
    return """# Xen domain config (ferry lab)
name = "{name}"
uuid = "{uuid}"
type = "pv"
kernel = "/usr/lib/grub-xen/grub-x86_64-xen.bin"
memory = {mem}
maxmem = {mem}
vcpus = {vcpus}
disk = [ 'format=raw, vdev=xvda, access=rw, target={disk}' ]
vif = [ 'mac={mac},bridge=xenbr0' ]
on_poweroff = "destroy"
on_reboot = "restart"
on_crash = "restart"
""".format(name=s['name'], uuid=s['uuid'], mem=s['memoryMiB'], vcpus=s.get('vcpus', 1), disk=s['disk'], mac=s['mac'])


def vz_conf(s):
    pages = s['memoryMiB'] * 256
    return """# OpenVZ container config (ferry lab)
ONBOOT="no"
PHYSPAGES="0:{pages}"
SWAPPAGES="0:0"
DISKSPACE="10485760:11534336"
DISKINODES="655360:720896"
CPUUNITS="1000"
CPUS="{vcpus}"
VE_ROOT="/vz/root/$VEID"
VE_PRIVATE="{disk}"
OSTEMPLATE="debian-12.0-x86_64-minimal"
ORIGIN_SAMPLE="vswap-{mem}m"
NAME="{name}"
HOSTNAME="{name}"
IP_ADDRESS="{ip}"
NAMESERVER="10.0.0.1"
""".format(pages=pages, vcpus=s.get('vcpus', 1), disk=s['disk'], mem=s['memoryMiB'], name=s['name'], ip=s['ip'])


def init(lab, spec):
    shared = spec['sharedDir']
    os.makedirs(shared, exist_ok=True)
    t = spec['type']
    events = []
    for hs in spec['hosts']:
        hdir = os.path.join(lab, 'hosts', hs['name'])
        defdir = os.path.join(hdir, labcore.DEF_DIRS[t])
        os.makedirs(defdir, exist_ok=True)
        info = {'name': hs['name'], 'type': t, 'ramMiB': hs['ramMiB'], 'cpus': hs.get('cpus', 8),
                'bootMs': labcore.now_ms()}
        labcore.write_atomic(os.path.join(hdir, 'host.json'), json.dumps(info))
        h = labcore.Host(lab, hs['name'])
        run = {'nextId': 1, 'running': {}, 'defs': []}
        for s in hs['systems']:
            if t == 'openvz':
                s['disk'] = os.path.join(shared, 'private', str(s['ctid']))
                os.makedirs(s['disk'], exist_ok=True)
                path, text = os.path.join(defdir, '%d.conf' % s['ctid']), vz_conf(s)
            else:
                s['disk'] = os.path.join(shared, s['name'] + ('.qcow2' if t == 'kvm' else '.img'))
                open(s['disk'], 'a').close()
                path = os.path.join(defdir, s['name'] + ('.xml' if t == 'kvm' else '.cfg'))
                text = kvm_xml(s, shared) if t == 'kvm' else xen_cfg(s)
            labcore.write_atomic(path, text)
            if t == 'kvm':
                run['defs'].append(s['name'])
            d = {'name': s['name'], 'uuid': s['uuid'], 'memoryMiB': s['memoryMiB'], 'vcpus': s.get('vcpus', 1),
                 'disk': s['disk']}
            if t == 'openvz':
                d.update(ctid=s['ctid'], hostname=s['name'], ip=s['ip'])
            if s.get('running', True):
                e = h.start(run, d, save=False, log=False)
                events.append(labcore.history_line(d['name'], h.name, 'start', e['since']))
        h.save_run(run)
    if events:
        labcore.append_history(lab, None, None, None, lines=''.join(events))


STATES = {'kvm': ('running', 'stopped', 'paused', 'crashed'), 'xen': ('running', 'stopped', 'paused', 'crashed'),
          'openvz': ('running', 'stopped')}


def add_system(lab, host, name, mib, state):
    """Writes the definition of a new system on `host` and starts it in `state` (unless stopped); prints it."""
    h = labcore.Host(lab, host)
    if state not in STATES[h.type]:
        raise SystemExit('ferry-lab: a %s system cannot be %s (states: %s)' % (h.type, state, ', '.join(STATES[h.type])))
    if not name or '/' in name or '\n' in name or name != name.strip():
        raise SystemExit('ferry-lab: %r is not a system name the tools accept' % name)
    if h.type != 'kvm' and '"' in name:
        raise SystemExit('ferry-lab: %r: a name in an xl cfg or a CT conf cannot hold a double quote' % name)
    shared = os.path.join(lab, 'shared')
    h.lock()
    run = h.load_run()
    every = [labcore.Host(lab, n) for n in sorted(os.listdir(os.path.join(lab, 'hosts')))]
    if any(name in x.definitions() or name in x.load_run()['running'] for x in every):
        raise SystemExit('ferry-lab: a system %r already exists in this lab' % name)
    uid = labcore.new_uuid()
    s = {'name': name, 'uuid': uid, 'memoryMiB': mib, 'vcpus': 1, 'mac': '52:54:00:%s:%s:%s' % (uid[0:2], uid[2:4], uid[4:6])}
    if h.type == 'openvz':
        ctids = [d['ctid'] for x in every for d in x.definitions().values()]
        s['ctid'] = max(ctids + [100]) + 1
        s['ip'] = '10.0.%d.%d' % (s['ctid'] >> 8 & 255, s['ctid'] & 255)
        s['disk'] = os.path.join(shared, 'private', str(s['ctid']))
        os.makedirs(s['disk'], exist_ok=True)
        path, text = os.path.join(h.defdir, '%d.conf' % s['ctid']), vz_conf(s)
    else:
        s['disk'] = os.path.join(shared, uid + ('.qcow2' if h.type == 'kvm' else '.img'))
        open(s['disk'], 'a').close()
        path = os.path.join(h.defdir, name + ('.xml' if h.type == 'kvm' else '.cfg'))
        text = kvm_xml(s, shared) if h.type == 'kvm' else xen_cfg(s)
    os.makedirs(h.defdir, exist_ok=True)
    labcore.write_atomic(path, text)
    if h.type == 'kvm':
        run['defs'].append(name)
    d = (labcore.parse_kvm_xml(text) if h.type == 'kvm' else labcore.parse_xl_cfg(text) if h.type == 'xen'
         else labcore.parse_vz_conf(text, s['ctid']))
    if state != 'stopped':
        try:
            h.start(run, d, save=False, state=state)
        except MemoryError as e:
            os.unlink(path)
            raise SystemExit('ferry-lab: %s' % e)
    h.save_run(run)
    json.dump({'name': name, 'host': host, 'state': state, 'memoryMiB': mib}, sys.stdout)
    sys.stdout.write('\n')


def stop_all(lab, hosts):
    for name in hosts:
        h = labcore.Host(lab, name)
        h.lock()
        run = h.load_run()
        for n in sorted(run['running']):
            h.stop(run, n)
        os.close(h._lockfd)


def systems(lab):
    res = []
    hosts_dir = os.path.join(lab, 'hosts')
    for name in sorted(os.listdir(hosts_dir)):
        h = labcore.Host(lab, name)
        run = h.load_run()
        defs = h.definitions()
        for n in sorted(set(defs) | set(run['running'])):
            r = run['running'].get(n)
            res.append({'name': n, 'host': name, 'state': r.get('state', 'running') if r else 'stopped',
                        'memoryMiB': (r or defs.get(n))['memoryMiB']})
    json.dump(res, sys.stdout)
    sys.stdout.write('\n')


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    cmd, lab = argv[0], argv[1]
    if cmd == 'init':
        init(lab, json.load(sys.stdin))
    elif cmd == 'stop-all':
        stop_all(lab, argv[2:])
    elif cmd == 'systems':
        systems(lab)
    elif cmd == 'add-system' and len(argv) == 6:
        add_system(lab, argv[2], argv[3], int(argv[4]), argv[5])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
