// Placement: which host of a group takes one system. Candidates are the up members of the group's type that are
// not in maintenance; the hard rules (only-hosts, keep-apart, keep-together) remove candidates, RAM removes those
// too small, the soft rule (prefer-hosts) narrows to its hosts when one fits, and the group's policy picks among
// the rest. Every refusal names what refused: the rule and its systems, or the RAM numbers. Pure.
import type { MoveFailureCode } from './events.js';
import type { GroupView, HostView, RuleView } from './types.js';

/** A possible target with its free RAM net of reservations and earlier placements of the same plan. */
export interface Candidate {
  name: string;
  free: number;
  total: number;
}

/** The outcome of {@link choose}. */
export type Choice = { ok: true; to: Candidate } | { ok: false; code: MoveFailureCode; reason: string };

/** What {@link choose} decides on. */
export interface ChooseInput {
  group: GroupView;
  /** Candidates in member order (first-fit follows it). */
  cands: readonly Candidate[];
  system: string;
  /** RAM the system needs on the target (0 for one that is only defined). */
  needMiB: number;
  rules: readonly RuleView[];
  /** Where every system is, or is planned to be: system -> host. */
  placement: ReadonlyMap<string, string>;
  /** The host the system leaves (its partners still there are being moved with it, not placed). */
  source: string;
}

/** Whether `h` may receive systems: up, of the group's type, not in maintenance. */
export function receives(group: GroupView, h: HostView | undefined): boolean {
  return h !== undefined && h.state === 'up' && h.type === group.type && h.maintenance !== true;
}

/** Up members of the group other than `source`, not in maintenance, with free RAM net of reservations, in member order. */
export function candidates(
  group: GroupView,
  source: string,
  hosts: readonly HostView[],
  reserved: Readonly<Record<string, number>>,
): Candidate[] {
  const byName = new Map(hosts.map((h) => [h.name, h]));
  const out: Candidate[] = [];
  for (const name of group.members) {
    const h = byName.get(name);
    if (name === source || !receives(group, h)) continue;
    out.push({ name, free: h!.memFreeMiB - (reserved[name] ?? 0), total: h!.memTotalMiB });
  }
  return out;
}

const describe = (r: RuleView): string =>
  `rule ${r.name} (${r.kind} ${r.systems.join(',')}${r.hosts.length > 0 ? ` on ${r.hosts.join(',')}` : ''})`;

/** Applies the hard rules binding `system` in turn; the first that leaves no candidate refuses. */
function hardRules(
  x: ChooseInput,
  cands: readonly Candidate[],
): { ok: true; left: Candidate[] } | { ok: false; code: MoveFailureCode; reason: string } {
  let left = [...cands];
  const binding = x.rules
    .filter((r) => r.systems.includes(x.system))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const r of binding) {
    const partners = r.systems.filter((s) => s !== x.system);
    if (r.kind === 'only-hosts') {
      left = left.filter((c) => r.hosts.includes(c.name));
      if (left.length === 0) {
        return {
          ok: false,
          code: 'rule-only-hosts',
          reason: `${describe(r)}: none of ${r.hosts.join(', ')} is an up member of group ${x.group.name} outside maintenance (other than ${x.source})`,
        };
      }
    } else if (r.kind === 'keep-apart') {
      const taken = (c: Candidate): string | undefined => partners.find((p) => x.placement.get(p) === c.name);
      const before = left;
      left = left.filter((c) => taken(c) === undefined);
      if (left.length === 0) {
        const why = before.map((c) => `${taken(c)} is on ${c.name}`).join(', ');
        return {
          ok: false,
          code: 'rule-keep-apart',
          reason: `${describe(r)}: every candidate holds another of its systems${why ? ` (${why})` : ''}`,
        };
      }
    } else if (r.kind === 'keep-together') {
      const where = partners
        .map((p) => x.placement.get(p))
        .filter((h): h is string => h !== undefined && h !== x.source)
        .sort();
      const host = where[0];
      if (host === undefined) continue;
      left = left.filter((c) => c.name === host);
      if (left.length === 0) {
        return {
          ok: false,
          code: 'rule-keep-together',
          reason: `${describe(r)}: its other systems are on ${host}, which cannot take ${x.system} (not an up member of group ${x.group.name} outside maintenance)`,
        };
      }
    }
  }
  return { ok: true, left };
}

/** Picks a target for `x.system` among `x.cands` (rules, RAM, then the group's policy), or explains why none fits. */
export function choose(x: ChooseInput): Choice {
  if (x.cands.length === 0) {
    return { ok: false, code: 'no-member-up', reason: `no other member of group ${x.group.name} is up` };
  }
  const allowed = hardRules(x, x.cands);
  if (!allowed.ok) return allowed;
  const fitting = allowed.left.filter((c) => c.free >= x.needMiB);
  if (fitting.length === 0) {
    const best = mostFree(allowed.left);
    return {
      ok: false,
      code: 'insufficient-ram',
      reason: `needs ${x.needMiB} MiB; best candidate ${best.name} has ${Math.max(0, best.free)} MiB free`,
    };
  }
  const preferredBy = x.rules.filter((r) => r.kind === 'prefer-hosts' && r.systems.includes(x.system));
  const preferred = fitting.filter((c) => preferredBy.some((r) => r.hosts.includes(c.name)));
  const pool = preferred.length > 0 ? preferred : fitting;
  return { ok: true, to: byPolicy(x.group, pool, x.needMiB) };
}

/** The group's policy over a non-empty pool: first-fit (member order), most-free-ram, or spread. */
function byPolicy(group: GroupView, pool: readonly Candidate[], needMiB: number): Candidate {
  if (group.placement === 'first-fit') return pool[0]!;
  if (group.placement === 'spread') return leastLoaded(pool, needMiB);
  return mostFree(pool);
}

/** The candidate with the most free RAM; ties go to the earlier member. */
function mostFree(cands: readonly Candidate[]): Candidate {
  let best = cands[0]!;
  for (const c of cands) if (c.free > best.free) best = c;
  return best;
}

/** The candidate whose share of RAM in use would be lowest after taking `needMiB`; ties go to the earlier member. */
function leastLoaded(cands: readonly Candidate[], needMiB: number): Candidate {
  const share = (c: Candidate): number => (c.total > 0 ? (c.total - c.free + needMiB) / c.total : Infinity);
  let best = cands[0]!;
  for (const c of cands) if (share(c) < share(best)) best = c;
  return best;
}
