// Mail templates of the failover engine: the facts each mail states, the template port, and plain default
// texts. The notify package offers richer templates with the same fact shapes.

/** Facts of a system that was moved (defined on `to`). */
export interface MovedMailFacts {
  failoverId: string;
  group: string;
  system: string;
  from: string;
  to: string;
  started: boolean;
  /** Whether the system was running before the failure (start wanted). */
  wantedStart: boolean;
  /** Set when the start failed. */
  startError?: string;
  /** ISO 8601 time of the move. */
  at: string;
}

/** Facts of a system that could not be moved. */
export interface FailedMailFacts {
  failoverId: string;
  group: string;
  system: string;
  from: string;
  to?: string;
  code: string;
  reason: string;
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
  moved(f: MovedMailFacts): RenderedMail;
  failed(f: FailedMailFacts): RenderedMail;
  brake(f: BrakeMailFacts): RenderedMail;
  fenceUnconfirmed(f: FenceMailFacts): RenderedMail;
  nothingToMove(f: NothingToMoveMailFacts): RenderedMail;
}

function startedLine(f: MovedMailFacts): string {
  if (f.started) return 'yes';
  if (f.startError !== undefined) return `no: start failed: ${f.startError}`;
  return f.wantedStart ? 'no (start not requested)' : 'no: it was stopped before the failure';
}

/** Plain default templates. */
export const defaultMailTemplates: MailTemplates = {
  moved: (f) => ({
    subject: `[ferry] ${f.system} moved from ${f.from} to ${f.to} (${f.started ? 'started' : 'not started'})`,
    text: [
      `System ${f.system} was failed over from ${f.from} to ${f.to}.`,
      `Started: ${startedLine(f)}`,
      `Group: ${f.group}; failover ${f.failoverId}; at ${f.at}`,
    ].join('\n'),
  }),
  failed: (f) => ({
    subject: `[ferry] ${f.system} could not be moved off ${f.from}`,
    text: [
      `System ${f.system} could not be failed over from ${f.from}${f.to === undefined ? '' : ` to ${f.to}`}.`,
      `Reason (${f.code}): ${f.reason}`,
      `Group: ${f.group}; failover ${f.failoverId}; at ${f.at}`,
    ].join('\n'),
  }),
  brake: (f) => ({
    subject: `[ferry] failover paused in group ${f.group}: ${f.downHosts.length} of ${f.members} hosts down`,
    text: [
      `Hosts ${f.downHosts.join(', ')} went down within ${f.windowSec} s: more than ${Math.round(f.maxDownShare * 100)}% of group ${f.group}.`,
      'Automatic failover is paused (the observer may be the one cut off). Release the brake to resume.',
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
