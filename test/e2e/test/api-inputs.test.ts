// Strict inputs at the API edge, as a client in another language would meet them: filter values outside their
// closed sets, unknown event types, malformed aggregate ids and undecodable request bytes are INVALID_ARGUMENT naming
// what is wrong (never an empty OK, never INTERNAL); a filter naming a host that does not exist is NOT_FOUND; and
// none of these appends anything. The contract's conventions: enums and Timestamps in answers, optimistic
// concurrency (`expected_version`: ABORTED when stale) and idempotent retries (`request_id`).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { controlClient, grpc } from '@ferry/api';
import { Api, Ferryd, Status, cleanupAll, grpcCode, tempDir } from './support/index.js';

test.after(cleanupAll);

let node: Ferryd;
let api: Api;
test.before(async () => {
  node = await Ferryd.start({ dir: tempDir('api-inputs'), nodeId: 'in', cluster: 'api-inputs', plaintext: true });
  api = new Api(node.addr);
  // No host is registered: the collector then writes nothing, so the head moves only when a request appends.
  await api.call('SetSetting', { key: 'probe-interval', value: '7' });
});

const refusals: [string, object, number, RegExp][] = [
  [
    'ListHosts',
    { state: 99 },
    Status.INVALID_ARGUMENT,
    /unknown state 99; one of HOST_STATE_UNKNOWN, HOST_STATE_UP, HOST_STATE_UNREACHABLE, HOST_STATE_PROBE_ERROR, HOST_STATE_DOWN, HOST_STATE_FENCED/,
  ],
  [
    'ListHosts',
    { type: 7 },
    Status.INVALID_ARGUMENT,
    /unknown type 7; one of VIRTUALIZATION_TYPE_KVM, VIRTUALIZATION_TYPE_XEN, VIRTUALIZATION_TYPE_OPENVZ/,
  ],
  [
    'ListSystems',
    { state: 42 },
    Status.INVALID_ARGUMENT,
    /unknown state 42; one of SYSTEM_STATE_RUNNING, SYSTEM_STATE_STOPPED, SYSTEM_STATE_UNKNOWN, SYSTEM_STATE_VANISHED/,
  ],
  [
    'CreateToken',
    { name: 't1', role: 9 },
    Status.INVALID_ARGUMENT,
    /unknown role 9; one of TOKEN_ROLE_ADMIN, TOKEN_ROLE_OPERATOR, TOKEN_ROLE_VIEWER/,
  ],
  [
    'MoveSystem',
    { system: 's', to: 'h', mode: 5 },
    Status.INVALID_ARGUMENT,
    /unknown mode 5; one of MOVE_MODE_LIVE, MOVE_MODE_COLD/,
  ],
  ['ListSystems', { host: 'nope' }, Status.NOT_FOUND, /nope/],
  [
    'ReadEvents',
    { types: ['HostRegistered', 'NoSuchEvent'] },
    Status.INVALID_ARGUMENT,
    /unknown event type "NoSuchEvent"; known: .*HostRegistered/,
  ],
  ['ReadEvents', { aggregate: 'h1' }, Status.INVALID_ARGUMENT, /"h1" is not an aggregate id: KIND\/NAME/],
];

for (const [method, request, code, details] of refusals) {
  test(`${method} ${JSON.stringify(request)} is ${Status[code]}, naming the problem`, async () => {
    const before = (await api.status()).headSeq;
    const r = await grpcCode(api.call(method, request));
    assert.is(r.code, code, `${method}: ${r.details}`);
    assert.match(r.details, details);
    assert.is((await api.status()).headSeq, before, 'a refused read appended nothing');
  });
}

test('RegisterHost refuses the fields the node sets itself (credentials_ref, sealed_key)', async () => {
  const before = (await api.status()).headSeq;
  const spec = {
    name: 'forged',
    address: '127.0.0.50',
    port: 1,
    user: 'root',
    type: 'kvm',
    credentialsRef: 'file:/nonexistent/key',
    sealedKey: 'garbage',
  };
  const r = await grpcCode(api.call('RegisterHost', { spec }));
  assert.is(r.code, Status.INVALID_ARGUMENT, r.details);
  assert.match(r.details, /spec\.credentials_ref: is set by the node/);
  assert.match(r.details, /spec\.sealed_key: is set by the node/);
  assert.is((await api.status()).headSeq, before);
});

test('ReadEvents with known filters still answers', async () => {
  const r = await api.call<{ events: { type: string }[] }>('ReadEvents', {
    types: ['SettingChanged'],
    aggregate: 'settings',
  });
  assert.equal(
    r.events.map((e) => e.type),
    ['SettingChanged'],
  );
});

test('undecodable request bytes are INVALID_ARGUMENT naming the method, not INTERNAL', async () => {
  const raw = controlClient(node.addr, grpc.credentials.createInsecure()) as unknown as grpc.Client;
  try {
    // Field 15 with wire type 7, which protobuf does not define: the decoder can neither read nor skip it.
    const bytes = Buffer.from([0x7f]);
    const r = await new Promise<grpc.ServiceError | null>((resolve) =>
      raw.makeUnaryRequest(
        '/ferry.v1.ControlPlaneService/GetHost',
        (b: Buffer) => b,
        (b: Buffer) => b,
        bytes,
        new grpc.Metadata(),
        { deadline: Date.now() + 10_000 },
        (err) => resolve(err),
      ),
    );
    assert.ok(r, 'the call was refused');
    assert.is(r!.code, Status.INVALID_ARGUMENT, r!.details);
    assert.match(r!.details, /request bytes of \/ferry\.v1\.ControlPlaneService\/GetHost do not decode/);
  } finally {
    raw.close();
  }
});

test('answers carry enums and Timestamps: a registered host is HOST_STATE_*, its state_since a Timestamp', async () => {
  const r = await api.call<{
    host: { name: string; type: string; state: string; stateSince: { seconds: number } | null; version: number };
  }>('RegisterHost', { spec: { name: 'enum-h1', address: '127.0.0.60', port: 1, user: 'root', type: 'kvm' } });
  assert.is(r.host.type, 'VIRTUALIZATION_TYPE_KVM');
  assert.match(r.host.state, /^HOST_STATE_[A-Z_]+$/);
  assert.is(r.host.version, 1);
  const got = await api.call<{ host: { state: string } }>('GetHost', { name: 'enum-h1' });
  assert.match(got.host.state, /^HOST_STATE_/);
  await api.call('RemoveHost', {
    name: 'enum-h1',
    expectedVersion: (await api.call<{ host: { version: number } }>('GetHost', { name: 'enum-h1' })).host.version,
  });
});

test('expected_version: a stale one is ABORTED and appends nothing; the current one writes', async () => {
  await api.call('CreateOwner', { owner: { name: 'ev-alice', email: 'a@example.test' } });
  const owners = await api.call<{ owners: { name: string; version: number }[] }>('ListOwners', {});
  const version = owners.owners.find((o) => o.name === 'ev-alice')!.version;
  assert.is(version, 1);
  await api.call('UpdateOwner', { owner: { name: 'ev-alice', email: 'b@example.test' }, expectedVersion: version });
  const before = (await api.status()).headSeq;
  const stale = await grpcCode(
    api.call('UpdateOwner', { owner: { name: 'ev-alice', email: 'c@example.test' }, expectedVersion: version }),
  );
  assert.is(stale.code, Status.ABORTED, stale.details);
  assert.match(stale.details, /owner\/ev-alice is at version 2, not the expected version 1/);
  assert.is((await api.status()).headSeq, before, 'a stale write appended nothing');
  const del = await grpcCode(api.call('DeleteOwner', { name: 'ev-alice', expectedVersion: 1 }));
  assert.is(del.code, Status.ABORTED);
  await api.call('DeleteOwner', { name: 'ev-alice', expectedVersion: 2 });
});

test("request_id: a retry gets the first answer and appends nothing; the id is the events' correlation", async () => {
  const req = { owner: { name: 'rid-bob', email: 'bob@example.test' }, requestId: 'rid-0001' };
  const first = await api.call<{ owner: { name: string; version: number } }>('CreateOwner', req);
  const head = (await api.status()).headSeq;
  const again = await api.call<{ owner: { name: string; version: number } }>('CreateOwner', req);
  assert.equal(again, first, 'the retry answers as the first call did (not ALREADY_EXISTS)');
  assert.is((await api.status()).headSeq, head, 'the retry appended nothing');
  const events = await api.call<{ events: { type: string; correlation: string }[] }>('ReadEvents', {
    aggregate: 'owner/rid-bob',
  });
  assert.equal(
    events.events.map((e) => [e.type, e.correlation]),
    [['OwnerCreated', 'request:rid-0001']],
  );
  const other = await grpcCode(api.call('DeleteOwner', { name: 'rid-bob', requestId: 'rid-0001' }));
  assert.is(other.code, Status.INVALID_ARGUMENT, 'an id reused for another call is refused');
  assert.match(other.details, /was used for CreateOwner already/);
  const plain = await grpcCode(api.call('CreateOwner', { owner: req.owner }));
  assert.is(plain.code, Status.ALREADY_EXISTS, 'without the id the same write is a new one');
});

test.run();
