// Mail templates for failover notifications: success (moved, started or not), failure (why), mass-failure
// brake, and an unconfirmed fence. The fact shapes match @ferry/failover's MailTemplates port, so
// `failoverTemplates` can be passed to the engine as is.

/** Facts of a system that was moved. */
export interface MovedMailFacts {
  failoverId: string;
  group: string;
  system: string;
  from: string;
  to: string;
  started: boolean;
  wantedStart: boolean;
  startError?: string;
  /** ISO 8601 time. */
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

/** Facts of a fence that could not be confirmed. */
export interface FenceMailFacts {
  failoverId: string;
  group: string;
  host: string;
  attempts: number;
  detail: string;
  systems: string[];
  at: string;
}

/** Subject and plain-text body. */
export interface RenderedMail {
  subject: string;
  text: string;
}

const FOOTER = '\n-- \nFerry host failover. This message was sent automatically.';

function startedText(f: MovedMailFacts): string {
  if (f.started) return 'yes, it is running on the new host';
  if (f.startError !== undefined) return `no: the start failed: ${f.startError}`;
  return f.wantedStart ? 'no, a start was not requested' : 'no, it was stopped before the failure and stays stopped';
}

/** Mail for a system moved to another host (started or not). */
export function failoverSuccessMail(f: MovedMailFacts): RenderedMail {
  const state = f.started ? 'started' : 'not started';
  return {
    subject: `[ferry] ${f.system} failed over from ${f.from} to ${f.to} (${state})`,
    text: [
      `Host ${f.from} failed. Virtual system ${f.system} was moved to ${f.to}.`,
      '',
      `  System:   ${f.system}`,
      `  From:     ${f.from}`,
      `  To:       ${f.to}`,
      `  Started:  ${startedText(f)}`,
      `  When:     ${f.at}`,
      `  Group:    ${f.group} (failover ${f.failoverId})`,
      '',
      'Memory and network state were lost: the system was cold-restarted.',
    ].join('\n') + FOOTER,
  };
}

/** Mail for a system that could not be moved, saying why. */
export function failoverFailureMail(f: FailedMailFacts): RenderedMail {
  return {
    subject: `[ferry] ${f.system} could not be failed over from ${f.from}`,
    text: [
      `Host ${f.from} failed. Virtual system ${f.system} could not be moved${f.to === undefined ? '' : ` to ${f.to}`}.`,
      '',
      `  System:   ${f.system}`,
      `  From:     ${f.from}`,
      `  To:       ${f.to ?? '(no target)'}`,
      `  Started:  no`,
      `  Reason:   ${f.reason} (${f.code})`,
      `  When:     ${f.at}`,
      `  Group:    ${f.group} (failover ${f.failoverId})`,
      '',
      'An operator can move it with `ferry failover-system` once the cause is fixed.',
    ].join('\n') + FOOTER,
  };
}

/** Mail for an engaged mass-failure brake. */
export function brakeMail(f: BrakeMailFacts): RenderedMail {
  return {
    subject: `[ferry] automatic failover paused in group ${f.group}: ${f.downHosts.length} of ${f.members} hosts down`,
    text: [
      `${f.downHosts.length} of ${f.members} hosts of group ${f.group} went down within ${f.windowSec} s`,
      `(more than ${Math.round(f.maxDownShare * 100)}%): ${f.downHosts.join(', ')}.`,
      '',
      'This looks like a network partition or a problem of the observer itself, so automatic failover is',
      'paused and nothing was fenced or moved. Check the hosts, then release the brake to resume.',
      '',
      `  When:     ${f.at}`,
    ].join('\n') + FOOTER,
  };
}

/** Mail for a host whose fence could not be confirmed (nothing restarted). */
export function fenceUnconfirmedMail(f: FenceMailFacts): RenderedMail {
  return {
    subject: `[ferry] ${f.host} could not be fenced: nothing restarted`,
    text: [
      `Host ${f.host} is down but could not be confirmed powered off after ${f.attempts} attempt(s):`,
      `${f.detail}.`,
      '',
      `To keep any system from running twice, nothing was restarted: ${f.systems.join(', ') || '(none)'}.`,
      'If you are sure the host is off, confirm it down to let the failover continue.',
      '',
      `  When:     ${f.at}`,
      `  Group:    ${f.group} (failover ${f.failoverId})`,
    ].join('\n') + FOOTER,
  };
}

/** The templates as one object, shaped like @ferry/failover's `MailTemplates` port. */
export const failoverTemplates = {
  moved: failoverSuccessMail,
  failed: failoverFailureMail,
  brake: brakeMail,
  fenceUnconfirmed: fenceUnconfirmedMail,
} as const;
