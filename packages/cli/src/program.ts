// Builds the `ferry` command tree: global options on the program, one module per command group.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerAudit } from './commands/audit.js';
import { registerEvents } from './commands/events.js';
import { registerFailover } from './commands/failover.js';
import { registerGroups } from './commands/groups.js';
import { registerHealth } from './commands/health.js';
import { registerHosts } from './commands/hosts.js';
import { registerOwners } from './commands/owners.js';
import { registerReplication } from './commands/replication.js';
import { registerRules } from './commands/rules.js';
import { registerSettings } from './commands/settings.js';
import { registerStatus } from './commands/status.js';
import { registerSystems } from './commands/systems.js';
import { registerTokens } from './commands/tokens.js';
import { addGlobalOptions } from './options.js';

/** The CLI's version (from its package.json). */
export function cliVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Output hooks (tests capture them). */
export interface ProgramOutput {
  writeOut(s: string): void;
  writeErr(s: string): void;
}

/** The whole command tree; commander errors are thrown (exitOverride), never exit the process. */
export function buildProgram(output?: ProgramOutput): Command {
  const program = new Command('ferry')
    .description(
      'Operator CLI of Ferry: hosts, systems, failover groups, settings, owners, events, replication, audit.',
    )
    .version(cliVersion(), '-V, --version', 'print the version')
    .enablePositionalOptions()
    .exitOverride();
  if (output) program.configureOutput(output);
  addGlobalOptions(program);
  registerStatus(program);
  registerHealth(program);
  registerHosts(program);
  registerSystems(program);
  registerGroups(program);
  registerRules(program);
  registerSettings(program);
  registerOwners(program);
  registerEvents(program);
  registerFailover(program);
  registerReplication(program);
  registerTokens(program);
  registerAudit(program);
  pointToHelp(program);
  return program;
}

/** After a usage error, every command names its own help: `(see 'ferry hosts add --help')`. */
function pointToHelp(cmd: Command): void {
  const path: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) path.unshift(c.name());
  cmd.showHelpAfterError(`(see '${path.join(' ')} --help')`);
  for (const sub of cmd.commands) pointToHelp(sub);
}
