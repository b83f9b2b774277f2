#!/usr/bin/python3 -IS
"""Ferry lab: `vzlist` shim emulating OpenVZ vzctl 4.x vzlist for one lab OpenVZ host.

Containers are the $VZ_CONF_DIR/CTID.conf files of the lab host; memory comes from PHYSPAGES (4 KiB pages).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))
import labcore  # noqa: E402

# field -> (header, width, right-aligned)
FIELDS = {'ctid': ('CTID', 10, True), 'veid': ('CTID', 10, True), 'nproc': ('NPROC', 10, True),
          'status': ('STATUS', 9, False), 'ip': ('IP_ADDR', 15, False), 'hostname': ('HOSTNAME', 32, False),
          'name': ('NAME', 32, False), 'physpages': ('PHYSPAGES', 10, True), 'physpages.m': ('PHYSPAGES.M', 11, True),
          'physpages.b': ('PHYSPAGES.B', 11, True), 'physpages.l': ('PHYSPAGES.L', 11, True),
          'physpages.f': ('PHYSPAGES.F', 11, True), 'swappages': ('SWAPPAGES', 10, True),
          'onboot': ('ONBOOT', 6, False), 'uptime': ('UPTIME', 10, True)}
DEFAULT = ['ctid', 'nproc', 'status', 'ip', 'hostname']


def value(field, ct, r, now):
    pages = ct['memoryMiB'] * 256
    if field in ('ctid', 'veid'):
        return str(ct['ctid'])
    if field == 'nproc':
        return '12' if r else '-'
    if field == 'status':
        return 'running' if r else 'stopped'
    if field == 'ip':
        return ct.get('ip') or '-'
    if field == 'hostname':
        return ct.get('hostname') or '-'
    if field == 'name':
        return ct['name']
    if field in ('physpages', 'physpages.m'):
        return str(pages) if r else '-'
    if field == 'physpages.b':
        return '0'
    if field == 'physpages.l':
        return str(pages)
    if field in ('physpages.f', 'swappages'):
        return '0' if r else '-'
    if field == 'onboot':
        return 'no'
    if field == 'uptime':
        return '%.3f' % ((now - r['since']) / 1000.0) if r else '-'
    return '-'


def main(argv):
    show = 'running'
    header, as_json, fields, ids = True, False, list(DEFAULT), []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ('-a', '--all'):
            show = 'all'
        elif a in ('-S', '--stopped'):
            show = 'stopped'
        elif a in ('-H', '--no-header'):
            header = False
        elif a in ('-j', '--json'):
            as_json = True
        elif a in ('-1', '--ctid-only'):
            fields, header = ['ctid'], False
        elif a in ('-o', '--output'):
            i += 1
            fields = (argv[i] if i < len(argv) else '').split(',')
        elif a.startswith('-o'):
            fields = a[2:].split(',')
        elif a in ('-h', '--help'):
            print('Usage: vzlist [-a|-S] [-H] [-j] [-1] [-o field[,field...]] [CTID ...]\n(ferry lab shim) fields: '
                  + ' '.join(FIELDS))
            return 0
        elif a.startswith('-'):
            sys.stderr.write('vzlist: invalid option -- %r\n' % a)
            return 1
        else:
            ids.append(a)
        i += 1
    for f in fields:
        if f not in FIELDS:
            sys.stderr.write('Unknown field: %s\n' % f)
            return 1
    h = labcore.Host.from_env()
    run = h.load_run()
    now = labcore.now_ms()
    cts = sorted(h.definitions().values(), key=lambda c: c['ctid'])
    if ids:
        cts = [c for c in cts if str(c['ctid']) in ids or c['name'] in ids]
        if not cts:
            sys.stderr.write('Container(s) not found\n')
            return 1
        show = 'all'
    rows = []
    for ct in cts:
        r = run['running'].get(ct['name'])
        if (show == 'running' and not r) or (show == 'stopped' and r):
            continue
        rows.append((ct, r))
    if as_json:
        res = []
        for ct, r in rows:
            pages = ct['memoryMiB'] * 256
            res.append({'ctid': ct['ctid'], 'name': ct['name'], 'hostname': ct.get('hostname'),
                        'status': 'running' if r else 'stopped', 'ip': [ct['ip']] if ct.get('ip') not in (None, '-') else [],
                        'physpages': {'held': pages if r else 0, 'maxheld': pages if r else 0, 'barrier': 0,
                                      'limit': pages, 'failcnt': 0}})
        print(json.dumps(res, indent=2))
        return 0
    if not rows and not header:
        return 0
    if not rows:
        sys.stderr.write('Container(s) not found\n')
        return 1

    def fmt(cells):
        parts = []
        for f, c in zip(fields, cells):
            _, w, right = FIELDS[f]
            parts.append(c.rjust(w) if right else c.ljust(w))
        return ' '.join(parts).rstrip()
    out = [fmt([FIELDS[f][0] for f in fields])] if header else []
    out += [fmt([value(f, ct, r, now) for f in fields]) for ct, r in rows]
    sys.stdout.write('\n'.join(out) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
