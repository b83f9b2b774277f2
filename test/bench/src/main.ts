// `pnpm bench [names…] [--json]`: runs the named benches (all by default) and prints a table, or one JSON
// object per line with --json. Exit code 1 when a bench throws or a name is unknown.
import { benches } from './benches.js';
import type { BenchResult } from './harness.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !benches.some((b) => b.name === n));
if (unknown.length > 0) {
  console.error(`unknown bench: ${unknown.join(', ')} (known: ${benches.map((b) => b.name).join(', ')})`);
  process.exit(1);
}
const selected = names.length > 0 ? benches.filter((b) => names.includes(b.name)) : benches;

const fmt = (n: number | null, digits = 0): string =>
  n === null ? '-' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

let failed = false;
const rows: { name: string; r: BenchResult }[] = [];
for (const b of selected) {
  try {
    const r = await b.run();
    rows.push({ name: b.name, r });
    if (json)
      console.log(
        JSON.stringify({ bench: b.name, value: r.value, unit: r.unit, baseline: r.baseline, ratio: r.ratio }),
      );
    else console.error(`${b.name}: done`);
  } catch (e) {
    failed = true;
    console.error(`${b.name}: failed: ${(e as Error).stack ?? String(e)}`);
  }
}
if (!json) {
  const table = rows.map(({ name, r }) => [
    name,
    fmt(r.value, r.value < 100 ? 3 : 0),
    r.unit,
    fmt(r.baseline, r.baseline !== null && r.baseline < 100 ? 3 : 0),
    r.ratio === null ? '-' : r.ratio.toFixed(2),
    r.notes ?? '',
  ]);
  const head = ['bench', 'value', 'unit', 'baseline', 'ratio', 'notes'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 1 || i === 3 || i === 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(head));
  for (const row of table) console.log(line(row));
}
process.exit(failed ? 1 : 0);
