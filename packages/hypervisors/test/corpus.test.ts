// The fixture corpus of real tool outputs (test/fixtures/hypervisors/corpus.json: file, command, tool version,
// source, expected reading) through the parsers, and through each driver's probe script and actions in bash with
// stub tools that print those outputs.
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  KvmDriver,
  OpenvzDriver,
  UnexpectedOutputError,
  XenDriver,
  kvmProbeCommand,
  parseFreeM,
  parseKvmProbe,
  parseLibvirtDomain,
  parseLoadavg,
  parseVirshUuids,
  parseVzConfMemoryMiB,
  parseVzConfName,
  parseVzlist,
  parseXlList,
  type HostProbe,
} from '../src/index.js';
import { FIXTURES, StubHost } from './local-runner.js';

interface Entry {
  file: string;
  command: string;
  version: string;
  source: string;
  expect: Record<string, unknown>;
}

const corpus = JSON.parse(readFileSync(join(FIXTURES, 'corpus.json'), 'utf8')) as Entry[];
const text = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');
const hosts: StubHost[] = [];
const stubHost = () => {
  const h = new StubHost();
  hosts.push(h);
  return h;
};
test.after(() =>
  hosts.forEach((h) => {
    h.remove();
  }),
);

test('the corpus holds at least 40 real outputs, each with its source and tool version', () => {
  assert.ok(corpus.length >= 40, `${corpus.length} outputs`);
  for (const e of corpus) {
    assert.ok(existsSync(join(FIXTURES, e.file)), e.file);
    assert.ok(
      e.source.length > 10 && e.version.length > 3 && e.command.length > 2,
      `${e.file}: source, version and command`,
    );
  }
});

const byCommand = (prefix: string) => corpus.filter((e) => e.command.startsWith(prefix));

test('virsh list --uuid outputs', () => {
  for (const e of byCommand('virsh list')) {
    const r = parseVirshUuids(text(e.file));
    assert.is(r.uuids.length, e.expect['uuids'], e.file);
    assert.equal(r.bad, [], e.file);
  }
});

test('libvirt domain XML: name and memory of every real definition; an error instead of XML is UnexpectedOutputError', () => {
  for (const e of byCommand('virsh dumpxml')) {
    if (e.expect['error'] !== undefined) {
      assert.match(text(e.file), String(e.expect['error']));
      assert.throws(
        () => parseLibvirtDomain(text(e.file)),
        (err: unknown) => err instanceof UnexpectedOutputError,
        e.file,
      );
      continue;
    }
    const d = parseLibvirtDomain(text(e.file));
    assert.is(d.name, e.expect['name'], e.file);
    assert.is(d.memoryMiB, e.expect['memoryMiB'], e.file);
  }
});

test('xl list outputs: names with spaces, extra verbose columns', () => {
  for (const e of byCommand('xl list')) {
    const r = parseXlList(text(e.file));
    assert.equal(
      r.rows.map((x) => [x.name, x.id, x.memMiB, x.flags]),
      e.expect['rows'],
      e.file,
    );
    assert.is(r.bad.length, e.expect['bad'], e.file);
  }
});

test('OpenVZ confs: memory (vSwap PHYSPAGES, suffixes and fractions, unlimited falls back to PRIVVMPAGES) and NAME', () => {
  for (const e of byCommand('cat CTID.conf')) {
    assert.is(parseVzConfMemoryMiB(text(e.file)), e.expect['memoryMiB'], e.file);
    if (e.expect['name'] !== undefined) assert.is(parseVzConfName(text(e.file)), e.expect['name'], e.file);
  }
  assert.is(
    parseVzConfMemoryMiB('PHYSPAGES="1G:1.5G"\n'),
    1536,
    'PHYSPAGES="1G:1.5G" (glpi-agent virtuozzo/sample1-ctid-conf)',
  );
});

test('vzlist -a layouts of vzctl 3 (VEID), vzctl 4 and OpenVZ 7 (wide CTIDs); "not found" messages (constructed from src/vzlist.c)', () => {
  const rows = (f: string) => parseVzlist(text(`constructed/${f}`)).rows.map((r) => [r.ctid, r.status, r.hostname]);
  assert.equal(rows('vzlist-a-vzctl3.txt'), [['101', 'running', 've101']]);
  assert.equal(rows('vzlist-a-vz7.txt'), [
    ['8f2b9a34-1c2d-4e5f-8a9b-0c1d2e3f4a5b', 'running', 'web.example.com'],
    ['200', 'suspended', 'db'],
  ]);
  assert.equal(
    rows('vzlist-a.txt').map((r) => r[1]),
    ['running', 'stopped', 'mounted', 'paused', 'unknown'],
  );
  assert.equal(rows('vzlist-a.txt')[1], ['102', 'stopped', 'mail box.example.com']);
  for (const none of ['VE not found', 'Container(s) not found', 'Container is not found', ''])
    assert.equal(parseVzlist(none), { rows: [], bad: [] }, none);
  assert.equal(
    parseVzlist(
      '      CTID      NPROC STATUS    IP_ADDR         HOSTNAME\n  garbage\n       101         18 running   10.0.0.1        a\n',
    ).bad,
    [{ line: 2, text: '  garbage' }],
  );
});

test('free -m of procps 3.2 and procps-ng 4; /proc/loadavg', () => {
  for (const e of byCommand('free -m')) {
    const f = parseFreeM(text(e.file));
    assert.is(f.totalMiB, e.expect['totalMiB'], e.file);
    assert.is(f.availableMiB, e.expect['availableMiB'], e.file);
  }
  for (const e of byCommand('read -r l < /proc/loadavg'))
    assert.is(parseLoadavg(text(e.file)), e.expect['load1'], e.file);
});

/** A stub virsh answering Ferry's KVM commands from the corpus recorded with the real virsh. */
function kvmStub(): StubHost {
  const h = stubHost();
  const v = join(FIXTURES, 'virsh');
  h.tool('free', `cat '${join(FIXTURES, 'free/debian12-procps-ng-4.0.2.txt')}'`);
  h.tool(
    'virsh',
    [
      `echo "$*" >> '${h.dir}/calls'`,
      'case "$*" in',
      `  "list --uuid") cat '${v}/list-uuid.txt';;`,
      `  "list --all --uuid") cat '${v}/list-all-uuid.txt';;`,
      `  "dumpxml --inactive "*) f=$(grep -l "<uuid>$3</uuid>" '${v}'/dumpxml-*.xml | head -n 1); [ -n "$f" ] && exec cat "$f"; cat '${v}/dumpxml-missing.txt' >&2; exit 1;;`,
      `  "domstate --domain "*) f='${v}'/domstate-$(cat '${h.dir}/state'); cat "$f"; grep -q '^error' "$f" && exit 1; exit 0;;`,
      '  *) exit 0;;',
      'esac',
    ].join('\n'),
  );
  return h;
}

test('KVM probe script in bash over real virsh outputs: every domain read, crashed / paused / in shutdown / pmsuspended are running', async () => {
  const h = kvmStub();
  const r = await h.runner().exec(kvmProbeCommand());
  assert.is(r.exitCode, 0, r.stderr);
  const p = parseKvmProbe(r.stdout, r.stderr);
  const got = Object.fromEntries(p.systems.map((s) => [s.name, `${s.state}/${s.memoryMiB}`]));
  assert.equal(got, {
    'web 01': 'running/3072',
    'crashé.x-02': 'running/1024',
    'db & cache': 'running/512',
    'going-down': 'running/2048',
    sleepy: 'running/1024',
    'debian 12': 'stopped/6144',
  });
  assert.is(p.memTotalMiB, 24105);
  assert.is(
    readFileSync(join(h.dir, 'calls'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('dumpxml')).length,
    6,
  );
});

test('KVM probe: an unreadable definition is one unknown system with the command; the others stay readable', () => {
  const a = '6695eb01-f6a4-8304-79aa-97f2502e193f';
  const b = '171e2833-7a9f-47b5-9724-db1024999191';
  const out = [
    '@@ferry:free',
    text('free/debian12-procps-ng-4.0.2.txt'),
    '@@ferry:rc 0',
    '@@ferry:loadavg',
    '0.10 0.20 0.30 1/100 5',
    '@@ferry:rc 0',
    '@@ferry:active',
    a,
    '@@ferry:rc 0',
    '@@ferry:list',
    a,
    b,
    '@@ferry:rc 0',
    `@@ferry:def ${a}/a`,
    text('virsh/dumpxml-space-dumpcore.xml'),
    '@@ferry:rc 0',
    `@@ferry:def ${b}/-`,
    "<domain type='kvm'>\n  <name>debian 12</name>\n  <memory unit='KiB'>lots</memory>\n</domain>",
    '@@ferry:rc 0',
  ].join('\n');
  const p: HostProbe = parseKvmProbe(out);
  assert.equal(
    p.systems.map((s) => [s.name, s.state]),
    [
      ['web 01', 'running'],
      [b, 'unknown'],
    ],
  );
  assert.match(p.systems[1]!.problem ?? '', `virsh dumpxml --inactive ${b}`);
  assert.match(p.systems[1]!.problem ?? '', /not a whole number/);
});

test('KVM stop in bash: destroys a domain that holds memory in any state (crashed included), not a shut-off or missing one', async () => {
  for (const [state, destroys] of [
    ['running', true],
    ['paused', true],
    ['crashed', true],
    ['in-shutdown', true],
    ['pmsuspended', true],
    ['shut-off', false],
    ['missing', false],
  ] as const) {
    const h = kvmStub();
    writeFileSync(join(h.dir, 'state'), `${state}.txt`);
    await new KvmDriver().stop(h.runner(), 'web 01');
    const calls = readFileSync(join(h.dir, 'calls'), 'utf8');
    assert.is(calls.includes('destroy --domain web 01'), destroys, `${state}: ${calls}`);
    assert.ok(calls.startsWith('domstate --domain web 01'), calls);
  }
});

test('every command a driver runs sets LC_ALL=C first', async () => {
  const seen: string[] = [];
  const recorder = {
    hostId: 'r',
    exec: async (c: string) => {
      seen.push(c);
      return { stdout: '', stderr: '', exitCode: 0, signal: null };
    },
  };
  for (const d of [new KvmDriver(), new XenDriver('/x'), new OpenvzDriver('/y')]) {
    for (const op of [
      () => d.start(recorder, 'a b'),
      () => d.stop(recorder, 'a b'),
      () => d.stopAndRemove(recorder, 'a b'),
      () => d.captureDefinition(recorder, 'a b'),
      () => d.probe(recorder),
    ]) {
      await op().catch(() => undefined);
    }
  }
  assert.ok(seen.length >= 15);
  for (const c of seen) assert.ok(c.startsWith('LC_ALL=C; export LC_ALL;'), c.slice(0, 80));
});

test('Xen probe script in bash: xl list names with spaces, every state letter form, a bad row reported, cfg files with spaces', async () => {
  const h = stubHost();
  const cfg = join(h.dir, 'xen');
  mkdirSync(cfg);
  writeFileSync(join(cfg, 'old app.cfg'), 'name = "old app"\nmemory = 1024\n');
  writeFileSync(join(cfg, 'stopped one.cfg'), "name = 'stopped one'\nmemory = '768'\n");
  h.tool(
    'xl',
    `case "$1" in list) cat '${join(FIXTURES, 'constructed/xl-list-states.txt')}';; info) cat '${join(FIXTURES, 'constructed/xl-info.txt')}';; esac`,
  );
  const p = await new XenDriver(cfg).probe(h.runner());
  const got = Object.fromEntries(
    p.systems.map((s) => [s.name, `${s.state}/${s.memoryMiB}/${s.definitionHash ? 'cfg' : '-'}`]),
  );
  assert.equal(got, {
    'old app': 'running/1024/cfg',
    'stopped one': 'stopped/768/cfg',
    'crashed one': 'running/512/-',
    'shutting down': 'running/512/-',
    'watchdog fired': 'running/256/-',
    'a name longer than forty columns is pushed right': 'running/128/-',
    dying: 'running/128/-',
    'bad row without numbers': 'unknown/0/-',
  });
  assert.equal([p.memTotalMiB, p.memFreeMiB], [65442, 30122]);
});

test('OpenVZ probe script in bash: real confs, statuses of vzctl 3/4 and OpenVZ 7, unknown status reported, not found is empty', async () => {
  const h = stubHost();
  const conf = join(h.dir, 'vz');
  mkdirSync(conf);
  copyFileSync(join(FIXTURES, 'vzconf/glpi-example-config-new.conf'), join(conf, '101.conf'));
  writeFileSync(
    join(conf, '102.conf'),
    `${readFileSync(join(FIXTURES, 'vzconf/vzctl-ve-vswap.256MB.conf-sample'), 'utf8')}NAME="mail box"\n`,
  );
  copyFileSync(join(FIXTURES, 'vzconf/glpi-virtuozzo-sample2.conf'), join(conf, '103.conf'));
  copyFileSync(join(FIXTURES, 'vzconf/vzctl-ve-vswap.1024MB.conf-sample'), join(conf, '104.conf'));
  copyFileSync(join(FIXTURES, 'vzconf/vzctl-ve-basic.conf-sample'), join(conf, '105.conf'));
  writeFileSync(join(conf, 've-light.conf-sample'), 'not a container\n');
  h.tool('free', `cat '${join(FIXTURES, 'free/rhel6-procps-3.2.8.txt')}'`);
  h.tool('vzlist', `cat '${join(FIXTURES, 'constructed/vzlist-a.txt')}'`);
  const p = await new OpenvzDriver(conf).probe(h.runner());
  const got = Object.fromEntries(p.systems.map((s) => [s.name, `${s.state}/${s.memoryMiB}`]));
  assert.equal(got, {
    '101': 'running/1024',
    'mail box': 'stopped/256',
    info: 'stopped/512',
    '104': 'running/1024',
    '105': 'unknown/0',
  });
  assert.match(p.systems.find((s) => s.name === '105')!.problem ?? '', /status "unknown"/);
  assert.equal([p.memTotalMiB, p.memFreeMiB], [3828, 3642]);
  h.tool('vzlist', `cat '${join(FIXTURES, 'constructed/vzlist-vzctl3-none.txt')}'; exit 1`);
  assert.equal((await new OpenvzDriver(conf).probe(h.runner())).systems, []);
});

test.run();
