// No secret leaves a node in clear: an SMTP URL with a password set through the API must not show up in the
// daemon's log output (debug level), in `ferry audit export` / `events read`, in API reads, or in NATS payloads.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { call } from '@ferry/api';
import { BusClient } from '@ferry/bus';
import {
  cleanupDirs,
  CLI,
  cliEnv,
  Ferryd,
  FERRYD,
  freePort,
  NatsServer,
  status,
  tempDir,
  waitFor,
} from './nats-metrics-support.js';

const PASSWORD = 'Sup3rSecretPw';
const SMTP_URL = `smtp://mailer:${PASSWORD}@127.0.0.1:2525`;
let nats: NatsServer;
let bus: BusClient;
let daemon: Ferryd;
let data = '';
const payloads: string[] = [];

/** `ferry ARGS…` as admin over mTLS against the daemon (offline commands ignore the server settings). */
function ferry(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: cliEnv(daemon.addr), maxBuffer: 64 << 20 },
      (err, stdout, stderr) => (err ? reject(new Error(`ferry ${args.join(' ')}: ${stderr}`)) : resolve(stdout)),
    );
  });
}

test.before(async () => {
  // A missing build fails the file (it used to pass every test without running one).
  for (const f of [FERRYD, CLI]) if (!existsSync(f)) throw new Error(`${f} is missing: run \`pnpm build\` first`);
  nats = new NatsServer(await freePort());
  await nats.start();
  bus = BusClient.start({ servers: nats.url });
  const nc = await bus.whenConnected();
  const sub = nc.subscribe('ferry.t-secret.>');
  void (async () => {
    for await (const m of sub) payloads.push(m.string());
  })();
  data = join(tempDir('secret'), 'data');
  daemon = await Ferryd.start([
    '--data',
    data,
    '--node-id',
    's',
    '--cluster',
    't-secret',
    '--nats',
    nats.url,
    '--log-level',
    'trace',
  ]);
});

test.after(async () => {
  await daemon?.stop();
  await bus?.stop();
  await nats?.stop();
  cleanupDirs();
});

test('an SMTP password set via the API appears in no log line, export, event read or NATS payload', async () => {
  const c = daemon.client();
  await call(c, c.SetSetting, { key: 'smtp-url', value: SMTP_URL });
  const read = await call<Record<string, unknown>>(c, c.GetSetting, { key: 'smtp-url' });
  assert.not.match(JSON.stringify(read), PASSWORD, 'GetSetting');
  // A refused write naming the URL in its error must not echo the password either.
  const refused = await call(c, c.SetSetting, { key: 'no-such-setting', value: SMTP_URL }).then(
    () => undefined,
    (err: Error) => err,
  );
  assert.ok(refused, 'an unknown setting must be refused');
  assert.not.match(refused!.message, PASSWORD, 'the refusal');
  const head = (await status(c)).headSeq;
  await waitFor('the events on NATS', () => payloads.filter((p) => p.includes('"seq"')).length >= head);

  const exported = await ferry('--server', daemon.addr, 'audit', 'export');
  assert.is(exported.trim().split('\n').length, head, 'export has every event');
  assert.match(exported, 'smtp-url', 'the setting is exported');
  assert.not.match(exported, PASSWORD, 'audit export');
  assert.not.match(
    await ferry('--server', daemon.addr, 'events', 'read', '--from', '1', '--limit', '1000', '--json'),
    PASSWORD,
    'events read',
  );
  assert.not.match(await ferry('--server', daemon.addr, 'settings', 'list', '--json'), PASSWORD, 'settings list');
  for (const p of payloads) assert.not.match(p, PASSWORD, 'NATS payload');

  await daemon.stop();
  assert.not.match(await ferry('audit', 'export', '--data', data), PASSWORD, 'offline audit export');
  assert.ok(daemon.output.length > 0, 'the daemon logged something');
  assert.not.match(daemon.output, PASSWORD, 'daemon log output');
});

test.run();
