// Strict inputs at the API edge, as a client in another language would meet them: filter values outside their
// closed sets, unknown event types, malformed aggregate ids and undecodable request bytes are INVALID_ARGUMENT naming
// what is wrong (never an empty OK, never INTERNAL); a filter naming a host that does not exist is NOT_FOUND; and
// none of these appends anything.
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
  ['ListHosts', { state: 'bogus' }, Status.INVALID_ARGUMENT, /unknown state "bogus"; one of unknown, up, unreachable, probe-error, down, fenced/],
  ['ListHosts', { type: 'vmware' }, Status.INVALID_ARGUMENT, /unknown type "vmware"; one of kvm, xen, openvz/],
  ['ListSystems', { state: 'sleeping' }, Status.INVALID_ARGUMENT, /unknown state "sleeping"; one of running, stopped, unknown, vanished/],
  ['ListSystems', { host: 'nope' }, Status.NOT_FOUND, /nope/],
  ['ReadEvents', { types: ['HostRegistered', 'NoSuchEvent'] }, Status.INVALID_ARGUMENT, /unknown event type "NoSuchEvent"; known: .*HostRegistered/],
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
  const spec = { name: 'forged', address: '127.0.0.50', port: 1, user: 'root', type: 'kvm', credentialsRef: 'file:/nonexistent/key', sealedKey: 'garbage' };
  const r = await grpcCode(api.call('RegisterHost', { spec }));
  assert.is(r.code, Status.INVALID_ARGUMENT, r.details);
  assert.match(r.details, /spec\.credentials_ref: is set by the node/);
  assert.match(r.details, /spec\.sealed_key: is set by the node/);
  assert.is((await api.status()).headSeq, before);
});

test('ReadEvents with known filters still answers', async () => {
  const r = await api.call<{ events: { type: string }[] }>('ReadEvents', { types: ['SettingChanged'], aggregate: 'settings' });
  assert.equal(r.events.map((e) => e.type), ['SettingChanged']);
});

test('undecodable request bytes are INVALID_ARGUMENT naming the method, not INTERNAL', async () => {
  const raw = controlClient(node.addr, grpc.credentials.createInsecure()) as unknown as grpc.Client;
  try {
    // Field 15 with wire type 7, which protobuf does not define: the decoder can neither read nor skip it.
    const bytes = Buffer.from([0x7f]);
    const r = await new Promise<grpc.ServiceError | null>((resolve) =>
      raw.makeUnaryRequest('/ferry.v1.ControlPlaneService/GetHost', (b: Buffer) => b, (b: Buffer) => b, bytes, new grpc.Metadata(), { deadline: Date.now() + 10_000 }, (err) => resolve(err)));
    assert.ok(r, 'the call was refused');
    assert.is(r!.code, Status.INVALID_ARGUMENT, r!.details);
    assert.match(r!.details, /request bytes of \/ferry\.v1\.ControlPlaneService\/GetHost do not decode/);
  } finally {
    raw.close();
  }
});

test.run();
