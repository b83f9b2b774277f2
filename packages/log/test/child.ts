// Test fixtures run as child processes (test/fixtures/*.ts): a process that holds the log, or writes to it until
// it is killed, so a test can SIGKILL it at a moment of its choosing.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}.js`, import.meta.url));

/** Spawns a fixture and resolves once it printed `ready`; collects later stdout lines. */
export function startChild(
  name: string,
  dir: string,
): Promise<{ child: ChildProcess; lines: string[]; exited: Promise<void> }> {
  const child = spawn(process.execPath, [fixture(name), dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let partial = '';
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${name} exited early with ${code}`)));
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (d: string) => {
      const parts = (partial + d).split('\n');
      partial = parts.pop() ?? '';
      for (const l of parts) {
        if (l === 'ready') resolve({ child, lines, exited });
        else lines.push(l);
      }
    });
  });
}
