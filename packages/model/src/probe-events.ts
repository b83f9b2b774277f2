// Pure: compares one probe of a host with the projections and decides the events that record the change.
// Only differences become events, so a quiet cluster writes nothing. The status collector runs it after each
// successful probe.
import { aggregateId, type ClusterState } from './state.js';
import type { NewEvent } from './types.js';

/** What one probe found on a host (structurally @ferry/hypervisors' HostProbe). */
export interface ProbedHost {
  /** `unknown`: listed but unreadable (its record stands as it was). */
  systems: readonly {
    name: string;
    state: 'running' | 'stopped' | 'unknown';
    memoryMiB: number;
    definitionHash?: string | null;
  }[];
}

/** A system whose definition should be captured (new or changed definition). */
export interface CaptureNeed {
  system: string;
  definitionHash: string;
}

/** Events for the systems seen (or no longer seen) on `host`, plus definitions to capture. */
export function probeEvents(
  state: ClusterState,
  host: string,
  probe: ProbedHost,
): { events: NewEvent[]; captures: CaptureNeed[] } {
  const events: NewEvent[] = [];
  const captures: CaptureNeed[] = [];
  const seen = new Set<string>();
  for (const s of probe.systems) {
    seen.add(s.name);
    // Listed but unreadable: the last known record stands (never vanished, moved or stopped on this reading).
    if (s.state === 'unknown') continue;
    const agg = aggregateId('system', s.name);
    const known = state.systems.get(s.name);
    const body = { host, state: s.state, memoryMib: s.memoryMiB, definitionHash: s.definitionHash ?? '' };
    // A system recorded on another host that still holds it is that host's to report (see reconcile).
    if (known && !known.vanished && known.host !== host && state.hosts.has(known.host)) continue;
    if (!known || known.vanished || known.host !== host) {
      events.push({ aggregate: agg, type: 'SystemDiscovered', body, expectedVersion: state.versionOf(agg) });
    } else if (
      known.state !== s.state ||
      known.memoryMiB !== s.memoryMiB ||
      known.definitionHash !== body.definitionHash
    ) {
      events.push({ aggregate: agg, type: 'SystemChanged', body, expectedVersion: state.versionOf(agg) });
    }
    if (s.definitionHash && (!known || known.capturedHash !== s.definitionHash))
      captures.push({ system: s.name, definitionHash: s.definitionHash });
  }
  for (const known of state.systemsOnHost(host)) {
    if (!seen.has(known.name)) {
      const agg = aggregateId('system', known.name);
      events.push({ aggregate: agg, type: 'SystemVanished', body: { host }, expectedVersion: state.versionOf(agg) });
    }
  }
  return { events, captures };
}
