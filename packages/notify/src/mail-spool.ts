// A durable spool of mail not yet delivered: each message is a JSON file, written and fsynced before the first
// delivery attempt and removed once it is delivered (or moved to `failed/` when every attempt failed). A process
// that dies between handing a mail over and delivering it finds the mail again at its next start, so a failover
// mail is delivered at least once (the stored id doubles as Message-ID, so a receiver can drop a duplicate).
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OutboxError } from './errors.js';

/** A message as kept in the spool. */
export interface SpooledMail {
  id: string;
  to: string[];
  subject: string;
  text: string;
  queuedAt: string;
}

const isSpooledMail = (v: unknown): v is SpooledMail => {
  const m = v as Partial<SpooledMail> | null;
  return (
    typeof m?.id === 'string' &&
    Array.isArray(m.to) &&
    m.to.every((t) => typeof t === 'string') &&
    typeof m.subject === 'string' &&
    typeof m.text === 'string' &&
    typeof m.queuedAt === 'string'
  );
};

async function fsyncPath(path: string): Promise<void> {
  const fh = await open(path, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** The spool folder; see the module comment. */
export class MailSpool {
  private constructor(readonly dir: string) {}

  /** Opens (and creates) the spool folder and its `failed/` folder. */
  static async open(dir: string): Promise<MailSpool> {
    try {
      await mkdir(join(dir, 'failed'), { recursive: true, mode: 0o700 });
    } catch (err) {
      throw new OutboxError(`cannot create mail spool ${dir}: ${(err as Error).message}`, { cause: err });
    }
    return new MailSpool(dir);
  }

  /** Stores a message durably (file and folder entry fsynced) and returns it with its id. */
  async put(mail: { to: string[]; subject: string; text: string }): Promise<SpooledMail> {
    const spooled: SpooledMail = {
      id: randomUUID(),
      to: [...mail.to],
      subject: mail.subject,
      text: mail.text,
      queuedAt: new Date().toISOString(),
    };
    const path = this.pathOf(spooled.id);
    try {
      await writeFile(`${path}.tmp`, JSON.stringify(spooled), { mode: 0o600, flush: true });
      await rename(`${path}.tmp`, path);
      await fsyncPath(this.dir);
    } catch (err) {
      throw new OutboxError(`cannot spool mail to ${path}: ${(err as Error).message}`, { cause: err });
    }
    return spooled;
  }

  /** Messages still waiting, oldest first. A file that is not a spooled message is moved to `failed/`. */
  async pending(): Promise<SpooledMail[]> {
    const out: SpooledMail[] = [];
    for (const name of (await readdir(this.dir)).filter((n) => n.endsWith('.json'))) {
      const path = join(this.dir, name);
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readFile(path, 'utf8'));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // delivered meanwhile
        parsed = undefined;
      }
      if (isSpooledMail(parsed) && name === `${parsed.id}.json`) out.push(parsed);
      else await rename(path, join(this.dir, 'failed', name));
    }
    return out.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  }

  /** Number of messages waiting. */
  async size(): Promise<number> {
    return (await readdir(this.dir)).filter((n) => n.endsWith('.json')).length;
  }

  /** Forgets a delivered message. */
  async delivered(id: string): Promise<void> {
    await rm(this.pathOf(id), { force: true });
  }

  /** Moves a message every attempt failed for to `failed/`, with the (redacted) reason beside it. */
  async gaveUp(id: string, reason: string): Promise<void> {
    await writeFile(join(this.dir, 'failed', `${id}.reason`), `${reason}\n`, { mode: 0o600 });
    await rename(this.pathOf(id), join(this.dir, 'failed', `${id}.json`));
  }

  private pathOf(id: string): string {
    return join(this.dir, `${id}.json`);
  }
}
