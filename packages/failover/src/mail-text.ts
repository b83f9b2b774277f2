// Mail templates of the failover engine: the facts each mail states, the template port, and plain default
// texts. The notify package offers richer templates with the same fact shapes.

/** Facts of a host the engine saw go down. */
export interface HostDownMailFacts {
  host: string;
  /** ISO 8601 time it was seen down. */
  since: string;
  /** The group that acts for it, if any. */
  group?: { name: string; mode: 'automatic' | 'manual'; timeoutSec: number };
  /** Its systems that fail over with it (eligible), and those excluded. */
  systems: string[];
  excluded: string[];
}

/** One system's line in a failover summary. */
export interface SummaryMove {
  system: string;
  to?: string;
  /** `started`, `not started` (it was stopped before), `start failed`, `failed` (could not move), `not moved` (the failover ended first). */
  result: 'started' | 'not started' | 'start failed' | 'failed' | 'not moved';
  reason?: string;
}

/** Facts of a finished failover: every system of it (or, for an owner, theirs). */
export interface SummaryMailFacts {
  failoverId: string;
  group: string;
  host: string;
  outcome: string;
  detail: string;
  moves: SummaryMove[];
  at: string;
}

/** Facts of an engaged mass-failure brake. */
export interface BrakeMailFacts {
  group: string;
  downHosts: string[];
  members: number;
  maxDownShare: number;
  windowSec: number;
  at: string;
}

/** Facts of a fence that could not be confirmed (nothing restarts). */
export interface FenceMailFacts {
  failoverId: string;
  group: string;
  host: string;
  attempts: number;
  detail: string;
  systems: string[];
  at: string;
}

/** Facts of a down host left as it is: no system of it can be moved, so it is not fenced. */
export interface NothingToMoveMailFacts {
  failoverId: string;
  group: string;
  host: string;
  /** Systems excluded from failover (group subset or the system's own flag). */
  excluded: string[];
  /** Systems that could not be placed, each with its reason. */
  refused: { system: string; reason: string }[];
  at: string;
}

/** A rendered mail. */
export interface RenderedMail {
  subject: string;
  text: string;
}

/** Template port: builds subject and text from facts. */
export interface MailTemplates {
  hostDown(f: HostDownMailFacts): RenderedMail;
  summary(f: SummaryMailFacts): RenderedMail;
  brake(f: BrakeMailFacts): RenderedMail;
  fenceUnconfirmed(f: FenceMailFacts): RenderedMail;
  nothingToMove(f: NothingToMoveMailFacts): RenderedMail;
}

/** What happens to a down host, by its group (pure). */
function downPlan(f: HostDownMailFacts): string[] {
  if (!f.group) return ['It is in no failover group: nothing moves by itself.'];
  if (f.group.mode === 'manual') {
    return [
      `Group ${f.group.name} is manual: nothing moves by itself. To move a system now:`,
      `  ferry failover-system SYSTEM [--target HOST]`,
      `and when its fence cannot be confirmed, once you know it is off: ferry confirm-down ${f.host}`,
    ];
  }
  const at = new Date(Date.parse(f.since) + f.group.timeoutSec * 1000).toISOString();
  return [
    `Group ${f.group.name} is automatic: unless it answers again, Ferry fences it and restarts its systems elsewhere at ${at} (timeout ${f.group.timeoutSec} s).`,
  ];
}

/** Plain default templates. */
export const defaultMailTemplates: MailTemplates = {
  hostDown: (f) => ({
    subject: `[ferry] ${f.host} is down`,
    text: [
      `Host ${f.host} stopped answering; Ferry counts it down since ${f.since}.`,
      ...downPlan(f),
      `Systems that fail over with it: ${f.systems.join(', ') || 'none'}`,
      ...(f.excluded.length ? [`Excluded from failover: ${f.excluded.join(', ')}`] : []),
    ].join('\n'),
  }),
  summary: (f) => ({
    subject: `[ferry] failover of ${f.host} ${f.outcome}: ${f.detail}`,
    text: [
      `Failover ${f.failoverId} of host ${f.host} (group ${f.group}) ${f.outcome}: ${f.detail}.`,
      ...f.moves.map(
        (m) => `  ${m.system}${m.to ? ` -> ${m.to}` : ''}: ${m.result}${m.reason ? ` (${m.reason})` : ''}`,
      ),
      `At ${f.at}`,
    ].join('\n'),
  }),
  brake: (f) => ({
    subject: `[ferry] failover paused in group ${f.group}: ${f.downHosts.length} of ${f.members} hosts down`,
    text: [
      `Hosts ${f.downHosts.join(', ')} went down within ${f.windowSec} s: more than ${Math.round(f.maxDownShare * 100)}% of group ${f.group}.`,
      `Automatic failover is paused (the observer may be the one cut off). When the hosts are dead, resume it: ferry groups release-brake ${f.group}`,
      `At ${f.at}`,
    ].join('\n'),
  }),
  fenceUnconfirmed: (f) => ({
    subject: `[ferry] ${f.host} could not be fenced: nothing restarted`,
    text: [
      `Host ${f.host} was not confirmed powered off after ${f.attempts} attempt(s): ${f.detail}.`,
      `Nothing was restarted (${f.systems.join(', ') || 'no systems'}), so that nothing runs twice.`,
      `Once you know it is off (powered down by hand, or dead), run: ferry confirm-down ${f.host}`,
      `Group: ${f.group}; failover ${f.failoverId}; at ${f.at}`,
    ].join('\n'),
  }),
  nothingToMove: (f) => ({
    subject: `[ferry] ${f.host} is down; nothing can be moved, so it is not fenced`,
    text: [
      `Host ${f.host} is down, but none of its systems can be failed over; the host was left powered as it is.`,
      `Excluded from failover: ${f.excluded.join(', ') || 'none'}`,
      ...f.refused.map((r) => `Cannot be placed: ${r.system}: ${r.reason}`),
      `Group: ${f.group}; failover ${f.failoverId}; at ${f.at}`,
    ].join('\n'),
  }),
};
