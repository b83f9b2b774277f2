#!/usr/bin/env node
// `lab` CLI: up / ferry-commands / crash / partition / restore / power-off / power-status / systems / add-system / exec /
// double-runs / down.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { LabError } from './errors.js';
import { ferryCommands } from './ferry-commands.js';
import { Lab, type LabSystemState } from './lab.js';
import type { LabEngine, LabType } from './layout.js';

function int(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('not a non-negative integer');
  return n;
}

function type(value: string): LabType {
  if (value !== 'kvm' && value !== 'xen' && value !== 'openvz')
    throw new InvalidArgumentError('must be kvm, xen or openvz');
  return value;
}

function systemState(value: string): LabSystemState {
  if (value !== 'running' && value !== 'stopped' && value !== 'paused' && value !== 'crashed') {
    throw new InvalidArgumentError('must be running, stopped, paused or crashed');
  }
  return value;
}

function engine(value: string): LabEngine {
  if (value !== 'openssh' && value !== 'ssh2') throw new InvalidArgumentError('must be openssh or ssh2');
  return value;
}

const out = (s: string): void => {
  process.stdout.write(`${s}\n`);
};

function program(): Command {
  const p = new Command('lab')
    .description(
      'Ferry lab: real OpenSSH sshd "hypervisor hosts" on 127.0.0.1 with virsh/xl/vzctl shims and fault injection',
    )
    .exitOverride()
    .showHelpAfterError(false);

  p.command('up')
    .description('create a lab in DIR, start its hosts in the background and print {hosts, sharedDir} as JSON')
    .argument('<dir>', 'lab directory (created; must not hold a lab)')
    .requiredOption('--hosts <n>', 'number of hosts', int)
    .requiredOption('--type <type>', 'kvm | xen | openvz', type)
    .requiredOption('--ram <mib>', 'total RAM of each host in MiB', int)
    .requiredOption('--systems <k>', 'running systems per host', int)
    .option('--system-ram <mib>', 'memory of each system in MiB', int, 1024)
    .option('--prefix <name>', 'host name prefix (hosts are PREFIX-h1..N; default: the type)')
    .option(
      '--ports-per-sshd <m>',
      'host ports served by one sshd (scale; faults then hit all hosts of that sshd)',
      int,
      1,
    )
    .option(
      '--engine <engine>',
      'openssh (real sshd, default) | ssh2 (one Node process serves every host; for scale benchmarks)',
      engine,
      'openssh',
    )
    .action(
      async (
        dir: string,
        o: {
          hosts: number;
          type: LabType;
          ram: number;
          systems: number;
          systemRam: number;
          prefix?: string;
          portsPerSshd: number;
          engine: LabEngine;
        },
      ) => {
        const lab = await Lab.up(dir, {
          hosts: o.hosts,
          type: o.type,
          ramMiB: o.ram,
          systems: o.systems,
          systemRamMiB: o.systemRam,
          portsPerSshd: o.portsPerSshd,
          engine: o.engine,
          ...(o.prefix !== undefined ? { prefix: o.prefix } : {}),
        });
        out(JSON.stringify(lab.info()));
      },
    );

  p.command('ferry-commands')
    .description(
      "print the ferry commands that register the lab's hosts (add, trust, fence); pipe them to sh to run them",
    )
    .argument('<dir>', 'lab directory')
    .action(async (dir: string) => {
      const lab = await Lab.attach(dir);
      for (const l of ferryCommands(dir, lab.config.type, lab.info())) out(l);
    });

  const fault = (name: string, what: string, fn: (lab: Lab, host: string) => Promise<void>) =>
    p
      .command(name)
      .description(what)
      .argument('<dir>', 'lab directory')
      .argument('<host>', 'lab host name')
      .action(async (dir: string, host: string) => fn(await Lab.attach(dir), host));
  fault('crash', "SIGKILL the host's sshd and sessions; its systems stop (definitions stay)", (l, h) => l.crash(h));
  fault('partition', "SIGSTOP the host's sshd and sessions (systems keep running)", (l, h) => l.partition(h));
  fault(
    'restore',
    'SIGCONT a partitioned host, or boot a crashed one on the same port and key (systems stopped)',
    (l, h) => l.restore(h),
  );
  fault('power-off', 'fence: like crash, idempotent, works on a partitioned host', (l, h) => l.powerOff(h));
  fault('power-status', 'print on or off (crashed / powered off = off, partitioned = on)', async (l, h) =>
    out(await l.powerStatus(h)),
  );

  p.command('systems')
    .description('list every system definition per host with state and memory')
    .argument('<dir>', 'lab directory')
    .option('--json', 'JSON array of {name, host, state, memoryMiB}')
    .action(async (dir: string, o: { json?: boolean }) => {
      const systems = await (await Lab.attach(dir)).systems();
      if (o.json) return out(JSON.stringify(systems));
      for (const s of systems) out(`${s.name.padEnd(24)} ${s.host.padEnd(16)} ${s.state.padEnd(8)} ${s.memoryMiB} MiB`);
    });

  p.command('add-system')
    .description(
      'define a system with any legal name on a host and put it in a state (paused and crashed hold their memory)',
    )
    .argument('<dir>', 'lab directory')
    .argument('<host>', 'lab host name')
    .argument('<name>', 'system name (spaces, dots, non-ASCII allowed)')
    .requiredOption('--ram <mib>', 'memory of the system in MiB', int)
    .option('--state <state>', 'running | stopped | paused | crashed (crashed: kvm and xen)', systemState, 'running')
    .action(async (dir: string, host: string, name: string, o: { ram: number; state: LabSystemState }) => {
      out(JSON.stringify(await (await Lab.attach(dir)).addSystem(host, name, { ramMiB: o.ram, state: o.state })));
    });

  p.command('exec')
    .description(
      "run a command on a lab host through a real SSH session, as Ferry's would; prints its output and exits with its status",
    )
    .argument('<dir>', 'lab directory')
    .argument('<host>', 'lab host name')
    .argument('<command...>', 'the command and its arguments (after --)')
    .allowUnknownOption()
    .action(async (dir: string, host: string, command: string[]) => {
      process.exitCode = await (await Lab.attach(dir)).exec(host, command);
    });

  p.command('double-runs')
    .description('systems that ran on two hosts at the same time (from the run history)')
    .argument('<dir>', 'lab directory')
    .option('--json', 'JSON array of {system, hosts, from, to, ongoing, intervals}')
    .action(async (dir: string, o: { json?: boolean }) => {
      const runs = await (await Lab.attach(dir)).doubleRuns();
      if (o.json) return out(JSON.stringify(runs));
      if (runs.length === 0) return out('no double runs');
      for (const r of runs) {
        out(
          `${r.system} on ${r.hosts.join(' and ')} from ${new Date(r.from).toISOString()} to ${r.ongoing ? 'now' : new Date(r.to).toISOString()}`,
        );
      }
    });

  p.command('down')
    .description('stop every sshd and session of the lab (also frozen ones); idempotent')
    .argument('<dir>', 'lab directory')
    .action(async (dir: string) => (await Lab.attach(dir)).down());
  return p;
}

async function main(): Promise<void> {
  try {
    await program().parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode =
        err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
      return;
    }
    if (err instanceof LabError) {
      process.stderr.write(`lab: ${err.message}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    process.stderr.write(`lab: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}

await main();
