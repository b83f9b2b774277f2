// `ferry hosts add|list|show|update|remove|trust` and `ferry confirm-down`: hypervisor hosts.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  FENCE_METHODS,
  HOST_STATES,
  VIRT_TYPES,
  type DrainHostResponse__Output,
  type ListHostsRequest,
  type RegisterHostRequest,
  type UpdateHostRequest,
} from '@ferry/contract';
import { action } from '../context.js';
import { RefusedError, UsageError } from '../errors.js';
import { addGlobalOptions, choiceOption, integer, repeatable, requireOptions, userPath } from '../options.js';
import { emit, keyValues, note, table } from '../output.js';
import { confirm, interactive } from '../prompt.js';
import { hostJson, type HostJson } from '../views.js';
import { present } from '../connection.js';
import { ENUM_PREFIX, enumName, enumText, type HostState, type VirtualizationType } from '@ferry/contract';

/** Options of `hosts add`. */
export interface AddHostOptions {
  address: string;
  port: number;
  user: string;
  type: string;
  tag?: string[];
  hostGroup?: string[];
  keyFile?: string;
  sealKeyFile?: string;
  fenceCommand?: string;
  powerStatusCommand?: string;
  fence?: string;
  check?: boolean;
}

/**
 * `hosts add` options -> RegisterHostRequest; a relative key file is resolved against the user's directory, and
 * `privateKey` is the text of `--seal-key-file`, read here by the caller (pure but for env).
 */
export function registerHostRequest(
  name: string,
  o: AddHostOptions,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
  privateKey = '',
): RegisterHostRequest {
  return {
    spec: {
      name,
      address: o.address,
      port: o.port,
      user: o.user,
      type: o.type,
      tags: o.tag ?? [],
      hostGroups: o.hostGroup ?? [],
      fenceMethod: o.fence ?? '',
      fenceCommand: o.fenceCommand ?? '',
      powerStatusCommand: o.powerStatusCommand ?? '',
    },
    keyFile: o.keyFile ? userPath(o.keyFile, env, cwd) : '',
    privateKey,
    check: Boolean(o.check),
  };
}

/** Options of `hosts update`. */
export interface UpdateHostOptions {
  address?: string;
  port?: number;
  user?: string;
  tag?: string[];
  hostGroup?: string[];
  keyFile?: string;
  fenceCommand?: string;
  powerStatusCommand?: string;
  fence?: string;
  clearTags?: boolean;
}

/** `hosts update` options -> UpdateHostRequest with only the given fields set (pure but for env). */
export function updateHostRequest(
  name: string,
  o: UpdateHostOptions,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): UpdateHostRequest {
  const r: UpdateHostRequest = { name };
  if (o.address !== undefined) r.address = o.address;
  if (o.port !== undefined) r.port = o.port;
  if (o.user !== undefined) r.user = o.user;
  if (o.keyFile !== undefined) r.keyFile = userPath(o.keyFile, env, cwd);
  if (o.fence !== undefined) r.fenceMethod = o.fence;
  if (o.fenceCommand !== undefined) r.fenceCommand = o.fenceCommand;
  if (o.powerStatusCommand !== undefined) r.powerStatusCommand = o.powerStatusCommand;
  if (o.tag !== undefined || o.clearTags) {
    r.tags = o.tag ?? [];
    r.setTags = true;
  }
  if (o.hostGroup !== undefined) {
    r.hostGroups = o.hostGroup;
    r.setHostGroups = true;
  }
  return r;
}

/** `hosts list` filters -> ListHostsRequest (pure). */
export function listHostsRequest(o: { tag?: string; type?: string; state?: string }): ListHostsRequest {
  return {
    tag: o.tag ?? '',
    type: enumName<VirtualizationType>(ENUM_PREFIX.virtualizationType, o.type ?? ''),
    state: enumName<HostState>(ENUM_PREFIX.hostState, o.state ?? ''),
  };
}

/** How long `hosts drain --wait` and `systems move` wait for the node's answer (the node waits up to 5 minutes). */
export const PLANNED_TIMEOUT_MS = 330_000;

/** `hosts drain --json`: the host, its moves (with the outcome once finished, under --wait) and the refusals. */
export interface DrainJson {
  host: string;
  moves: { system: string; to: string; live: boolean; id: string; outcome: string; detail: string }[];
  refusals: { system: string; code: string; reason: string }[];
}

/** DrainResult -> JSON (pure). */
export function drainJson(r: DrainHostResponse__Output): DrainJson {
  return {
    host: r.host,
    moves: (r.moves ?? []).map((m) => ({
      system: m.system,
      to: m.to,
      live: Boolean(m.live),
      id: m.id,
      outcome: enumText(ENUM_PREFIX.moveOutcome, m.outcome),
      detail: m.detail,
    })),
    refusals: (r.refusals ?? []).map((x) => ({ system: x.system, code: x.code, reason: x.reason })),
  };
}

/** A drain in words (pure). */
export function drainText(d: DrainJson): string {
  const lines = [`host ${d.host} in maintenance; ${d.moves.length} move(s), ${d.refusals.length} refused`];
  for (const m of d.moves)
    lines.push(
      `  ${m.system} -> ${m.to} (${m.live ? 'live' : 'cold'}): ${m.outcome}${m.detail ? ` (${m.detail})` : ''}`,
    );
  for (const r of d.refusals) lines.push(`  ${r.system} stays: ${r.reason} (${r.code})`);
  return lines.join('\n');
}

/** Hosts as a table (pure). */
export function hostsTable(hosts: readonly HostJson[]): string {
  return table(
    ['NAME', 'ADDRESS', 'TYPE', 'STATE', 'TAGS', 'MEM FREE/TOTAL MiB', 'LOAD', 'KEY'],
    hosts.map((h) => [
      h.name,
      `${h.user}@${h.address}:${h.port}`,
      h.type,
      h.state,
      h.tags,
      h.memTotalMiB && h.memFreeMiB !== undefined ? `${h.memFreeMiB}/${h.memTotalMiB}` : '-',
      h.load !== undefined && h.memTotalMiB ? h.load.toFixed(2) : '-',
      h.hostKeyFingerprint ? 'pinned' : 'untrusted',
    ]),
  );
}

/** The text of the private key file `path` for `--seal-key-file`, or a usage error naming the file. */
async function readKeyFile(path: string): Promise<string> {
  try {
    return await readFile(userPath(path), 'utf8');
  } catch (e) {
    throw new UsageError(
      `--seal-key-file: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}

function hostCommands(cmd: Command): Command {
  return cmd
    .option(
      '--key-file <file>',
      'SSH private key file (on the node; a relative path is resolved here and sent absolute)',
    )
    .option('--fence-command <cmd>', 'command the node runs to power the host off')
    .option('--power-status-command <cmd>', 'command the node runs that prints on or off')
    .addOption(choiceOption('--fence <method>', 'fencing method', FENCE_METHODS));
}

/** Registers `hosts …` and `confirm-down`. */
export function registerHosts(program: Command): void {
  const hosts = program.command('hosts').description('hypervisor hosts');

  requireOptions(
    hostCommands(
      addGlobalOptions(hosts.command('add').description('register a host').argument('<name>', 'host name'))
        .option('--address <addr>', 'SSH address (required)')
        .option('--port <port>', 'SSH port (default 22)', integer('port', 1, 65535), 22)
        .option('--user <user>', 'SSH user (default root)', 'root')
        .addOption(choiceOption('--type <type>', 'virtualization type, required', VIRT_TYPES))
        .option('--tag <tag>', 'tag (repeatable)', repeatable)
        .option('--host-group <group>', 'host group (repeatable)', repeatable)
        .option(
          '--seal-key-file <file>',
          'SSH private key file read here and sent to be stored sealed with the cluster key (every node can use it; instead of --key-file)',
        )
        .option('--check', 'refuse unless the host answers over SSH now'),
    ),
    '--address',
    '--type',
  ).action(
    action(async (ctx) => {
      const o = ctx.opts as unknown as AddHostOptions;
      const privateKey = o.sealKeyFile ? await readKeyFile(o.sealKeyFile) : '';
      const h = hostJson(
        present(
          (
            await ctx
              .conn()
              .unary('RegisterHost', registerHostRequest(ctx.args[0]!, o, process.env, process.cwd(), privateKey))
          ).host,
          'host',
        ),
      );
      await emit(ctx.globals.json, h, () => `host ${h.name} registered (state ${h.state})`);
    }),
  );

  addGlobalOptions(hosts.command('list').description('list hosts'))
    .option('--tag <tag>', 'only hosts with this tag')
    .addOption(choiceOption('--type <type>', 'only hosts of this type', VIRT_TYPES))
    .addOption(choiceOption('--state <state>', 'only hosts in this state', HOST_STATES))
    .action(
      action(async (ctx) => {
        const list = await ctx.conn().unary('ListHosts', listHostsRequest(ctx.opts));
        const out = (list.hosts ?? []).map(hostJson);
        await emit(ctx.globals.json, out, () => hostsTable(out));
      }),
    );

  addGlobalOptions(hosts.command('show').description('show one host with live figures').argument('<name>')).action(
    action(async (ctx) => {
      const h = hostJson(present((await ctx.conn().unary('GetHost', { name: ctx.args[0]! })).host, 'host'));
      await emit(ctx.globals.json, h, () => keyValues(h as unknown as Record<string, unknown>));
    }),
  );

  hostCommands(
    addGlobalOptions(hosts.command('update').description('change a host').argument('<name>'))
      .option('--address <addr>', 'SSH address')
      .option('--port <port>', 'SSH port', integer('port', 1, 65535))
      .option('--user <user>', 'SSH user')
      .option('--tag <tag>', 'tag (repeatable; replaces the tag list)', repeatable)
      .option('--clear-tags', 'remove every tag')
      .option('--host-group <group>', 'host group (repeatable; replaces the list)', repeatable),
  ).action(
    action(async (ctx) => {
      const h = hostJson(
        present(
          (await ctx.conn().unary('UpdateHost', updateHostRequest(ctx.args[0]!, ctx.opts as UpdateHostOptions))).host,
          'host',
        ),
      );
      await emit(ctx.globals.json, h, () => `host ${h.name} updated`);
    }),
  );

  addGlobalOptions(hosts.command('remove').description('remove a host from management').argument('<name>')).action(
    action(async (ctx) => {
      await ctx.conn().unary('RemoveHost', { name: ctx.args[0]! });
      await emit(ctx.globals.json, { name: ctx.args[0], removed: true }, () => `host ${ctx.args[0]} removed`);
    }),
  );

  addGlobalOptions(
    hosts
      .command('trust')
      .description("pin a host's SSH key (shows the fingerprint and asks without --fingerprint)")
      .argument('<name>'),
  )
    .option('--fingerprint <fp>', 'accept only this key (SHA256:… as ssh-keygen -l prints it)')
    .action(
      action(async (ctx) => {
        const name = ctx.args[0]!;
        let fingerprint = (ctx.opts.fingerprint as string | undefined) ?? '';
        if (!fingerprint) {
          const seen = await ctx.conn().unary('TrustHostKey', { name, fingerprint: '' });
          if (!seen.presented) throw new RefusedError(`host ${name} presented no key (cannot reach its SSH server)`);
          note(`host ${name} presents key ${seen.presented}`);
          if (!interactive())
            throw new RefusedError(`not a terminal: check the fingerprint and pass --fingerprint ${seen.presented}`);
          if (!(await confirm(`trust this key for ${name}?`))) throw new RefusedError('not trusted');
          fingerprint = seen.presented;
        }
        const r = await ctx.conn().unary('TrustHostKey', { name, fingerprint });
        const out = { name, presented: r.presented, trusted: r.trusted, fingerprint: r.fingerprint };
        if (!r.trusted) throw new RefusedError(`key of ${name} not trusted (presented ${r.presented || 'nothing'})`);
        await emit(ctx.globals.json, out, () => `host ${name}: key ${r.fingerprint} pinned`);
      }),
    );

  addGlobalOptions(
    hosts.command('drain').description('put a host in maintenance and move every system off it').argument('<name>'),
  )
    .option('--wait', 'answer once every move has finished (up to 5 minutes)')
    .action(
      action(async (ctx) => {
        const wait = Boolean(ctx.opts.wait);
        const d = drainJson(
          await ctx.conn().unary('DrainHost', { name: ctx.args[0]!, wait }, wait ? PLANNED_TIMEOUT_MS : undefined),
        );
        await emit(ctx.globals.json, d, () => drainText(d));
        const bad = d.moves.filter((m) => m.outcome === 'failed' || m.outcome === 'start-failed');
        if (bad.length > 0)
          throw new RefusedError(`drain of ${d.host}: ${bad.map((m) => `${m.system} ${m.outcome}`).join(', ')}`);
      }),
    );

  addGlobalOptions(hosts.command('undrain').description("end a host's maintenance").argument('<name>')).action(
    action(async (ctx) => {
      const h = hostJson(present((await ctx.conn().unary('UndrainHost', { name: ctx.args[0]! })).host, 'host'));
      await emit(ctx.globals.json, h, () => `host ${h.name} out of maintenance`);
    }),
  );

  addGlobalOptions(
    program
      .command('confirm-down')
      .description('vouch that a host is dead (its fence cannot be confirmed)')
      .argument('<host>'),
  ).action(
    action(async (ctx) => {
      await ctx.conn().unary('ConfirmDown', { name: ctx.args[0]! });
      await emit(
        ctx.globals.json,
        { host: ctx.args[0], confirmedDown: true },
        () => `host ${ctx.args[0]} confirmed down`,
      );
    }),
  );
}
