// The clients in examples/ against a real ferryd, as an integrator would run them: the Python client built from
// proto/ (registers a host, watches, verifies the hash chain from ReadEvents alone) and the reflection client that
// knows no .proto file (lists services, calls GetClusterStatus and reads the .proto's own field names).
// They run with Debian's /usr/bin/python3 and its python3-grpcio / python3-protobuf (.ci/run installs them).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Ferryd, ROOT, cleanupAll, tempDir } from './support/index.js';

test.after(cleanupAll);

const PYTHON = '/usr/bin/python3';

function run(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const python = (script: string, ...args: string[]) => run(PYTHON, [join(ROOT, script), ...args]);

let node: Ferryd;
test.before(async () => {
  node = await Ferryd.start({ dir: tempDir('examples'), nodeId: 'ex', cluster: 'examples', plaintext: true });
});

test('python example: registers a host, sees it watched, verifies the whole chain from ReadEvents', async () => {
  const r = await python('examples/python/ferry_example.py', node.addr, 'py-h1');
  assert.is(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as {
    registered: string;
    watched: string[];
    verified: number;
    head: { seq: number; matchesLastEvent: boolean };
  };
  assert.is(out.registered, 'py-h1');
  assert.equal(out.watched, ['HostRegistered']);
  assert.ok(out.verified >= 1);
  assert.is(out.verified, Number(out.head.seq));
  assert.ok(out.head.matchesLastEvent);
});

test('reflection example: services listed, GetClusterStatus decoded with the .proto field names', async () => {
  const list = await python('examples/reflection/reflect.py', node.addr, 'list');
  assert.is(list.code, 0, list.stderr);
  assert.equal(list.stdout.trim().split('\n').sort(), [
    'ferry.v1.ControlPlaneService',
    'ferry.v1.ReplicationService',
    'grpc.health.v1.Health',
    'grpc.reflection.v1.ServerReflection',
  ]);
  const call = await run(join(ROOT, 'examples/reflection/cluster-status.sh'), [node.addr]);
  assert.is(call.code, 0, call.stderr);
  const answer = JSON.parse(call.stdout) as { status: Record<string, unknown> };
  const st = answer.status;
  assert.is(st.node_id, 'ex');
  assert.is(st.role, 'master');
  for (const field of ['head_seq', 'head_hash', 'lag_events'])
    assert.ok(field in st, `${field} is served under its .proto name`);
  assert.not.ok('headSeq' in st);
});

test.run();
