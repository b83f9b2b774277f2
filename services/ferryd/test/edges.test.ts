// Edges of a real ferryd's API: numbers out of their range are INVALID_ARGUMENT (ReadEvents from 2^64 − 1 or −1,
// once an INTERNAL RangeError in the codec), and the metrics endpoint follows the API's TLS and token rules: a node
// with TLS serves it over HTTPS to a client certificate with a token only; a node without TLS refuses a non-loopback
// metrics address at start with a clear message.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { call, controlClient } from '@ferry/api';
import {
  adminToken,
  bearer,
  clientCredentials,
  FERRYD,
  makeCerts,
  startFerryd,
  type Ferryd,
} from './support/daemon.js';

let dir = '';
let pki = '';
let node: Ferryd | undefined;
let admin = '';
let metricsPort = 0;

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

test.before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-edges-'));
  pki = join(dir, 'pki');
  makeCerts(pki, ['m']);
  makeCerts(pki, ['cli'], { client: true });
  metricsPort = await freePort();
  node = await startFerryd({ name: 'm', dir, pki, args: ['--metrics', `0.0.0.0:${metricsPort}`] });
  admin = await adminToken(node);
});

test.after(async () => {
  await node?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('ReadEvents from seq 2^64 − 1 or −1 is INVALID_ARGUMENT, not INTERNAL', async () => {
  const control = controlClient(node!.address, clientCredentials(pki, 'cli'));
  try {
    // As strings: the wire value itself (protobufjs turns the number −1 into 0 for a uint64 before sending).
    for (const fromSeq of ['18446744073709551615', '-1']) {
      const err = await call(
        control,
        control.ReadEvents,
        { fromSeq, limit: 10 },
        { metadata: bearer(admin), timeoutMs: 5_000 },
      ).then(
        () => undefined,
        (e: grpc.ServiceError) => e,
      );
      assert.ok(err, `fromSeq ${fromSeq} is refused`);
      assert.is(err!.code, grpc.status.INVALID_ARGUMENT, `fromSeq ${fromSeq}: ${err!.message}`);
      assert.match(err!.message, 'fromSeq');
    }
  } finally {
    control.close();
  }
  assert.not.match(node!.output(), /RangeError/);
});

/** GET https://127.0.0.1:PORT/metrics with or without the client certificate and a token; the status or the error. */
function scrape(opts: { cert: boolean; token?: string }): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: metricsPort,
        path: '/metrics',
        servername: 'localhost',
        ca: readFileSync(join(pki, 'ca.pem')),
        ...(opts.cert ? { cert: readFileSync(join(pki, 'cli.pem')), key: readFileSync(join(pki, 'cli-key.pem')) } : {}),
        headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {},
        checkServerIdentity: () => undefined,
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', (e) => resolve(`error: ${(e as NodeJS.ErrnoException).code ?? e.message}`));
    req.end();
  });
}

test('off loopback, a TLS node serves metrics over HTTPS to a client certificate with a token only', async () => {
  assert.is(await scrape({ cert: true, token: admin }), 200);
  assert.is(await scrape({ cert: true }), 401, 'no token');
  assert.is(await scrape({ cert: true, token: 'fy_not-a-token' }), 401, 'unknown token');
  assert.type(await scrape({ cert: false, token: admin }), 'string', 'no client certificate: the handshake fails');
  const plain = await fetch(`http://127.0.0.1:${metricsPort}/metrics`).then(
    (r) => r.status,
    () => 'refused',
  );
  assert.not.equal(plain, 200, 'plain HTTP gets nothing');
});

test('a node without TLS refuses a non-loopback metrics address at start, with a clear message', async () => {
  const port = await freePort();
  const r = await new Promise<{ code: number; out: string }>((resolve) =>
    execFile(
      process.execPath,
      [
        FERRYD,
        '--foreground',
        '--listen',
        '127.0.0.1:0',
        '--data',
        join(dir, 'plain'),
        '--node-id',
        'p',
        '--cluster',
        't',
        '--metrics',
        `0.0.0.0:${port}`,
      ],
      { timeout: 60_000 },
      (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, out: stdout + stderr }),
    ),
  );
  assert.is(r.code, 1, r.out);
  assert.match(r.out, 'refusing to serve metrics in plaintext on 0.0.0.0:');
  assert.not.match(r.out, /\n\s+at /, 'no stack trace');
});

test.run();
