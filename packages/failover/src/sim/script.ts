// Parser of the scenario script format: declarations (admin, owner, node, host, system, group, settings) followed
// by timed commands (power-off h1, wait 30, force web1 --target h3 --no-start, crash-master, promote r1,
// partition m1 r1, restart r1 --role replica --master m1, join-host h3, set-failover web1 off, drain h3, undrain h3,
// move web1 h2 [live|cold], migrate-fails h1 N, …).

import { ScenarioError } from '../errors.js';
import type { FenceMethod, GroupView, PlacementPolicy, RuleView, VirtType } from '../types.js';

/** A declared simulated host. */
export interface HostDecl {
  name: string;
  type: VirtType;
  ramMiB: number;
  fence: FenceMethod;
  /** `none`: the host has no power-status command, so its power status always reads `unknown` (as in the daemon). */
  powerStatus?: 'none';
  /** Not registered at the start: it joins with `join-host`. */
  later: boolean;
}

/** A declared simulated system and where it starts. */
export interface SystemDecl {
  name: string;
  host: string;
  ramMiB: number;
  priority: number;
  owner?: string;
  running: boolean;
  failover: boolean;
  captured: boolean;
}

/** Simulation timings and engine settings (seconds). */
export interface Settings {
  probe: number;
  downAfter: number;
  fenceAttempts: number;
  fenceRetry: number;
  statusPolls: number;
  statusPoll: number;
  fenceTime: number;
  statusTime: number;
  defineTime: number;
  removeTime: number;
}

/** A declared Ferry node: the first is the master, the others its registered replicas. */
export interface NodeDecl {
  name: string;
}

/** One command line after the declarations. */
export interface Command {
  line: number;
  verb: string;
  args: string[];
}

/** A parsed scenario. */
export interface Scenario {
  title: string;
  admin: string[];
  owners: Map<string, string>;
  nodes: NodeDecl[];
  hosts: HostDecl[];
  systems: SystemDecl[];
  groups: GroupView[];
  /** Placement rules (`rule NAME KIND systems=a,b [hosts=h1,h2]`). */
  rules: RuleView[];
  settings: Settings;
  commands: Command[];
}

const DEFAULT_SETTINGS: Settings = {
  probe: 10,
  downAfter: 3,
  fenceAttempts: 3,
  fenceRetry: 10,
  statusPolls: 2,
  statusPoll: 2,
  fenceTime: 2,
  statusTime: 1,
  defineTime: 4,
  removeTime: 2,
};

/** Verbs accepted after the declarations. */
export const COMMAND_VERBS = [
  'wait',
  'power-off',
  'power-on',
  'network-off',
  'network-on',
  'force',
  'confirm-down',
  'release-brake',
  'set-mode',
  'crash-master',
  'promote',
  'fence-fails',
  'fence-lies',
  'define-fails',
  'remove-fails',
  'show',
  'echo',
  'partition',
  'heal',
  'crash',
  'restart',
  'join-host',
  'set-failover',
  'set-state',
  'ssh-fails',
  'auth-fails',
  'drain',
  'undrain',
  'move',
  'migrate-fails',
] as const;

const RULE_KINDS: readonly RuleView['kind'][] = ['keep-apart', 'keep-together', 'prefer-hosts', 'only-hosts'];

function kv(tokens: string[], line: number): { flags: Set<string>; values: Map<string, string> } {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (const t of tokens) {
    const i = t.indexOf('=');
    if (i < 0) flags.add(t);
    else values.set(t.slice(0, i), t.slice(i + 1));
  }
  void line;
  return { flags, values };
}

function num(v: string | undefined, dflt: number, line: number, what: string): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new ScenarioError(`${what} must be a non-negative number, not ${v}`, line);
  return n;
}

function virtType(v: string | undefined, line: number): VirtType {
  if (v === 'kvm' || v === 'xen' || v === 'openvz') return v;
  throw new ScenarioError(`unknown virtualization type ${v ?? '(none)'}`, line);
}

/** Parses a scenario script. Throws {@link ScenarioError} with the line number on any mistake. */
export function parseScenario(text: string): Scenario {
  const sc: Scenario = {
    title: '',
    admin: [],
    owners: new Map(),
    nodes: [],
    hosts: [],
    systems: [],
    groups: [],
    rules: [],
    settings: { ...DEFAULT_SETTINGS },
    commands: [],
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!.trim();
    if (raw.startsWith('#')) {
      if (sc.title === '' && sc.hosts.length === 0) sc.title = raw.replace(/^#+\s*/, '');
      continue;
    }
    if (raw === '') continue;
    const [verb, ...rest] = raw.split(/\s+/) as [string, ...string[]];
    const declaring = sc.commands.length === 0;
    switch (verb) {
      case 'admin':
        if (!declaring) throw new ScenarioError('declarations must come before commands', n);
        sc.admin.push(...rest);
        break;
      case 'owner': {
        const [name, addr] = rest;
        if (name === undefined || addr === undefined) throw new ScenarioError('usage: owner NAME ADDRESS', n);
        sc.owners.set(name, addr);
        break;
      }
      case 'node': {
        if (!declaring) throw new ScenarioError('declarations must come before commands', n);
        const [name] = rest;
        if (name === undefined || rest.length !== 1)
          throw new ScenarioError('usage: node NAME (the first node is the master)', n);
        if (sc.nodes.some((x) => x.name === name)) throw new ScenarioError(`node ${name} declared twice`, n);
        sc.nodes.push({ name });
        break;
      }
      case 'host': {
        if (!declaring) throw new ScenarioError('declarations must come before commands', n);
        const [name, type, ...more] = rest;
        if (name === undefined)
          throw new ScenarioError('usage: host NAME TYPE ram=MiB [fence=none-unsafe] [power-status=none] [later]', n);
        const { flags, values } = kv(more, n);
        const fence = values.get('fence') ?? 'command';
        if (fence !== 'command' && fence !== 'none-unsafe') throw new ScenarioError(`unknown fence method ${fence}`, n);
        const power = values.get('power-status');
        if (power !== undefined && power !== 'none')
          throw new ScenarioError(`unknown power-status ${power} (only none)`, n);
        sc.hosts.push({
          name,
          type: virtType(type, n),
          ramMiB: num(values.get('ram'), 8192, n, 'ram'),
          fence,
          later: flags.has('later'),
          ...(power ? { powerStatus: power } : {}),
        });
        break;
      }
      case 'system': {
        if (!declaring) throw new ScenarioError('declarations must come before commands', n);
        const [name, ...more] = rest;
        const { flags, values } = kv(more, n);
        const host = values.get('on');
        if (name === undefined || host === undefined)
          throw new ScenarioError('usage: system NAME on=HOST ram=MiB …', n);
        if (!sc.hosts.some((h) => h.name === host))
          throw new ScenarioError(`system ${name} on undeclared host ${host}`, n);
        const owner = values.get('owner');
        sc.systems.push({
          name,
          host,
          ramMiB: num(values.get('ram'), 1024, n, 'ram'),
          priority: num(values.get('priority'), 0, n, 'priority'),
          ...(owner === undefined ? {} : { owner }),
          running: !flags.has('stopped'),
          failover: !flags.has('nofailover'),
          captured: !flags.has('uncaptured'),
        });
        break;
      }
      case 'group': {
        if (!declaring) throw new ScenarioError('declarations must come before commands', n);
        const [name, type, ...more] = rest;
        if (name === undefined) throw new ScenarioError('usage: group NAME TYPE members=h1,h2 …', n);
        const { flags, values } = kv(more, n);
        const members = (values.get('members') ?? '').split(',').filter((m) => m !== '');
        for (const m of members) {
          if (!sc.hosts.some((h) => h.name === m)) throw new ScenarioError(`group ${name}: undeclared member ${m}`, n);
        }
        const mode = values.get('mode') ?? 'automatic';
        if (mode !== 'automatic' && mode !== 'manual') throw new ScenarioError(`unknown mode ${mode}`, n);
        const placement = (values.get('placement') ?? 'most-free-ram') as PlacementPolicy;
        if (placement !== 'most-free-ram' && placement !== 'first-fit' && placement !== 'spread') {
          throw new ScenarioError(`unknown placement ${String(placement)}`, n);
        }
        const [share, windowSec] = (values.get('brake') ?? '0.5/300').split('/');
        const systems = values.get('systems');
        sc.groups.push({
          name,
          type: virtType(type, n),
          mode,
          members,
          systems: systems === undefined || systems === 'all' ? 'all' : systems.split(','),
          timeoutSec: num(values.get('timeout'), 60, n, 'timeout'),
          notifyOwners: flags.has('notify-owners'),
          placement,
          parallelism: Math.max(1, num(values.get('parallelism'), 2, n, 'parallelism')),
          brake: { maxDownShare: num(share, 0.5, n, 'brake share'), windowSec: num(windowSec, 300, n, 'brake window') },
          ...(values.has('failback')
            ? { failback: { afterSec: num(values.get('failback'), 300, n, 'failback') } }
            : {}),
        });
        break;
      }
      case 'rule': {
        if (!declaring) throw new ScenarioError('declarations must come before commands', n);
        const [name, kind, ...more] = rest;
        if (name === undefined || !(RULE_KINDS as readonly string[]).includes(kind ?? '')) {
          throw new ScenarioError(`usage: rule NAME ${RULE_KINDS.join('|')} systems=a,b [hosts=h1,h2]`, n);
        }
        const { values } = kv(more, n);
        const list = (k: string): string[] => (values.get(k) ?? '').split(',').filter((x) => x !== '');
        sc.rules.push({ name, kind: kind as RuleView['kind'], systems: list('systems'), hosts: list('hosts') });
        break;
      }
      case 'settings': {
        if (!declaring) throw new ScenarioError('declarations must come before commands', n);
        const { values } = kv(rest, n);
        for (const [k, v] of values) {
          const key = k.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()) as keyof Settings;
          if (!(key in sc.settings)) throw new ScenarioError(`unknown setting ${k}`, n);
          sc.settings[key] = num(v, 0, n, k);
        }
        break;
      }
      default:
        if (!(COMMAND_VERBS as readonly string[]).includes(verb)) throw new ScenarioError(`unknown command ${verb}`, n);
        sc.commands.push({ line: n, verb, args: rest });
    }
  }
  if (sc.hosts.length === 0) throw new ScenarioError('a scenario needs at least one host');
  if (sc.nodes.length === 0) sc.nodes.push({ name: 'm1' });
  const names = new Set<string>();
  for (const x of [...sc.nodes, ...sc.hosts]) {
    if (names.has(x.name)) throw new ScenarioError(`${x.name} names both a node and a host`);
    names.add(x.name);
  }
  return sc;
}
