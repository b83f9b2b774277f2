// Asking the operator a yes/no question on a terminal.
import { createInterface } from 'node:readline/promises';

/** Whether we can ask: stdin and stderr are terminals. */
export function interactive(): boolean {
  return Boolean(process.stdin.isTTY && process.stderr.isTTY);
}

/** Asks `question (y/N)` on stderr; true only for y/yes. */
export async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`${question} (y/N) `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
