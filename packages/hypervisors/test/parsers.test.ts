// Parser unit tests on fixture texts in the documented formats of free, /proc/loadavg, virsh, xl and vzlist.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  UnexpectedOutputError,
  parseFreeM,
  parseLoadavg,
  parseVirshUuids,
  parseLibvirtDomain,
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
  assert.throws(
    () => parseLoadavg('hello'),
    (e: unknown) => e instanceof UnexpectedOutputError,
  );
});

test('virsh list --uuid: one UUID a line; other lines are reported with their numbers', () => {
  const r = parseVirshUuids('6695EB01-f6a4-8304-79aa-97f2502e193f\nc93bea88-d96b-44f3-918c-015d2d30a9b1\n\n');
  assert.equal(r, { uuids: ['6695eb01-f6a4-8304-79aa-97f2502e193f', 'c93bea88-d96b-44f3-918c-015d2d30a9b1'], bad: [] });
  assert.equal(parseVirshUuids('\n'), { uuids: [], bad: [] });
  assert.equal(parseVirshUuids('error: no connection\n').bad, [{ line: 1, text: 'error: no connection' }]);
});

test('libvirt domain XML: attributes in any order, units, entities, a name with a space', () => {
  const xml =
    "<domain type='kvm' id='3'>\n  <name>debian 12 &amp; co</name>\n  <uuid>6695EB01-F6A4-8304-79AA-97F2502E193F</uuid>\n  <memory dumpCore='on' unit='KiB'>219100</memory>\n</domain>\n";
  assert.equal(parseLibvirtDomain(xml), {
    name: 'debian 12 & co',
    uuid: '6695eb01-f6a4-8304-79aa-97f2502e193f',
    memoryMiB: 214,
  });
  assert.is(parseLibvirtDomain('<domain><name>a</name><memory>2097152</memory></domain>').memoryMiB, 2048);
  assert.is(parseLibvirtDomain("<domain><name>a</name><memory unit='GiB'>4</memory></domain>").memoryMiB, 4096);
  assert.is(parseLibvirtDomain('<domain><name>a</name><memory unit="m">512</memory></domain>').memoryMiB, 512);
  assert.throws(
    () => parseLibvirtDomain('<domain><name>a</name></domain>'),
    (e: unknown) => e instanceof UnexpectedOutputError && /<memory>/.test(e.message),
  );
  assert.throws(
    () => parseLibvirtDomain('<domain><name>a</name><memory>1'),
    (e: unknown) => e instanceof UnexpectedOutputError && /line 1/.test(e.message),
  );
});

const XL_LIST = `Name                                        ID   Mem VCPUs\tState\tTime(s)
Domain-0                                     0  1024     2     r-----     123.4
web1                                         3  1024     1     -b----      12.3
crashy                                       5   512     1     ----c-       1.0
`;

test('xl list', () => {
  const { rows } = parseXlList(XL_LIST);
  assert.equal(
    rows.map((r) => [r.name, r.id, r.memMiB, r.flags]),
    [
      ['Domain-0', 0, 1024, 'r-----'],
      ['web1', 3, 1024, '-b----'],
      ['crashy', 5, 512, '----c-'],
    ],
  );
  assert.throws(
    () => parseXlList("ERROR:  Can't get domain info"),
    (e: unknown) => e instanceof UnexpectedOutputError,
  );
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
  assert.equal(parseXlCfg('name = "web1"\nmemory = 1024\nvcpus = 2\ndisk = [ "phy:/dev/vg/web1,xvda,w" ]\n'), {
    name: 'web1',
    memoryMiB: 1024,
  });
  assert.equal(parseXlCfg("name='x'\n"), { name: 'x' });
});

const VZLIST = `      CTID      NPROC STATUS    IP_ADDR         HOSTNAME
       101         18 running   10.0.0.101      ct101.example.com
       102          - stopped   10.0.0.102      ct102
       103          - mounted   -               -
`;

test('vzlist -a', () => {
  assert.equal(
    parseVzlist(VZLIST).rows.map((r) => [r.ctid, r.nproc, r.status, r.ipAddr, r.hostname]),
    [
      ['101', 18, 'running', '10.0.0.101', 'ct101.example.com'],
      ['102', null, 'stopped', '10.0.0.102', 'ct102'],
      ['103', null, 'mounted', '-', '-'],
    ],
  );
  assert.equal(parseVzlist('Container(s) not found\n'), { rows: [], bad: [] });
  assert.throws(
    () => parseVzlist('vzlist: command not found\n'),
    (e: unknown) => e instanceof UnexpectedOutputError,
  );
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
