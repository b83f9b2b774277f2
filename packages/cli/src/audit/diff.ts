// `audit diff`: the last seq two copies of the log agree on (hash chains make "equal at k" imply "equal
// before k", so a binary search finds it) and what each holds beyond it.

/** Finds the largest k in [0, max] with hashA(k) === hashB(k), given that equality is prefix-closed. */
export async function lastCommonSeq(
  max: number,
  hashA: (seq: number) => Promise<string | undefined>,
  hashB: (seq: number) => Promise<string | undefined>,
): Promise<number> {
  let lo = 0; // known common
  let hi = max; // candidate upper bound
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const [a, b] = await Promise.all([hashA(mid), hashB(mid)]);
    if (a !== undefined && a === b) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** One side of a diff. */
export interface DiffSide {
  source: string;
  headSeq: number;
  headHash: string;
  /** Events after the common seq. */
  beyond: number;
  /** The first of them (up to a limit). */
  events: { seq: number; epoch: number; time: string; aggregate: string; type: string; hash: string }[];
}

/** `audit diff --json`. */
export interface DiffJson {
  identical: boolean;
  commonSeq: number;
  commonHash: string;
  a: DiffSide;
  b: DiffSide;
}

/** Human text of a diff (pure). */
export function diffText(d: DiffJson): string {
  const side = (name: string, s: DiffSide): string => {
    const head = `${name} ${s.source}: head ${s.headSeq}, ${s.beyond} event(s) beyond the common seq`;
    return [
      head,
      ...s.events.map((e) => `  ${String(e.seq).padStart(6)}  epoch ${e.epoch}  ${e.type.padEnd(24)} ${e.aggregate}`),
      ...(s.beyond > s.events.length ? [`  … ${s.beyond - s.events.length} more`] : []),
    ].join('\n');
  };
  const top = d.identical
    ? `identical: both at seq ${d.commonSeq} (${d.commonHash})`
    : `last common seq ${d.commonSeq} (${d.commonHash})`;
  return [top, side('A', d.a), side('B', d.b)].join('\n');
}
