// Glue between commander actions and the rest: resolves global options, opens (and later closes) connections,
// and hands each command handler what it needs. Command modules stay free of process-level concerns.
import type { Command } from 'commander';
import { Connection } from './connection.js';
import { resolveGlobals, type GlobalOptions } from './options.js';

/** What a command handler gets. */
export interface Ctx {
  /** Positional arguments. */
  args: string[];
  /** The leaf command's own options. */
  opts: Record<string, unknown>;
  /** The leaf command. */
  cmd: Command;
  /** Resolved global options. */
  globals: GlobalOptions;
  /** The connection to `--server` (opened on first use). */
  conn(): Connection;
  /** A connection to another address with the same credentials (closed at exit). */
  connectTo(address: string): Connection;
}

const open = new Set<Connection>();

/** Closes every connection opened by handlers. */
export function closeAll(): void {
  for (const c of open) c.close();
  open.clear();
}

/** Wraps a handler as a commander action. */
export function action(handler: (ctx: Ctx) => Promise<void>): (...a: unknown[]) => Promise<void> {
  return async (...a: unknown[]) => {
    const cmd = a[a.length - 1] as Command;
    const opts = cmd.opts();
    const args = (cmd.processedArgs as unknown[]).map((x) => (x === undefined ? '' : String(x)));
    const globals = resolveGlobals(cmd, process.env);
    let main: Connection | undefined;
    const connectTo = (address: string): Connection => {
      const c = new Connection(address, globals);
      open.add(c);
      return c;
    };
    await handler({
      args,
      opts,
      cmd,
      globals,
      connectTo,
      conn: () => (main ??= connectTo(globals.server)),
    });
  };
}
