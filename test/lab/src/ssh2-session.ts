// One exec request on a lab host of the ssh2 engine. Ferry's KVM probe and definition capture are answered
// in-process (kvm-answers.ts: the real virsh's memoized answers, free from the host's state); every other command runs as sshd would run it: the
// user's login shell with `-c COMMAND`, the host's environment (the same SetEnv values the sshd units give),
// stdin, stdout, stderr, exit status or signal, and a client `signal` request delivered to it.
import { spawn, type ChildProcess } from 'node:child_process';
import type { ServerChannel, Session } from 'ssh2';
import { answerKvmCapture, answerKvmProbe } from './kvm-answers.js';

/** Where and as whom a lab host's sessions run. */
export interface SessionHost {
  labDir: string;
  name: string;
  /** Environment of a session (markers, FERRY_LAB_HOST, PATH, tool config dirs, user variables). */
  env: NodeJS.ProcessEnv;
  shell: string;
  home: string;
  /** Shell processes of this host's sessions (faults stop or kill them). */
  children: Set<ChildProcess>;
  /** The real virsh of a KVM lab (absent on other types: nothing is answered in-process). */
  virsh?: string;
}

/** Serves the exec requests of one session channel; pty, shell and subsystem requests are refused. */
export function serveSession(session: Session, host: SessionHost): void {
  let child: ChildProcess | undefined;
  session.on('exec', (accept, _reject, info) => {
    const stream = accept();
    // A client that closes the channel early makes later writes fail; that is its business, not the engine's.
    stream.on('error', () => undefined);
    stream.stderr.on('error', () => undefined);
    void inProcess(host, info.command).then((answer) => {
      if (answer === undefined) {
        child = runShell(stream, info.command, host);
        return;
      }
      stream.write(answer);
      stream.exit(0);
      stream.end();
    });
  });
  session.on('signal', (accept, reject, info) => {
    try {
      child?.kill(`SIG${info.name}` as NodeJS.Signals);
      accept?.();
    } catch {
      reject?.(); // not a signal name
    }
  });
  session.on('pty', (_accept, reject) => reject?.());
  session.on('shell', (_accept, reject) => reject());
  session.on('subsystem', (_accept, reject) => reject());
}

/** The in-process answer to `command` on a KVM host, or undefined (it runs in the shell). */
async function inProcess(host: SessionHost, command: string): Promise<string | undefined> {
  if (host.virsh === undefined) return undefined;
  try {
    return (
      (await answerKvmProbe(host.virsh, host.labDir, host.name, command)) ??
      (await answerKvmCapture(host.virsh, host.labDir, host.name, command))
    );
  } catch {
    return undefined; // the shell will answer, and say what is wrong
  }
}

/** Runs `command` in the user's shell, wired to the channel; returns the child. */
function runShell(stream: ServerChannel, command: string, host: SessionHost): ChildProcess {
  const child = spawn(host.shell, ['-c', command], { cwd: host.home, env: host.env, stdio: ['pipe', 'pipe', 'pipe'] });
  host.children.add(child);
  stream.pipe(child.stdin!);
  child.stdin!.on('error', () => undefined); // the command may exit without reading its input
  child.stdout!.on('data', (d: Buffer) => stream.write(d));
  child.stderr!.on('data', (d: Buffer) => stream.stderr.write(d));
  stream.on('close', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let done = false;
  const finish = (report: () => void) => {
    host.children.delete(child);
    if (done) return;
    done = true;
    report();
    stream.end();
  };
  child.on('error', (err) =>
    finish(() => {
      stream.stderr.write(`ferry-lab: cannot run ${host.shell}: ${err.message}\n`);
      stream.exit(127);
    }),
  );
  child.on('close', (code, signal) =>
    finish(() => (signal ? stream.exit(signal.replace(/^SIG/, ''), false, '') : stream.exit(code ?? 255))),
  );
  return child;
}
