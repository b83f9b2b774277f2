// Fenced code blocks of a Markdown document (also those indented in list items), for the doc-test: every fence must
// name its language, and a shell block (`sh`, `bash`, `shell`) runs as written unless the line above its fence is a
// marker saying why it is an example only: `<!-- doc-test: example only, REASON -->` (a production path, root).
import { readFileSync } from 'node:fs';

/** One fenced block: where it starts (1-based line of the fence), its language, its text, and why it is not run. */
export interface DocBlock {
  file: string;
  line: number;
  lang: string;
  body: string;
  exampleOnly?: string;
}

export const SHELL_LANGS: ReadonlySet<string> = new Set(['sh', 'bash', 'shell']);
const MARKER = /^<!--\s*doc-test:\s*example only,\s*(\S.*?)\s*-->$/;
const FENCE = /^( *)```(\S*)\s*$/;

/** The fenced blocks of the Markdown file `file`; throws naming the line of a fence without a language. */
export function docBlocks(file: string): DocBlock[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const lang = open[2]!;
    if (lang === '') throw new Error(`${file}:${i + 1}: a fence without a language (write \`\`\`sh, \`\`\`text, …)`);
    const end = lines.findIndex((l, j) => j > i && l.trimStart().startsWith('```'));
    if (end < 0) throw new Error(`${file}:${i + 1}: a fence that is never closed`);
    const marker = i > 0 ? MARKER.exec(lines[i - 1]!.trim()) : null;
    // A fence indented in a list item: its lines lose that indentation, as Markdown shows them.
    const body = lines.slice(i + 1, end).map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)));
    blocks.push({
      file,
      line: i + 1,
      lang,
      body: body.join('\n'),
      ...(marker ? { exampleOnly: marker[1]! } : {}),
    });
    i = end;
  }
  return blocks;
}
