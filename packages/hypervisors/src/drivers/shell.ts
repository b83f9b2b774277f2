// Shell plumbing shared by the drivers: quoting, name checks, checked command runs, and the
// marker-delimited sections of a compound probe command.
import type { CommandRunner, ExecOptions, ExecResult } from '../host-ref.js';
import { CommandFailedError, InvalidSystemNameError, UnexpectedOutputError, truncate } from '../errors.js';

/** Prefix of the section marker lines printed by probe scripts. */
export const MARKER = '@@ferry:';

/** Quotes a string as one POSIX shell word. */
export function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Every command a driver runs starts with this: the tools print their untranslated words and formats. */
export const C_LOCALE = 'LC_ALL=C; export LC_ALL';

/** `command` run in the C locale (see {@link C_LOCALE}). */
export function inC(command: string): string {
  return `${C_LOCALE}; ${command}`;
}

/**
 * A system name any driver can carry through a shell word, a file name and a line of tool output: 1..255
 * characters (spaces, dots, dashes, non-ASCII allowed), no control characters, no `/`, no leading or trailing
 * space. Drivers add their tool's own limits (`extra`: a reason when the name is not allowed, else undefined).
 */
export function checkName(name: string, extra?: (name: string) => string | undefined): string {
  let why: string | undefined;
  if (name.length === 0 || name.length > 255) why = 'must have 1 to 255 characters';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this check refuses
  else if (/[\u0000-\u001f\u007f]/.test(name)) why = 'must not hold control characters';
  else if (name.includes('/')) why = "must not hold '/'";
  else if (name.trim() !== name) why = 'must not start or end with white space';
  else why = extra?.(name);
  if (why !== undefined) throw new InvalidSystemNameError(name, why);
  return name;
}

/** Escapes `s` for a POSIX extended regular expression (grep -E): it matches itself literally. */
export function ereEscape(s: string): string {
  return s.replace(/[.[\]()*+?{}|^$\\]/g, '\\$&');
}

/** The CommandFailedError describing a finished command that exited non-zero. */
export function commandFailed(hostId: string, what: string, r: ExecResult): CommandFailedError {
  const detail = truncate(r.stderr.trim() || r.stdout.trim(), 400);
  return new CommandFailedError(
    `host ${hostId}: ${what} failed (exit ${r.exitCode ?? r.signal ?? '?'}): ${detail}`,
    r.exitCode,
    truncate(r.stderr, 2000),
  );
}

/** Runs a command and throws CommandFailedError on a non-zero exit. */
export async function runChecked(
  conn: CommandRunner,
  what: string,
  command: string,
  opts?: ExecOptions,
): Promise<ExecResult> {
  const r = await conn.exec(command, opts);
  if (r.exitCode !== 0) throw commandFailed(conn.hostId, what, r);
  return r;
}

/** Shell snippet: print a section marker, run `cmd`, print a newline (definitions may lack one) and its status. */
export function section(name: string, cmd: string, arg?: string): string {
  const head = arg === undefined ? `echo '${MARKER}${name}'` : `printf '%s\\n' "${MARKER}${name} ${arg}"`;
  return `${head}; ${cmd}; r=$?; echo; echo "${MARKER}rc $r"`;
}

/** Shell snippet printing file "$f" with builtins only (no process spawned per file). */
export const PRINT_FILE_F = `while IFS= read -r l || [ -n "$l" ]; do printf '%s\\n' "$l"; done < "$f"`;

/** The loadavg section, read with a shell builtin instead of spawning cat. */
export const LOADAVG_SECTION = section('loadavg', `read -r l < /proc/loadavg && printf '%s\\n' "$l"`);

/** One parsed section of probe output. */
export interface Section {
  name: string;
  /** Text after the section name on the marker line (e.g. the system name), or ''. */
  arg: string;
  /** Output lines of the section, trailing blank lines removed. */
  lines: string[];
  /** Exit status of the section's command. */
  rc: number;
}

/**
 * Splits probe output into sections. Each section is `@@ferry:NAME [ARG]`, output lines, `@@ferry:rc N`.
 * Throws UnexpectedOutputError when the structure is broken (script cut short, stray text).
 */
export function parseSections(stdout: string, command: string): Section[] {
  const out: Section[] = [];
  let cur: Section | undefined;
  for (const line of stdout.split('\n')) {
    if (line.startsWith(MARKER)) {
      const rest = line.slice(MARKER.length);
      const sp = rest.indexOf(' ');
      const name = sp < 0 ? rest : rest.slice(0, sp);
      const arg = sp < 0 ? '' : rest.slice(sp + 1);
      if (name === 'rc') {
        if (!cur || !/^\d+$/.test(arg))
          throw new UnexpectedOutputError(command, 'status line outside a section', stdout);
        cur.rc = Number(arg);
        while (cur.lines.length > 0 && cur.lines[cur.lines.length - 1]!.trim() === '') cur.lines.pop();
        out.push(cur);
        cur = undefined;
        continue;
      }
      if (cur) throw new UnexpectedOutputError(command, `section ${cur.name} not terminated`, stdout);
      cur = { name, arg, lines: [], rc: -1 };
      continue;
    }
    if (cur) cur.lines.push(line);
    else if (line.trim() !== '') throw new UnexpectedOutputError(command, 'text outside any section', stdout);
  }
  if (cur) throw new UnexpectedOutputError(command, `section ${cur.name} cut short`, stdout);
  return out;
}

/** The single section called `name`; UnexpectedOutputError if missing, CommandFailedError if it failed. */
export function requireSection(
  sections: Section[],
  name: string,
  command: string,
  hostId: string,
  stderr: string,
): Section {
  const s = sections.find((x) => x.name === name);
  if (!s) throw new UnexpectedOutputError(command, `section ${name} missing`, sections.map((x) => x.name).join(','));
  if (s.rc !== 0) {
    throw new CommandFailedError(
      `host ${hostId}: probe step ${name} (${command}) failed (exit ${s.rc}): ${truncate((stderr.trim() || s.lines.join('\n')).trim(), 400)}`,
      s.rc,
      truncate(stderr, 2000),
    );
  }
  return s;
}
