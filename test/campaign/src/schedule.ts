// The fault schedule of a campaign: a seeded PRNG (mulberry32) draws a list of faults, each with its target, how
// long it lasts and the pause after it. The same seed always gives the same list, so a run is named by its seed
// and a shrunk reproduction by the seed plus the indices of the faults it keeps.

/** What a fault does. */
export type FaultKind =
  | 'crash'
  | 'pause'
  | 'partition'
  | 'isolate'
  | 'disk-full'
  | 'promote'
  | 'host-crash'
  | 'host-partition';

/** Every kind, in the order the PRNG draws from. */
export const FAULT_KINDS: readonly FaultKind[] = [
  'crash',
  'pause',
  'partition',
  'isolate',
  'disk-full',
  'promote',
  'host-crash',
  'host-partition',
];

/** One fault of the schedule. */
export interface Fault {
  /** Position in the full schedule of its seed (what `--faults` names). */
  index: number;
  kind: FaultKind;
  /** Node index (0..nodes-1) the fault hits; for a partition, one side. */
  node: number;
  /** The other side of a node-node partition, or the lab host index of a host fault. */
  other: number;
  /** How long the fault lasts before it is healed (restart, SIGCONT, heal, space freed, host restored). */
  durationMs: number;
  /** Quiet time after the heal before the next fault. */
  gapMs: number;
}

/** A seeded PRNG returning floats in [0, 1) (mulberry32: small, fast, good enough to draw faults). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The schedule for `seed` filling about `totalMs` of faults and gaps, for `nodes` Ferry nodes and `hosts` lab hosts. */
export function drawSchedule(seed: number, totalMs: number, nodes: number, hosts: number): Fault[] {
  const next = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const out: Fault[] = [];
  for (let used = 0, index = 0; used < totalMs; index++) {
    const kind = FAULT_KINDS[int(0, FAULT_KINDS.length - 1)]!;
    const node = int(0, nodes - 1);
    const other = kind === 'partition' ? (node + int(1, nodes - 1)) % nodes : int(0, hosts - 1);
    const fault = { index, kind, node, other, durationMs: int(1_500, 6_000), gapMs: int(500, 2_500) };
    out.push(fault);
    used += fault.durationMs + fault.gapMs;
  }
  return out;
}

/** One line describing a fault. */
export function describeFault(f: Fault): string {
  const what =
    f.kind === 'partition'
      ? `node ${f.node} <-/-> node ${f.other}`
      : f.kind === 'host-crash'
        ? `lab host ${f.other}`
        : f.kind === 'host-partition'
          ? `node ${f.node} <-/-> lab host ${f.other}`
          : f.kind === 'promote'
            ? `the most advanced replica after the master is ${f.other % 2 === 0 ? 'killed' : 'cut off'}`
            : `node ${f.node}`;
  return `#${f.index} ${f.kind} ${what} for ${f.durationMs} ms, then ${f.gapMs} ms quiet`;
}
