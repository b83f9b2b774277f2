// Exit-code mapping, usage errors from the command line, and global option resolution.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Command, CommanderError } from 'commander';
import { grpc } from '@ferry/api';
import {
  EXIT,
  RefusedError,
  UsageError,
  classifyServiceError,
  describeFailure,
  statusName,
  withCallContext,
} from '../src/errors.js';
import { addGlobalOptions, globalsFrom, resolveGlobals, serverAddress } from '../src/options.js';
import { buildProgram } from '../src/program.js';
import { credentialsFor, metadataFor } from '../src/connection.js';

const svc = (code: number, details: string) =>
  Object.assign(new Error(details), { code, details, metadata: new grpc.Metadata() });

test('status names', () => {
  assert.is(statusName(grpc.status.ALREADY_EXISTS), 'ALREADY_EXISTS');
  assert.is(statusName(grpc.status.UNAUTHENTICATED), 'UNAUTHENTICATED');
  assert.is(statusName(999), 'STATUS_999');
});

test('a server refusal is exit 1 with the status name and details', () => {
  const f = classifyServiceError(svc(grpc.status.ALREADY_EXISTS, 'host "h1" already exists'), {
    address: 'a:1',
    everConnected: true,
  });
  assert.equal(f, { message: 'ALREADY_EXISTS: host "h1" already exists', exitCode: EXIT.REFUSED });
  assert.is(
    classifyServiceError(svc(grpc.status.PERMISSION_DENIED, 'no'), { address: 'a:1', everConnected: true }).exitCode,
    1,
  );
  assert.is(
    classifyServiceError(svc(grpc.status.UNAUTHENTICATED, 'UNAUTHENTICATED: a bearer token is required'), {
      address: 'a:1',
      everConnected: true,
    }).message,
    'UNAUTHENTICATED: a bearer token is required',
  );
});

test('UNAVAILABLE before any connection is exit 3; after connecting it is the daemon talking (exit 1)', () => {
  const never = classifyServiceError(
    svc(grpc.status.UNAVAILABLE, 'No connection established. Last error: connect ECONNREFUSED. Resolution note: '),
    { address: '127.0.0.1:1', everConnected: false },
  );
  assert.is(never.exitCode, EXIT.UNREACHABLE);
  assert.match(never.message, /^cannot reach 127\.0\.0\.1:1: /);
  assert.not.match(never.message, /Resolution note/);
  const deadline = classifyServiceError(svc(grpc.status.DEADLINE_EXCEEDED, 'Deadline exceeded'), {
    address: 'x:1',
    everConnected: false,
  });
  assert.is(deadline.exitCode, EXIT.UNREACHABLE);
  const daemon = classifyServiceError(
    svc(grpc.status.UNAVAILABLE, 'sync replication timed out; the write may be committed'),
    { address: 'x:1', everConnected: true },
  );
  assert.is(daemon.exitCode, EXIT.REFUSED);
  assert.match(daemon.message, /^UNAVAILABLE: sync replication/);
});

test('describeFailure uses the context attached to the error, and CLI errors keep their code', () => {
  const e = withCallContext(svc(grpc.status.UNAVAILABLE, 'x'), { address: 'h:1', everConnected: false });
  assert.is(describeFailure(e).exitCode, 3);
  assert.equal(describeFailure(new UsageError('bad')), { message: 'bad', exitCode: 2 });
  assert.equal(describeFailure(new RefusedError('no')), { message: 'no', exitCode: 1 });
  const locked = describeFailure(Object.assign(new Error('event log directory /d is in use'), { code: 'LOG_LOCKED' }));
  assert.is(locked.exitCode, 1);
  assert.match(locked.message, /ferryd/);
});

async function parseError(args: string[]): Promise<{ err: unknown; stderr: string }> {
  let stderr = '';
  const program = buildProgram({ writeOut: () => undefined, writeErr: (s) => (stderr += s) });
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (err) {
    return { err, stderr };
  }
  return { err: undefined, stderr };
}

test('usage errors are commander errors naming the option (exit 2 in main)', async () => {
  const bad = await parseError([
    'hosts',
    'add',
    'h3',
    '--address',
    'a',
    '--port',
    '3',
    '--user',
    'root',
    '--type',
    'hyperv',
  ]);
  assert.ok(bad.err instanceof CommanderError);
  assert.match(bad.stderr, /--type/);
  const port = await parseError([
    'hosts',
    'add',
    'h3',
    '--address',
    'a',
    '--port',
    'x',
    '--user',
    'root',
    '--type',
    'kvm',
  ]);
  assert.ok(port.err instanceof CommanderError);
  assert.match(port.stderr, /port/);
  const missing = await parseError(['groups', 'create', 'g1', '--type', 'kvm']);
  assert.match(missing.stderr, /--mode/);
  const unknown = await parseError(['nope']);
  assert.ok(unknown.err instanceof CommanderError);
  const help = await parseError(['--help']);
  assert.is((help.err as CommanderError).exitCode, 0);
});

test('global options before or after the subcommand; env fallbacks; a group --timeout is not the deadline', async () => {
  const seen: ReturnType<typeof resolveGlobals>[] = [];
  const program = addGlobalOptions(new Command('ferry').enablePositionalOptions().exitOverride());
  const group = program.command('groups');
  addGlobalOptions(group.command('create').argument('<n>'), ['timeout'])
    .option('--timeout <s>', 'group timeout')
    .action((_n, _o, cmd: Command) => void seen.push(resolveGlobals(cmd, { FERRY_TOKEN: 'envtok' })));
  addGlobalOptions(program.command('status')).action((_o, cmd: Command) => void seen.push(resolveGlobals(cmd, {})));
  await program.parseAsync(['--server', 'a:1', 'groups', 'create', 'g', '--timeout', '60', '--json'], { from: 'user' });
  await program.parseAsync(['status', '--server', 'b:2', '--timeout', '2.5'], { from: 'user' });
  assert.is(seen[0]!.server, 'a:1');
  assert.is(seen[0]!.json, true);
  assert.is(seen[0]!.token, 'envtok');
  assert.is(seen[0]!.timeoutMs, 30_000);
  assert.is(seen[1]!.server, 'b:2');
  assert.is(seen[1]!.timeoutMs, 2500);
});

test('globalsFrom: defaults, env, user paths', () => {
  const g = globalsFrom({}, { FERRY_SERVER: 'e:1', FERRY_CA: 'ca.pem', INIT_CWD: '/home/op' });
  assert.is(g.server, 'e:1');
  assert.is(g.ca, '/home/op/ca.pem');
  assert.is(globalsFrom({}, {}).server, '127.0.0.1:50051');
  assert.is(globalsFrom({ server: 'x:2' }, { FERRY_SERVER: 'e:1' }).server, 'x:2');
});

test('--server: a host alone gets port 50051, IPv6 its brackets; URLs and bad ports are usage errors', () => {
  assert.is(serverAddress('127.0.0.1'), '127.0.0.1:50051');
  assert.is(serverAddress('ferry.example.com:7000'), 'ferry.example.com:7000');
  assert.is(serverAddress('[::1]'), '[::1]:50051');
  assert.is(serverAddress('[::1]:50052'), '[::1]:50052');
  assert.is(serverAddress('::1'), '[::1]:50051');
  for (const bad of ['http://127.0.0.1:50051', 'https://x', 'grpc://x:1']) {
    assert.throws(
      () => serverAddress(bad),
      (e: unknown) => e instanceof UsageError && /not a URL/.test(e.message),
      bad,
    );
  }
  for (const bad of ['x:0', 'x:70000', 'x:http', ':50051'])
    assert.throws(
      () => serverAddress(bad),
      (e: unknown) => e instanceof UsageError,
      bad,
    );
});

test('a TLS mismatch is named: plaintext client against a TLS node, TLS client against a plaintext one', () => {
  const plain = classifyServiceError(
    svc(
      grpc.status.UNAVAILABLE,
      'No connection established. Last error: Failed to connect (2026-12-04T16:48:36.025Z).',
    ),
    { address: 'n:1', everConnected: false, tls: false },
  );
  assert.match(plain.message, /give --ca/);
  const tls = classifyServiceError(
    svc(
      grpc.status.UNAVAILABLE,
      'No connection established. Last error: Error: 802CA412637F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:350:\n.',
    ),
    { address: 'n:1', everConnected: false, tls: true },
  );
  assert.is(
    tls.message,
    'cannot reach n:1: UNAVAILABLE: No connection established. Last error: TLS: wrong version number. (the node answers without TLS: it serves plaintext on loopback; leave out --ca/--cert/--key)',
  );
  const refused = classifyServiceError(svc(grpc.status.UNAVAILABLE, 'connect ECONNREFUSED 127.0.0.1:1'), {
    address: 'n:1',
    everConnected: false,
    tls: false,
  });
  assert.not.match(refused.message, /TLS/);
});

test('usage errors: a mistyped option is named before the required one it hid; each points to its own help', async () => {
  const run = async (...argv: string[]) => {
    let err = '';
    const program = buildProgram({
      writeOut: () => undefined,
      writeErr: (s) => {
        err += s;
      },
    });
    // main() turns any CommanderError but help into exit 2.
    const code = await program.parseAsync(argv, { from: 'user' }).then(
      () => 0,
      (e: unknown) => (e instanceof CommanderError && e.exitCode !== 0 ? 2 : -1),
    );
    return { code, err };
  };
  const typo = await run('hosts', 'add', 'h1', '--adress', '10.0.0.1', '--type', 'kvm');
  assert.is(typo.code, 2);
  assert.match(typo.err, /unknown option '--adress'/);
  assert.match(typo.err, /Did you mean --address\?/);
  assert.match(typo.err, /\(see 'ferry hosts add --help'\)/);
  const missing = await run('hosts', 'add', 'h1', '--type', 'kvm');
  assert.is(missing.code, 2);
  assert.match(missing.err, /required option '--address' not specified/);
  const owner = await run('owners', 'add', 'o1');
  assert.match(owner.err, /required option '--email' not specified\n\(see 'ferry owners add --help'\)/);
});

test('credentials and metadata', () => {
  assert.ok(credentialsFor({})._isSecure() === false);
  assert.throws(
    () => credentialsFor({ cert: '/c' }, () => Buffer.from('')),
    (e: unknown) => e instanceof UsageError,
  );
  assert.throws(
    () => credentialsFor({ ca: '/nonexistent/ca.pem' }),
    (e: unknown) => e instanceof UsageError,
  );
  assert.equal(metadataFor({ token: 'T' }).get('authorization'), ['Bearer T']);
  assert.equal(metadataFor({}).get('authorization'), []);
});

test.run();
