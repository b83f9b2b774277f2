#!/usr/bin/env node
// The ssh2 lab engine process (`node ssh2-engine-main.js DIR`, started detached by `lab up --engine ssh2`): serves
// every host of the lab in DIR, each on its own port with its own host key, and takes fault commands
// (`{"op":"crash"|"partition"|"restore","host":NAME}` lines) on the Unix socket DIR/engine.sock.
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { engineSocket } from './engine-control.js';
import { paths, readConfig } from './layout.js';
import { readAuthorizedKeys } from './ssh2-auth.js';
import { Ssh2Host } from './ssh2-host.js';
import { hostEnv } from './sshd.js';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: ssh2-engine-main.js LABDIR\n');
  process.exit(2);
}
const config = readConfig(dir);
const me = userInfo();
const allowedKeys = readAuthorizedKeys(`${dir}/client/authorized_keys`);
const userEnv = { USER: config.user, LOGNAME: config.user, HOME: me.homedir, SHELL: me.shell ?? '/bin/sh' };

const hosts = new Map<string, Ssh2Host>();
for (const h of config.hosts) {
  const env = Object.fromEntries(
    hostEnv(dir, h.unit, h.name).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  );
  hosts.set(
    h.name,
    new Ssh2Host({
      port: h.port,
      hostKey: readFileSync(paths.unitHostKey(dir, h.unit)),
      user: config.user,
      allowedKeys,
      session: {
        labDir: dir,
        name: h.name,
        ...(config.virshPath !== undefined ? { virsh: config.virshPath } : {}),
        env: { ...userEnv, ...env },
        shell: userEnv.SHELL,
        home: me.homedir,
      },
    }),
  );
}

/** Runs one control request; returns the reply line. */
async function control(line: string): Promise<string> {
  try {
    const req = JSON.parse(line) as { op?: string; host?: string };
    const host = hosts.get(String(req.host));
    if (!host) return JSON.stringify({ error: `unknown host ${JSON.stringify(req.host)}` });
    if (req.op === 'crash') host.crash();
    else if (req.op === 'partition') host.partition();
    else if (req.op === 'restore') await host.restore();
    else return JSON.stringify({ error: `unknown op ${JSON.stringify(req.op)}` });
    return JSON.stringify({ ok: true, power: host.power });
  } catch (err) {
    return JSON.stringify({ error: (err as Error).message });
  }
}

const sock = engineSocket(dir);
rmSync(sock, { force: true });
const server = createServer((c) => {
  let buf = '';
  c.on('error', () => undefined);
  c.on('data', (d) => {
    buf += d.toString('utf8');
    const nl = buf.indexOf('\n');
    if (nl < 0) return;
    void control(buf.slice(0, nl)).then((reply) => c.end(`${reply}\n`));
  });
});
await new Promise<void>((resolve) => server.listen(sock, resolve));
// The lab waits for every host port to listen; the control socket is ready by then.
await Promise.all([...hosts.values()].map((h) => h.listen()));
process.on('SIGTERM', () => process.exit(0));
