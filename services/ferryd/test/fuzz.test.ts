// Fuzzing a TLS master with tokens on: at least 10,000 random and malformed requests across every ControlPlane RPC
// (typed messages with hostile field values, and raw random bytes), every Replication RPC, and garbage on the
// replication stream (hostile Hello/Ack messages and raw bytes). The daemon must stay up, answer every request
// with a status (no hang, no handler crash: INTERNAL only where Replication bytes cannot be decoded at all;
// undecodable ControlPlane bytes are INVALID_ARGUMENT) and append nothing: the head seq is the same afterwards and
// the log verifies.
// FERRY_FUZZ_REQUESTS=N changes the count, FERRY_FUZZ_SEED=S replays a run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { call, contract } from '@ferry/api';
import type {
  ControlPlaneServiceClient,
  CreateTokenResponse__Output,
  ReplicationServiceClient,
  VerifyLogResponse__Output,
} from '@ferry/contract';
import {
  adminToken,
  bearer,
  clientCredentials,
  clients,
  clusterStatus,
  makeCerts,
  startFerryd,
  type Ferryd,
} from './support/daemon.js';

const TOTAL = Number(process.env.FERRY_FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FERRY_FUZZ_SEED ?? Date.now() % 2 ** 31);
const CONCURRENCY = 48;

/** mulberry32: a small seeded PRNG so a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = prng(SEED);
const int = (n: number) => Math.floor(rnd() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));

const HOSTILE = [
  '../../../etc/passwd x',
  "' OR 1=1 -- ",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4shell-style probe, meant literally
  '${jndi:ldap://evil/a} ',
  '%s%s%n%x ',
  'a\u0000b c',
  'line\nbreak x',
  '\u202e reversed',
  'emoji 🚀🔥',
  'ǅ̶̡͓̜̅ combining',
  '<script>alert(1)</script> ',
  'a b',
  ' ',
  '\t\r\n ',
  'name with spaces',
  '-rf /',
  '$(reboot) ',
  '`id` ',
  'x;rm -rf / ',
  '\\\\?\\C:\\ x',
  'smtp://host:99999999 x',
  'null ',
  'undefined ',
  '-1 ',
  '1e309 ',
];

/** A string no Ferry validator accepts: every one holds a space (no name, address, mail or URL host has one). */
function badString(): string {
  switch (int(6)) {
    case 0:
      return pick(HOSTILE);
    case 1: {
      const s = Array.from({ length: 1 + int(40) }, () => String.fromCharCode(33 + int(94))).join('');
      const at = 1 + int(Math.max(1, s.length - 1));
      return `${s.slice(0, at)} ${s.slice(at)}`;
    }
    case 2:
      return 'x '.repeat(1 + int(3000));
    case 3:
      return `a ${'b'.repeat(4097 + int(70_000))}`;
    case 4:
      return `${Array.from({ length: 1 + int(20) }, () => String.fromCharCode(int(0x2fff))).join('')} `;
    default:
      return `${pick(HOSTILE)}${'z'.repeat(int(300))} `;
  }
}

function badNumber(signed: boolean): number {
  const xs = [0, 1, 2, 65_536, 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 53 - 1, int(1_000_000)];
  const v = pick(xs);
  return signed && rnd() < 0.4 ? -v : v;
}

type Descriptor = { field: { name: string; label: string; type: string; typeName: string }[] };
const definition = contract().packageDefinition as unknown as Record<
  string,
  Record<
    string,
    { requestType?: { type: Descriptor }; path?: string; requestStream?: boolean; responseStream?: boolean }
  > & { type?: Descriptor }
>;

function messageType(typeName: string): Descriptor {
  const t = (
    definition[typeName.includes('.') ? typeName : `ferry.v1.${typeName}`] as { type?: Descriptor } | undefined
  )?.type;
  if (!t) throw new Error(`unknown message type ${typeName}`);
  return t;
}

/** A random message of a type: each field randomly omitted, hostile, or (for lists) long. */
function randomMessage(type: Descriptor, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of type.field) {
    if (rnd() < 0.25) continue;
    const one = (): unknown => {
      switch (f.type) {
        case 'TYPE_STRING':
          return badString();
        case 'TYPE_BOOL':
          return rnd() < 0.5;
        case 'TYPE_BYTES':
          return bytes(int(64));
        case 'TYPE_DOUBLE':
        case 'TYPE_FLOAT':
          return pick([0, -1, 1e308, -1e-308, 0.5, 2 ** 60]);
        case 'TYPE_INT32':
        case 'TYPE_INT64':
        case 'TYPE_SINT32':
        case 'TYPE_SINT64':
          return badNumber(true);
        case 'TYPE_MESSAGE':
          return depth < 3 ? randomMessage(messageType(f.typeName), depth + 1) : {};
        default:
          return badNumber(false);
      }
    };
    if (f.label !== 'LABEL_REPEATED') out[f.name] = one();
    else if (rnd() < 0.05)
      out[f.name] = Array.from({ length: 1001 + int(200) }, () => (f.type === 'TYPE_STRING' ? pick(HOSTILE) : one()));
    else out[f.name] = Array.from({ length: int(6) }, one);
  }
  return out;
}

/** How a fuzz request ended. */
interface Outcome {
  code: number;
  raw: boolean;
  method: string;
}

let dir = '';
let master: Ferryd | undefined;
let admin = '';
let viewer = '';
let pki = '';

test.before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-fuzz-'));
  pki = join(dir, 'pki');
  makeCerts(pki, ['m', 'cli']);
  master = await startFerryd({ name: 'm', dir, pki, cluster: 'fuzz' });
  admin = await adminToken(master);
});

test.after(async () => {
  await master?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test(`${TOTAL} random and malformed requests: the daemon stays up, answers each, appends nothing (seed ${SEED})`, async () => {
  const m = master!;
  const creds = clientCredentials(pki, 'cli');
  const { control, replication } = clients(m.address, creds);
  const raw = new grpc.Client(m.address, creds, { 'grpc.max_send_message_length': 16 * 1024 * 1024 });
  const md = (token: string) => bearer(token);

  // A viewer token (no hosts: the status collector would record their state changes), then the baseline.
  viewer = (
    await call<CreateTokenResponse__Output>(
      control,
      control.CreateToken,
      { name: 'fuzz-viewer', role: 'viewer' },
      { metadata: md(admin) },
    )
  ).token;
  const before = await clusterStatus(control, admin);
  const keyId = createHash('sha256')
    .update('ferry-cluster-key')
    .update(Buffer.from(readFileSync(join(m.data, 'cluster.key'), 'utf8').trim(), 'base64'))
    .digest('hex');

  const controlMethods = definition['ferry.v1.ControlPlaneService']!;
  const replicationMethods = definition['ferry.v1.ReplicationService']!;
  const names = Object.keys(controlMethods);
  const garbageToken = () =>
    pick([
      `fy_${'A'.repeat(32)}`,
      'Bearer',
      '',
      'x'.repeat(600),
      'fy_%00',
      badString().replace(/[^\x21-\x7e]/g, '') || 'q',
    ]);
  // Admin may send anything except the one request that is valid with every field empty: ReplicationOff.
  const tokenFor = (method: string): string => {
    const r = rnd();
    if (r < 0.1) return '';
    if (r < 0.2) return garbageToken();
    if (r < 0.5 || method === 'ReplicationOff') return viewer;
    return admin;
  };
  const READS = new Set([
    'GetHost',
    'ListHosts',
    'GetSystem',
    'ListSystems',
    'GetGroup',
    'ListGroups',
    'GetSetting',
    'ListSettings',
    'ListOwners',
    'ListFailovers',
    'ReadEvents',
    'GetClusterStatus',
    'VerifyLog',
    'ListTokens',
  ]);

  const unaryCall = (
    client: grpc.Client,
    method: string,
    request: object,
    metadata: grpc.Metadata,
    timeoutMs = 10_000,
  ) =>
    new Promise<number>((resolve) => {
      const fn = (client as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!;
      fn.call(client, request, metadata, { deadline: Date.now() + timeoutMs }, (err: grpc.ServiceError | null) =>
        resolve(err ? err.code : grpc.status.OK),
      );
    });
  const rawUnary = (path: string, body: Buffer, metadata: grpc.Metadata) =>
    new Promise<number>((resolve) => {
      raw.makeUnaryRequest(
        path,
        (b: Buffer) => b,
        (b: Buffer) => b,
        body,
        metadata,
        { deadline: Date.now() + 10_000 },
        (err) => resolve(err ? err.code : grpc.status.OK),
      );
    });
  const watch = (request: object, metadata: grpc.Metadata) =>
    new Promise<number>((resolve) => {
      const s = control.WatchEvents(request as never, metadata, { deadline: Date.now() + 300 });
      s.on('data', () => undefined);
      s.on('error', (err: grpc.ServiceError) => resolve(err.code));
      s.on('status', (st: grpc.StatusObject) => resolve(st.code));
    });
  /** One replication stream: a few hostile messages (or raw bytes), then end; resolves with the final status. */
  const stream = (rawBytes: boolean) =>
    new Promise<number>((resolve) => {
      const s: grpc.ClientDuplexStream<unknown, unknown> = rawBytes
        ? (raw.makeBidiStreamRequest(
            '/ferry.v1.ReplicationService/Stream',
            (b: Buffer) => b,
            (b: Buffer) => b,
            new grpc.Metadata(),
            { deadline: Date.now() + 10_000 },
          ) as unknown as grpc.ClientDuplexStream<unknown, unknown>)
        : ((replication as ReplicationServiceClient).Stream(new grpc.Metadata(), {
            deadline: Date.now() + 10_000,
          }) as unknown as grpc.ClientDuplexStream<unknown, unknown>);
      let done = false;
      const finish = (code: number) => {
        if (!done) {
          done = true;
          resolve(code);
        }
      };
      s.on('data', () => undefined);
      s.on('error', (err: grpc.ServiceError) => finish(err.code));
      s.on('status', (st: grpc.StatusObject) => finish(st.code));
      const n = 1 + int(4);
      for (let i = 0; i < n; i++) {
        if (rawBytes) {
          s.write(bytes(1 + int(300)));
          continue;
        }
        const kind = int(5);
        const hello = {
          nodeId: rnd() < 0.8 ? badString().slice(0, 300) : '',
          headSeq: badNumber(false) % (before.headSeq + 3),
          headHash: badString().slice(0, 200),
          // Never an epoch above the master's: a real peer saying so would (rightly) fence it.
          epoch: int(2),
          address: badString().slice(0, 600),
          cluster: rnd() < 0.5 ? 'fuzz' : badString().slice(0, 300),
          clusterKeyId: rnd() < 0.3 ? keyId : rnd() < 0.5 ? '' : badString().slice(0, 200),
        };
        s.write(kind === 0 ? { ack: { seq: badNumber(false) } } : kind === 1 ? {} : { hello });
      }
      s.end();
    });

  const one = async (i: number): Promise<Outcome> => {
    const r = rnd();
    if (r < 0.68) {
      const method = names[i % names.length]!;
      const request = randomMessage(controlMethods[method]!.requestType!.type);
      const metadata = md(tokenFor(method));
      if (method === 'WatchEvents') return { code: await watch(request, metadata), raw: false, method };
      return {
        code: await unaryCall(control as unknown as grpc.Client, method, request, metadata),
        raw: false,
        method,
      };
    }
    if (r < 0.84) {
      const method = pick(names);
      const token = READS.has(method) && rnd() < 0.5 ? admin : pick([viewer, '', garbageToken()]);
      return { code: await rawUnary(controlMethods[method]!.path!, bytes(int(512)), md(token)), raw: true, method };
    }
    if (r < 0.94) {
      const method = pick(['Describe', 'Follow', 'GetEpochs', 'GetHashes', 'GetClusterKey']);
      if (rnd() < 0.3)
        return {
          code: await rawUnary(replicationMethods[method]!.path!, bytes(int(256)), new grpc.Metadata()),
          raw: true,
          method,
        };
      const request = randomMessage(replicationMethods[method]!.requestType!.type);
      if (method === 'Follow') request.master = badString().slice(0, 700);
      return {
        code: await unaryCall(replication as unknown as grpc.Client, method, request, new grpc.Metadata()),
        raw: false,
        method,
      };
    }
    const rawBytes = rnd() < 0.4;
    return { code: await stream(rawBytes), raw: rawBytes, method: 'Stream' };
  };

  const started = Date.now();
  const outcomes: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < TOTAL) outcomes.push(await one(next++));
    }),
  );
  const seconds = (Date.now() - started) / 1000;

  const byCode = new Map<string, number>();
  for (const o of outcomes)
    byCode.set(grpc.status[o.code] ?? String(o.code), (byCode.get(grpc.status[o.code] ?? String(o.code)) ?? 0) + 1);
  console.log(
    `# fuzz seed ${SEED}: ${outcomes.length} requests in ${seconds.toFixed(1)} s:`,
    Object.fromEntries(byCode),
  );

  const suspicious = new Map<string, number>();
  for (const o of outcomes) {
    const bad =
      o.code === grpc.status.UNKNOWN ||
      (!o.raw && o.code === grpc.status.INTERNAL) ||
      (o.method !== 'WatchEvents' && o.code === grpc.status.DEADLINE_EXCEEDED);
    if (bad)
      suspicious.set(
        `${o.method}${o.raw ? ' (raw)' : ''} ${grpc.status[o.code]}`,
        (suspicious.get(`${o.method}${o.raw ? ' (raw)' : ''} ${grpc.status[o.code]}`) ?? 0) + 1,
      );
  }
  if (suspicious.size) console.log('# suspicious answers:', Object.fromEntries(suspicious));
  assert.is(outcomes.length, TOTAL);
  // Every answer is a real status; typed requests never crash a handler (INTERNAL) or hang (DEADLINE_EXCEEDED,
  // except WatchEvents, which stays open by design until its deadline).
  for (const o of outcomes) {
    assert.ok(grpc.status[o.code] !== undefined, `${o.method}: not a gRPC status: ${o.code}`);
    assert.is.not(o.code, grpc.status.UNKNOWN, `${o.method}: UNKNOWN status`);
    if (!o.raw)
      assert.is.not(
        o.code,
        grpc.status.INTERNAL,
        `${o.method}: a typed request made a handler fail (INTERNAL); seed ${SEED}`,
      );
    // Undecodable bytes for the ControlPlane are the caller's mistake: INVALID_ARGUMENT (after authentication).
    if (o.raw && names.includes(o.method))
      assert.is.not(o.code, grpc.status.INTERNAL, `${o.method}: undecodable bytes answered INTERNAL; seed ${SEED}`);
    if (o.method !== 'WatchEvents')
      assert.is.not(o.code, grpc.status.DEADLINE_EXCEEDED, `${o.method}: no answer within 10 s; seed ${SEED}`);
  }
  // Unauthenticated and viewer requests were refused as such.
  assert.ok((byCode.get('UNAUTHENTICATED') ?? 0) > 0);
  assert.ok((byCode.get('PERMISSION_DENIED') ?? 0) > 0);

  // Still up, still master, nothing appended, log intact.
  assert.is(m.process.exitCode, null, 'ferryd exited');
  assert.is(m.process.signalCode, null, 'ferryd was killed');
  const after = await clusterStatus(control, admin);
  if (after.headSeq !== before.headSeq) {
    const extra = await call<{ events: { seq: number; type: string; aggregate: string; actor: string }[] }>(
      control,
      control.ReadEvents,
      { fromSeq: before.headSeq + 1 },
      { metadata: md(admin) },
    );
    console.log(
      '# appended:',
      extra.events.map((e) => `${e.seq} ${e.type} ${e.aggregate} by ${e.actor}`),
    );
  }
  assert.is(after.role, 'master');
  assert.is(after.headSeq, before.headSeq, `head seq moved from ${before.headSeq} to ${after.headSeq}; seed ${SEED}`);
  const verify = await call<VerifyLogResponse__Output>(control, control.VerifyLog, {}, { metadata: md(admin) });
  assert.ok(verify.ok, 'log verifies');
  assert.not.match(m.output(), /uncaught|unhandled/i);
  (control as ControlPlaneServiceClient).close();
  replication.close();
  raw.close();
});

test.run();
