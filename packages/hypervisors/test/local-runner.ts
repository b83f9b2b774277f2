// A CommandRunner that runs driver commands in a local bash with stub tools first on PATH (the stubs print real
// outputs from test/fixtures/hypervisors), so the drivers' shell scripts run as they would on a host.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandRunner, ExecResult } from '../src/index.js';

/** Root of the fixture corpus (test/fixtures/hypervisors). */
export const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/hypervisors/', import.meta.url));

/** A temp dir with executable stub tools; `runner` runs commands with it first on PATH, `env` added. */
export class StubHost {
  readonly dir = mkdtempSync(join(tmpdir(), 'ferry-stub-host-'));
  readonly bin = join(this.dir, 'bin');

  constructor() {
    mkdirSync(this.bin);
  }

  /** Installs `bin/NAME` as a bash script with `body`. */
  tool(name: string, body: string): void {
    const path = join(this.bin, name);
    writeFileSync(path, `#!/bin/bash\n${body}\n`);
    chmodSync(path, 0o755);
  }

  runner(env: Record<string, string> = {}): CommandRunner {
    return {
      hostId: 'stub',
      exec: (command, opts) =>
        new Promise<ExecResult>((resolve, reject) => {
          const child = spawn('bash', ['-c', command], {
            env: { PATH: `${this.bin}:/usr/bin:/bin`, HOME: this.dir, ...env },
            stdio: ['pipe', 'pipe', 'pipe'],
          });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
          child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
          child.on('error', reject);
          child.on('close', (code, signal) => resolve({ stdout, stderr, exitCode: code, signal }));
          // A command that reads no stdin may exit before it is written (EPIPE); its status and output tell.
          child.stdin.on('error', () => undefined);
          child.stdin.end(opts?.stdin ?? '');
        }),
    };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
