// The commit marker: a small file beside LevelDB's own (`COMMIT-MARKER` in the log's directory) holding a committed
// head (seq and hash), written to a temporary file, fsynced and renamed into place. LevelDB silently drops a
// write-ahead log record that fails its checksum when it re-opens (it only writes a line to its `LOG`), so a damaged
// newest record would otherwise come back as a shorter chain that verifies. Open compares the log with the marker: a
// head below the marker's seq, or another hash at it, is corruption. The marker follows the commits in the background
// (at most one write in flight, at most one a second: it costs the commit path nothing), is written at close, and is
// written first whenever the head moves back (quarantine), so it never names a seq the log is meant not to hold.
import { open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Name of the marker file in the log's directory. */
export const MARKER_FILE = 'COMMIT-MARKER';

/** Longest wait of a committed head before the background writes it. */
const MARKER_INTERVAL_MS = 1000;

/** A committed head. */
export interface MarkedHead {
  seq: number;
  hash: string;
}

/** The marker of one log directory; see the module header. */
export class CommitMarker {
  readonly #file: string;
  /** Latest head noted and not yet written. */
  #pending: MarkedHead | undefined;
  #inFlight: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;

  /** `dir`: the log's directory. */
  constructor(dir: string) {
    this.#file = join(dir, MARKER_FILE);
  }

  /** The marker file's path. */
  get file(): string {
    return this.#file;
  }

  /**
   * The marked head, or undefined when there is no marker (a directory from before markers).
   * @throws Error naming the file when it exists but is unreadable or malformed.
   */
  async read(): Promise<MarkedHead | undefined> {
    let text: string;
    try {
      text = await readFile(this.#file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new Error(`cannot read the commit marker ${this.#file}: ${(e as Error).message}`);
    }
    let m: unknown;
    try {
      m = JSON.parse(text);
    } catch {
      m = undefined;
    }
    const { seq, hash } = (m ?? {}) as Partial<MarkedHead>;
    if (!Number.isSafeInteger(seq) || seq! < 0 || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
      throw new Error(`the commit marker ${this.#file} is malformed: ${JSON.stringify(text.slice(0, 200))}`);
    }
    return { seq: seq!, hash };
  }

  /** Notes a committed head for the background write (which coalesces heads). */
  note(head: MarkedHead): void {
    this.#pending = head;
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      this.#startPending();
    }, MARKER_INTERVAL_MS).unref();
  }

  #startPending(): void {
    if (this.#inFlight || !this.#pending) return;
    const head = this.#pending;
    this.#pending = undefined;
    // A failed background write leaves the previous marker, which names an older committed head: still true.
    this.#inFlight = this.#writeFile(head)
      .catch(() => undefined)
      .finally(() => {
        this.#inFlight = undefined;
      });
  }

  /**
   * Writes `head` now (after the write in flight), replacing anything noted: at open, at close, after a recovery and
   * before the head moves back.
   * @throws the file system's error (the previous marker stays in place).
   */
  async set(head: MarkedHead): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
    while (this.#inFlight) await this.#inFlight;
    await this.#writeFile(head);
  }

  /** Stops the background write (the log closes or stops writing); waits for the one in flight. */
  async stop(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
    while (this.#inFlight) await this.#inFlight;
  }

  async #writeFile(head: MarkedHead): Promise<void> {
    const tmp = `${this.#file}.tmp`;
    try {
      const fh = await open(tmp, 'w', 0o600);
      try {
        await fh.writeFile(`${JSON.stringify({ seq: head.seq, hash: head.hash })}\n`);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await rename(tmp, this.#file);
    } catch (e) {
      await rm(tmp, { force: true }).catch(() => undefined);
      throw e;
    }
    const dir = await open(join(this.#file, '..'), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}
