// Global options (server, output, auth, TLS, deadline) and the value parsers shared by every command.
// Global options are accepted before the subcommand (on the program) and after it (on every leaf command).
import { isAbsolute, resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from './errors.js';

/** The resolved global options of one invocation. */
export interface GlobalOptions {
  /** Server address `host:port`. */
  server: string;
  /** Print one JSON document instead of text. */
  json: boolean;
  /** Bearer token, sent as `authorization: Bearer T`. */
  token?: string;
  /** CA certificate file (PEM). */
  ca?: string;
  /** Client certificate file (PEM). */
  cert?: string;
  /** Client key file (PEM). */
  key?: string;
  /** Deadline per call in ms. */
  timeoutMs: number;
}

/** Default server address. */
export const DEFAULT_SERVER = '127.0.0.1:50051';
/** Port assumed when `--server` names a host only. */
export const DEFAULT_PORT = 50051;
/** Default per-call deadline. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Names of the global options, for leaf commands that define an option of the same name themselves. */
export type GlobalOptionName = 'server' | 'json' | 'token' | 'ca' | 'cert' | 'key' | 'timeout';

const OWNS_TIMEOUT = new WeakSet<Command>();

/** Adds the global options to a command, except those it defines itself (e.g. a group's own `--timeout`). */
export function addGlobalOptions(cmd: Command, except: readonly GlobalOptionName[] = []): Command {
  if (except.includes('timeout')) OWNS_TIMEOUT.add(cmd);
  const all: [GlobalOptionName, Option][] = [
    ['server', new Option('--server <addr>', `server address (env FERRY_SERVER, default ${DEFAULT_SERVER})`)],
    ['json', new Option('--json', 'print JSON')],
    ['token', new Option('--token <token>', 'API token (env FERRY_TOKEN)')],
    ['ca', new Option('--ca <file>', 'CA certificate for TLS (env FERRY_CA)')],
    ['cert', new Option('--cert <file>', 'client certificate for mutual TLS (env FERRY_CERT)')],
    ['key', new Option('--key <file>', 'client key for mutual TLS (env FERRY_KEY)')],
    [
      'timeout',
      new Option('--timeout <seconds>', 'deadline of each call in seconds (default 30)').argParser(
        positiveNumber('timeout'),
      ),
    ],
  ];
  for (const [name, opt] of all) if (!except.includes(name)) cmd.addOption(opt);
  return cmd;
}

/**
 * Resolves the global options of a leaf command: values of the program and the leaf (nearest wins), then the
 * environment, then defaults. A leaf's own `--timeout` (see addGlobalOptions) is not the call deadline.
 */
export function resolveGlobals(cmd: Command, env: NodeJS.ProcessEnv): GlobalOptions {
  const chain: Command[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) chain.unshift(c);
  const merged: Record<string, unknown> = {};
  for (const c of chain) {
    for (const [k, v] of Object.entries(c.opts())) {
      if (v === undefined || (k === 'timeout' && OWNS_TIMEOUT.has(c))) continue;
      merged[k] = v;
    }
  }
  return globalsFrom(merged, env);
}

/** Global options from a flat record of option values plus the environment (pure). */
export function globalsFrom(v: Record<string, unknown>, env: NodeJS.ProcessEnv): GlobalOptions {
  const str = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);
  const timeout = typeof v.timeout === 'number' ? v.timeout : undefined;
  const g: GlobalOptions = {
    server: serverAddress(str(v.server) ?? str(env.FERRY_SERVER) ?? DEFAULT_SERVER),
    json: v.json === true,
    timeoutMs: timeout !== undefined ? Math.round(timeout * 1000) : DEFAULT_TIMEOUT_MS,
  };
  const token = str(v.token) ?? str(env.FERRY_TOKEN);
  const ca = str(v.ca) ?? str(env.FERRY_CA);
  const cert = str(v.cert) ?? str(env.FERRY_CERT);
  const key = str(v.key) ?? str(env.FERRY_KEY);
  if (token !== undefined) g.token = token;
  if (ca !== undefined) g.ca = userPath(ca, env);
  if (cert !== undefined) g.cert = userPath(cert, env);
  if (key !== undefined) g.key = userPath(key, env);
  return g;
}

/**
 * A `--server` value as a gRPC target `HOST:PORT` (pure): a host alone gets Ferry's port, an IPv6 address its
 * brackets; a URL is a usage error (gRPC targets have no scheme here; TLS is chosen with --ca/--cert/--key).
 */
export function serverAddress(value: string): string {
  const v = value.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
    throw new UsageError(
      `--server takes HOST:PORT, not a URL ("${value}"); for TLS give --ca (and --cert/--key for mutual TLS)`,
    );
  }
  const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/i.exec(v);
  const [host, port] = bracketed
    ? [`[${bracketed[1]}]`, bracketed[2]]
    : v.split(':').length > 2
      ? [`[${v}]`, undefined] // a bare IPv6 address: no port can follow it unbracketed
      : (v.split(':') as [string, string | undefined]);
  if (!host || host === '[]') throw new UsageError(`--server "${value}" names no host`);
  if (port === undefined) return `${host}:${DEFAULT_PORT}`;
  const n = Number(port);
  if (!/^\d+$/.test(port) || n < 1 || n > 65535)
    throw new UsageError(`--server "${value}": the port must be from 1 to 65535`);
  return `${host}:${n}`;
}

/**
 * Marks options of `cmd` as required. Checked before the action, after commander has reported unknown options, so
 * a mistyped option (`--adress`) is named as such, not as the required one it failed to give.
 */
export function requireOptions(cmd: Command, ...flags: string[]): Command {
  return cmd.hook('preAction', (_cmd, leaf) => {
    for (const flag of flags) {
      const key = flag.replace(/^--/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      if (leaf.opts()[key] === undefined)
        leaf.error(`error: required option '${flag}' not specified`, {
          exitCode: 2,
          code: 'commander.missingMandatoryOptionValue',
        });
    }
  });
}

/** Resolves a path the user typed against the directory they typed it in (pnpm's INIT_CWD, else cwd). */
export function userPath(p: string, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  if (isAbsolute(p)) return p;
  return resolve(env.INIT_CWD || cwd, p);
}

/** Parser of a whole number within [min, max]; usage error naming the option otherwise. */
export function integer(name: string, min = 0, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    if (!/^-?\d+$/.test(value.trim()))
      throw new InvalidArgumentError(`--${name} must be a whole number, got "${value}"`);
    const n = Number(value);
    if (n < min || n > max) throw new InvalidArgumentError(`--${name} must be from ${min} to ${max}, got ${n}`);
    return n;
  };
}

/** Parser of a number > 0. */
export function positiveNumber(name: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n <= 0)
      throw new InvalidArgumentError(`--${name} must be a number above 0, got "${value}"`);
    return n;
  };
}

/** Parser of a number within [min, max]. */
export function numberIn(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
      throw new InvalidArgumentError(`--${name} must be a number from ${min} to ${max}, got "${value}"`);
    }
    return n;
  };
}

/** Parser of an ISO 8601 time; returns it normalised. */
export function isoTime(name: string): (value: string) => string {
  return (value) => {
    const t = Date.parse(value);
    if (Number.isNaN(t)) throw new InvalidArgumentError(`--${name} must be an ISO 8601 time, got "${value}"`);
    return new Date(t).toISOString();
  };
}

/** Collector of a repeatable option (`--tag a --tag b`). */
export function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Parser of a comma-separated list (`--hosts h1,h2`); empty items dropped. */
export function commaList(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  ];
}

/** An option restricted to a set of values (`--type kvm|xen|openvz`); other values are a usage error naming it. */
export function choiceOption(flags: string, description: string, choices: readonly string[]): Option {
  return new Option(flags, description).choices(choices);
}
