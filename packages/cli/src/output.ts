// Writing results: one JSON document with --json, otherwise aligned text tables; stdout backpressure respected.

/** Renders rows as left-aligned columns separated by two spaces (pure). */
export function table(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = [headers.map(String), ...rows.map((r) => r.map(cell))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** One table cell as text. */
export function cell(v: unknown): string {
  if (v === undefined || v === null || v === '') return '-';
  if (Array.isArray(v)) return v.length ? v.join(',') : '-';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** `key: value` lines for one object (pure). */
export function keyValues(obj: Record<string, unknown>): string {
  const keys = Object.keys(obj);
  const w = Math.max(0, ...keys.map((k) => k.length));
  return keys.map((k) => `${(`${k}:`).padEnd(w + 1)} ${cell(obj[k])}`).join('\n');
}

/** Writes text to stdout, waiting when the pipe is full. */
export function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

/** Prints either `value` as JSON (json mode) or the text made by `human`. */
export async function emit(json: boolean, value: unknown, human: () => string): Promise<void> {
  if (json) await write(`${JSON.stringify(value, null, 2)}\n`);
  else {
    const text = human();
    if (text !== '') await write(text.endsWith('\n') ? text : `${text}\n`);
  }
}

/** Writes a line to stderr (messages and prompts). */
export function note(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
