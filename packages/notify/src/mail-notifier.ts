// The Mailer adapter: sends mail over SMTP with nodemailer when an SMTP URL is configured, otherwise writes
// RFC 822 `.eml` files into an outbox folder. Retries with exponential backoff, reports every outcome through
// a callback, and never throws into its caller: a mail problem must never block a failover. With a spool folder,
// every mail is stored durably before its first attempt, and `resume()` re-sends what a previous process (or a
// notifier stopped mid-retry) left undelivered.

import { mkdir, rename, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { InvalidConfigError, NotifyError, OutboxError, SendFailedError, StoppedError } from './errors.js';
import { MailSpool, type SpooledMail } from './mail-spool.js';
import { redactText } from './redact.js';
import { parseSmtpUrl } from './smtp-url.js';

/** One message to send. */
export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
}

/** Outcome of one `send`, also passed to `onResult`. */
export interface MailResult {
  id: string;
  to: string[];
  ok: boolean;
  attempts: number;
  /** Where it went: `smtp` or the `.eml` path in the outbox. */
  via?: string;
  /** Redacted error message of the last attempt, when not ok. */
  error?: string;
  /** Stable code of the error, when not ok. */
  code?: NotifyError['code'];
}

/** Options of {@link MailNotifier.start}. */
export interface MailNotifierOptions {
  /** `smtp://user:pass@host:port` or `smtps://…`; without it, mail goes to `outboxDir`. */
  smtpUrl?: string;
  /** Sender address. */
  from: string;
  /** Folder for `.eml` files when no SMTP URL is set (created when missing). */
  outboxDir: string;
  retry: { attempts: number; baseDelayMs: number };
  /** Called once per `send` with its outcome. Exceptions it throws are ignored. */
  onResult?: (r: MailResult) => void;
  /** SMTP connection/greeting/socket timeout (default 10 000 ms). */
  timeoutMs?: number;
  /** Folder of the durable spool (see the module comment); without it, a mail lives only in memory until sent. */
  spoolDir?: string;
}

type Delivery = (mail: OutgoingMail, id: string) => Promise<string>;

/** Sends mail; see the module comment. Create with {@link MailNotifier.start}, end with {@link MailNotifier.stop}. */
export class MailNotifier {
  private stopped = false;
  private readonly inFlight = new Set<Promise<MailResult>>();
  private readonly timers = new Map<NodeJS.Timeout, () => void>();

  private constructor(
    private readonly opts: MailNotifierOptions,
    private readonly deliver: Delivery,
    private readonly secrets: string[],
    private readonly transport: Transporter,
    /** Where mail goes, for status output: the redacted SMTP URL or `outbox:<dir>`. */
    readonly target: string,
    private readonly spool: MailSpool | undefined,
    /** What the spool held when this notifier started (mail of earlier notifiers), until resume() takes it. */
    private leftover: SpooledMail[],
  ) {}

  /** Validates options, prepares the transport and (in outbox mode) the folder. Throws only on bad config. */
  static async start(opts: MailNotifierOptions): Promise<MailNotifier> {
    if (opts.from.trim() === '') throw new InvalidConfigError('a sender address (from) is required');
    if (!(opts.retry.attempts >= 1)) throw new InvalidConfigError('retry.attempts must be at least 1');
    const timeoutMs = opts.timeoutMs ?? 10_000;
    const spool = opts.spoolDir ? await MailSpool.open(opts.spoolDir) : undefined;
    // Listed now, before any send() can add to the spool, so that resume() never races a new mail.
    const leftover = spool ? await spool.pending() : [];
    if (opts.smtpUrl !== undefined && opts.smtpUrl !== '') {
      const t = parseSmtpUrl(opts.smtpUrl, timeoutMs);
      const transport = nodemailer.createTransport(t.options);
      const deliver: Delivery = async (mail, id) => {
        await transport.sendMail({
          from: opts.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          messageId: `<${id}@ferry>`,
        });
        return 'smtp';
      };
      return new MailNotifier(opts, deliver, t.secrets, transport, t.redacted, spool, leftover);
    }
    try {
      await mkdir(opts.outboxDir, { recursive: true });
    } catch (err) {
      throw new InvalidConfigError(`cannot create outbox folder ${opts.outboxDir}`, { cause: err });
    }
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    const deliver: Delivery = async (mail, id) => {
      const info = await transport.sendMail({
        from: opts.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${id}@ferry>`,
      });
      const bytes = info.message;
      if (!Buffer.isBuffer(bytes)) throw new OutboxError('stream transport did not return a buffer');
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`;
      const path = join(opts.outboxDir, name);
      try {
        await writeFile(`${path}.tmp`, bytes);
        await rename(`${path}.tmp`, path);
      } catch (err) {
        throw new OutboxError(`cannot write ${path}: ${err instanceof Error ? err.message : String(err)}`, {
          cause: err,
        });
      }
      return path;
    };
    return new MailNotifier(opts, deliver, [], transport, `outbox:${opts.outboxDir}`, spool, leftover);
  }

  /** Sends one mail with retries (spooling it first, when spooling). Never rejects; the outcome is returned and passed to `onResult`. */
  send(mail: OutgoingMail): Promise<MailResult> {
    return this.track(this.spoolThenAttempt(mail));
  }

  /** Re-sends the mail the spool held when this notifier started (once; none without a spool). Never rejects. */
  resume(): Promise<MailResult[]> {
    const waiting = this.leftover;
    this.leftover = [];
    return Promise.all(waiting.map((m) => this.track(this.attempt(m, m.id))));
  }

  private track(p: Promise<MailResult>): Promise<MailResult> {
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
    return p;
  }

  private async spoolThenAttempt(mail: OutgoingMail): Promise<MailResult> {
    if (!this.spool) return this.attempt(mail, randomUUID());
    try {
      const spooled = await this.spool.put(mail);
      return await this.attempt(spooled, spooled.id);
    } catch (err) {
      // The spool is unusable (disk full?): still try to deliver; the mail is only as safe as without a spool.
      this.report({
        id: '',
        to: [...mail.to],
        ok: false,
        attempts: 0,
        error: this.wrap(err).message,
        code: 'outbox-failed',
      });
      return this.attempt(mail, randomUUID());
    }
  }

  /** Waits for sends in flight (retries are cut short), then closes the transport. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const [t, wake] of this.timers) {
      clearTimeout(t);
      wake();
    }
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
    this.transport.close();
  }

  private async attempt(mail: OutgoingMail, id: string): Promise<MailResult> {
    const to = [...mail.to];
    let attempts = 0;
    let last: NotifyError = new StoppedError();
    while (!this.stopped && attempts < this.opts.retry.attempts) {
      attempts++;
      try {
        const via = await this.deliver(mail, id);
        await this.spool?.delivered(id).catch(() => undefined);
        return this.report({ id, to, ok: true, attempts, via });
      } catch (err) {
        last = this.wrap(err);
      }
      if (attempts < this.opts.retry.attempts) await this.sleep(this.opts.retry.baseDelayMs * 2 ** (attempts - 1));
    }
    if (this.stopped && attempts < this.opts.retry.attempts) {
      // Cut short by stop(): a spooled mail stays for the next resume().
      return this.report({ id, to, ok: false, attempts, error: new StoppedError().message, code: 'stopped' });
    }
    await this.spool?.gaveUp(id, last.message).catch(() => undefined);
    return this.report({ id, to, ok: false, attempts, error: last.message, code: last.code });
  }

  private wrap(err: unknown): NotifyError {
    const raw = err instanceof Error ? err.message : String(err);
    const msg = redactText(raw, this.secrets);
    if (err instanceof NotifyError) return err.message === msg ? err : new OutboxError(msg);
    // The cause is kept only as a redacted copy: the original may carry transport details.
    return new SendFailedError(`mail to ${this.target} failed: ${msg}`, { cause: new Error(msg) });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.stopped) return resolve();
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      this.timers.set(t, resolve);
    });
  }

  private report(r: MailResult): MailResult {
    try {
      this.opts.onResult?.(r);
    } catch {
      // A failing callback must not turn a mail outcome into an exception.
    }
    return r;
  }
}
