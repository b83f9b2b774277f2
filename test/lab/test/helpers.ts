// Test helpers: temp lab directories and a real `ssh` client bound to a lab host.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lab, type LabUpOptions } from '../src/index.js';

/** Result of one command. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion. */
export function run(cmd: string, args: string[], input?: string, timeoutMs = 20_000): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    // A command that reads no stdin may exit before it is written (EPIPE); its exit status and output tell.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/** A fresh temp directory. */
export function tempDir(tag: string): string {
  return mkdtempSync(join(tmpdir(), `ferry-lab-${tag}-`));
}

/** The labs one test file starts, each in its own temp directory; `downAll` (for `test.after`) stops and removes them. */
export class TestLabs {
  readonly started: Lab[] = [];
  private readonly dirs: string[] = [];

  /** Brings up a lab in a fresh temp directory tagged `tag`. */
  async up(tag: string, opts: LabUpOptions): Promise<Lab> {
    const tmp = tempDir(tag);
    this.dirs.push(tmp);
    const lab = await Lab.up(join(tmp, 'lab'), opts);
    this.started.push(lab);
    return lab;
  }

  async downAll(): Promise<void> {
    for (const lab of this.started) await lab.down().catch(() => undefined);
    for (const tmp of this.dirs) rmSync(tmp, { recursive: true, force: true });
  }
}

/** Runs `command` on lab host `name` with the real OpenSSH client (host key pinned via the lab's known_hosts). */
export function ssh(
  lab: Lab,
  name: string,
  command: string,
  opts: { input?: string; connectTimeout?: number } = {},
): Promise<RunResult> {
  const h = lab.hostInfo(name);
  return run(
    'ssh',
    [
      '-i',
      h.keyFile,
      '-p',
      String(h.port),
      '-o',
      `UserKnownHostsFile=${lab.config.knownHostsFile}`,
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      'BatchMode=yes',
      '-o',
      'KexAlgorithms=curve25519-sha256',
      '-o',
      `ConnectTimeout=${opts.connectTimeout ?? 10}`,
      `${h.user}@${h.address}`,
      command,
    ],
    opts.input,
    (opts.connectTimeout ?? 10) * 1000 + 10_000,
  );
}

/** Live (non-zombie) processes whose command line mentions `dir`. */
export function processesMentioning(dir: string): number[] {
  const out: number[] = [];
  for (const n of readdirSync('/proc')) {
    if (!/^\d+$/.test(n) || Number(n) === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
      if (state === 'Z') continue;
      const cmd = readFileSync(`/proc/${n}/cmdline`, 'utf8');
      if (cmd.includes(dir)) out.push(Number(n));
    } catch {
      // gone
    }
  }
  return out;
}
