// What LevelDB says in its info log (`LOG` in its directory, started afresh at every open) about data it dropped while
// re-opening: a write-ahead log record that fails its checksum is skipped with a line such as
// `/data/db/000005.log: dropping 95 bytes; Corruption: checksum mismatch`, and the open succeeds (classic-level does
// not expose LevelDB's `paranoid_checks`, which would fail it instead). These lines name the damaged file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** LevelDB's `<date>-<time> <thread id> ` line prefix. */
const PREFIX = /^\d{4}\/\d{2}\/\d{2}-\d{2}:\d{2}:\d{2}\.\d+ [0-9a-f]+ /;

/**
 * The lines of the info log of the last open of `dir` that report dropped or corrupt data, without their time and
 * thread prefix (none when there is no info log).
 */
export async function droppedAtOpen(dir: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(join(dir, 'LOG'), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => /dropping \d+ bytes|Corruption/i.test(l))
    .map((l) => l.replace(PREFIX, '').trim());
}

/** The first file a dropped-data line names (`…/000005.log`), for a corruption's `file`. */
export function fileOf(line: string): string | undefined {
  return /(\S+\.(?:log|ldb|sst))\b/.exec(line)?.[1];
}
