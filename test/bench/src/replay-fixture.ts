// Replay fixture: a realistic mix of host/system events for building large logs, and a simple projection used
// by the replay bench until `@ferry/model` exports `createProjection`.
import type { EventData, EventInput, Projection } from '@ferry/log';

const HOST_STATES = ['up', 'unreachable', 'down', 'up', 'fenced'] as const;
const SYSTEM_STATES = ['running', 'stopped', 'running', 'running'] as const;
const VIRT = ['kvm', 'xen', 'openvz'] as const;

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates `total` event inputs: every host registered and every system discovered first, then state changes
 * (about 1 host change per 9 system changes), in chunks of `chunk` inputs.
 */
export function* eventMix(total: number, chunk = 5000, hosts = 200, systems = 6000): Generator<EventInput[]> {
  const r = rng(42);
  const hostState = new Array<string>(hosts).fill('up');
  const sysState = new Array<string>(systems).fill('running');
  const sysHost = Array.from({ length: systems }, (_, i) => i % hosts);
  let made = 0;
  let buf: EventInput[] = [];
  const push = (e: EventInput): void => {
    buf.push(e);
    made++;
  };
  for (let h = 0; h < hosts && made < total; h++) {
    push({
      aggregate: `host/h${h}`,
      type: 'HostRegistered',
      actor: 'admin',
      correlation: `reg-${h}`,
      body: {
        spec: {
          name: `h${h}`,
          address: `10.${(h >> 8) & 255}.${h & 255}.10`,
          port: 22,
          user: 'root',
          type: VIRT[h % 3],
          tags: [`rack-${h % 10}`, `location=${h % 2 === 0 ? 'ams' : 'fra'}`],
          credentialsRef: `ssh-key-${h % 4}`,
          fenceMethod: 'command',
          fenceCommand: `ipmitool -H 10.99.${h & 255}.10 power off`,
          powerStatusCommand: `ipmitool -H 10.99.${h & 255}.10 power status`,
        },
      },
    });
  }
  for (let s = 0; s < systems && made < total; s++) {
    push({
      aggregate: `system/vm${s}`,
      type: 'SystemDiscovered',
      actor: 'collector',
      correlation: `disc-${s}`,
      body: {
        system: `vm${s}`,
        host: `h${sysHost[s]}`,
        state: 'running',
        memoryMib: 1024 * (1 + (s % 8)),
        vcpus: 1 + (s % 4),
        definitionHash: (s * 2654435761).toString(16).padStart(16, '0'),
      },
    });
    if (buf.length >= chunk) {
      yield buf;
      buf = [];
    }
  }
  while (made < total) {
    if (r() < 0.1) {
      const h = Math.floor(r() * hosts);
      const to = HOST_STATES[Math.floor(r() * HOST_STATES.length)]!;
      push({
        aggregate: `host/h${h}`,
        type: 'HostStateChanged',
        actor: 'collector',
        correlation: `probe-${made}`,
        body: {
          host: `h${h}`,
          from: hostState[h],
          to,
          reason: to === 'up' ? 'probe ok' : 'ssh: connect timeout after 5000 ms',
          failedProbes: to === 'up' ? 0 : 3,
          freeRamMb: Math.floor(r() * 65536),
        },
      });
      hostState[h] = to;
    } else {
      const s = Math.floor(r() * systems);
      const to = SYSTEM_STATES[Math.floor(r() * SYSTEM_STATES.length)]!;
      push({
        aggregate: `system/vm${s}`,
        type: 'SystemStateChanged',
        actor: 'collector',
        correlation: `probe-${made}`,
        body: {
          system: `vm${s}`,
          host: `h${sysHost[s]}`,
          from: sysState[s],
          to,
          observedAt: new Date(1_700_000_000_000 + made * 1000).toISOString(),
        },
      });
      sysState[s] = to;
    }
    if (buf.length >= chunk) {
      yield buf;
      buf = [];
    }
  }
  if (buf.length > 0) yield buf;
}

/** A small projection: one JSON row per host/system with its latest state. */
export function simpleProjection(version = 'bench-simple-1'): Projection {
  let rows = new Map<string, Record<string, unknown>>();
  return {
    version,
    reset() {
      rows = new Map();
    },
    async load(it) {
      for await (const [k, v] of it) rows.set(k, JSON.parse(v) as Record<string, unknown>);
    },
    stage(events: readonly EventData[]) {
      const changed = new Map<string, Record<string, unknown>>();
      for (const e of events) {
        const cur = changed.get(e.aggregate) ?? rows.get(e.aggregate);
        let next: Record<string, unknown>;
        switch (e.type) {
          case 'HostRegistered':
          case 'SystemDiscovered':
            next = {
              ...((e.body.spec as Record<string, unknown> | undefined) ?? e.body),
              version: e.version,
              since: e.time,
            };
            break;
          case 'HostStateChanged':
          case 'SystemStateChanged':
            next = { ...(cur ?? {}), state: e.body.to, version: e.version, since: e.time };
            break;
          default:
            continue;
        }
        changed.set(e.aggregate, next);
      }
      return {
        keys: changed.keys(),
        commit() {
          for (const [k, v] of changed) rows.set(k, v);
        },
      };
    },
    row(key) {
      const v = rows.get(key);
      return v === undefined ? undefined : JSON.stringify(v);
    },
  };
}
