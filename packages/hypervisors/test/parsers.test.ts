// Parser unit tests on fixture texts in the documented formats of free, /proc/loadavg, virsh, xl and vzlist.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  UnexpectedOutputError,
  parseFreeM,
  parseLoadavg,
  parseVirshList,
  parseLibvirtMemoryMiB,
  parseXlList,
  parseXlInfo,
  parseXlCfg,
  parseVzlist,
  parseVzConfMemoryMiB,
  hashDefinition,
} from '../src/index.js';

const FREE_NEW = `               total        used        free      shared  buff/cache   available
Mem:            7822        2436         817         498        4568        4587
Swap:           2047           0        2047
`;
const FREE_OLD = `             total       used       free     shared    buffers     cached
Mem:          7872       7436        435          0        201       3848
-/+ buffers/cache:       3387       4484
Swap:         2047          0       2047
`;

test('free -m, procps-ng layout: total and available', () => {
  assert.equal(parseFreeM(FREE_NEW), { totalMiB: 7822, freeMiB: 817, availableMiB: 4587 });
});

test('free -m, old layout: available from the -/+ buffers/cache row', () => {
  assert.equal(parseFreeM(FREE_OLD), { totalMiB: 7872, freeMiB: 435, availableMiB: 4484 });
});

test('free -m garbage is UnexpectedOutputError naming the command', () => {
  try {
    parseFreeM('free: command not found');
    assert.unreachable();
  } catch (e) {
    assert.instance(e, UnexpectedOutputError);
    assert.match((e as Error).message, /free -m/);
    assert.match((e as Error).message, /command not found/);
  }
});

test('/proc/loadavg', () => {
  assert.is(parseLoadavg('0.20 0.18 0.12 1/80 11206\n'), 0.2);
  assert.is(parseLoadavg('12.50 3.00 1.00 2/300 1\n'), 12.5);
  assert.throws(() => parseLoadavg('hello'), (e: unknown) => e instanceof UnexpectedOutputError);
});

const VIRSH_LIST = ` Id   Name        State
----------------------------
 1    web1        running
 7    db-1.prod   paused
 -    old         shut off

`;
const VIRSH_LIST_OLD = ` Id    Name                           State
----------------------------------------------------
 1     Ubuntu                         running
 -     CentOS6.4                      shut off
`;

test('virsh list --all, current and old column widths', () => {
  assert.equal(parseVirshList(VIRSH_LIST), [
    { id: 1, name: 'web1', state: 'running' },
    { id: 7, name: 'db-1.prod', state: 'paused' },
    { id: null, name: 'old', state: 'shut off' },
  ]);
  assert.equal(parseVirshList(VIRSH_LIST_OLD).map((r) => r.name), ['Ubuntu', 'CentOS6.4']);
  assert.equal(parseVirshList(' Id   Name   State\n--------------------\n\n'), []);
});

test('virsh list: unknown state and missing header are errors', () => {
  assert.throws(() => parseVirshList(' Id   Name   State\n------------\n 1  a  exploded\n'), (e: unknown) => e instanceof UnexpectedOutputError);
  assert.throws(() => parseVirshList('error: failed to connect to the hypervisor\n'), /virsh list --all/);
});

test('libvirt <memory> with units', () => {
  assert.is(parseLibvirtMemoryMiB("<domain type='kvm'><name>a</name><memory unit='KiB'>1048576</memory></domain>"), 1024);
  assert.is(parseLibvirtMemoryMiB('<domain><memory>2097152</memory></domain>'), 2048);
  assert.is(parseLibvirtMemoryMiB("<domain><memory unit='GiB'>4</memory></domain>"), 4096);
  assert.is(parseLibvirtMemoryMiB('<domain><memory unit="MiB">512</memory></domain>'), 512);
  assert.throws(() => parseLibvirtMemoryMiB('<domain/>'), (e: unknown) => e instanceof UnexpectedOutputError);
});

const XL_LIST = `Name                                        ID   Mem VCPUs\tState\tTime(s)
Domain-0                                     0  1024     2     r-----     123.4
web1                                         3  1024     1     -b----      12.3
crashy                                       5   512     1     ----c-       1.0
`;

test('xl list', () => {
  const rows = parseXlList(XL_LIST);
  assert.equal(rows.map((r) => [r.name, r.id, r.memMiB, r.flags]), [
    ['Domain-0', 0, 1024, 'r-----'],
    ['web1', 3, 1024, '-b----'],
    ['crashy', 5, 512, '----c-'],
  ]);
  assert.throws(() => parseXlList('ERROR:  Can\'t get domain info'), (e: unknown) => e instanceof UnexpectedOutputError);
});

const XL_INFO = `host                   : xenhost1
release                : 5.10.0-21-amd64
nr_cpus                : 4
total_memory           : 8192
free_memory            : 6144
sharing_freed_memory   : 0
xen_major              : 4
`;

test('xl info total_memory / free_memory', () => {
  assert.equal(parseXlInfo(XL_INFO), { totalMiB: 8192, freeMiB: 6144 });
  assert.throws(() => parseXlInfo('host : x\n'), /total_memory/);
});

test('xl cfg name and memory', () => {
  assert.equal(parseXlCfg('name = "web1"\nmemory = 1024\nvcpus = 2\ndisk = [ "phy:/dev/vg/web1,xvda,w" ]\n'), { name: 'web1', memoryMiB: 1024 });
  assert.equal(parseXlCfg("name='x'\n"), { name: 'x' });
});

const VZLIST = `      CTID      NPROC STATUS    IP_ADDR         HOSTNAME
       101         18 running   10.0.0.101      ct101.example.com
       102          - stopped   10.0.0.102      ct102
       103          - mounted   -               -
`;

test('vzlist -a', () => {
  assert.equal(parseVzlist(VZLIST).map((r) => [r.ctid, r.nproc, r.status, r.ipAddr, r.hostname]), [
    ['101', 18, 'running', '10.0.0.101', 'ct101.example.com'],
    ['102', null, 'stopped', '10.0.0.102', 'ct102'],
    ['103', null, 'mounted', '-', '-'],
  ]);
  assert.equal(parseVzlist('Container(s) not found\n'), []);
  assert.throws(() => parseVzlist('vzlist: command not found\n'), (e: unknown) => e instanceof UnexpectedOutputError);
});

test('OpenVZ conf memory: PHYSPAGES pages, suffixes, PRIVVMPAGES fallback', () => {
  assert.is(parseVzConfMemoryMiB('PHYSPAGES="0:262144"\n'), 1024);
  assert.is(parseVzConfMemoryMiB('PHYSPAGES="0:2048M"\n'), 2048);
  assert.is(parseVzConfMemoryMiB('PHYSPAGES="0:1G"\n'), 1024);
  assert.is(parseVzConfMemoryMiB('PHYSPAGES="0:9223372036854775807"\nPRIVVMPAGES="65536:69632"\n'), 272);
  assert.is(parseVzConfMemoryMiB('HOSTNAME="x"\n'), undefined);
});

test('definition hash ignores trailing newlines only', () => {
  assert.is(hashDefinition('a\n'), hashDefinition('a'));
  assert.is(hashDefinition('a\n\n'), hashDefinition('a\n'));
  assert.is.not(hashDefinition('a '), hashDefinition('a'));
});

test.run();
