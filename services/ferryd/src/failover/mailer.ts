// The failover engine's Mailer port: nodemailer over the replicated SMTP settings (password opened from its sealed
// form), or .eml files in DATA/outbox without SMTP. Rebuilt when the settings change; never throws to the engine.
// Every mail goes through the durable spool DATA/mail-spool first, and whatever an earlier process (or the
// notifier replaced by a settings change) left there is re-sent when a notifier starts.
import { join } from 'node:path';
import { MailNotifier } from '@ferry/notify';
import type { Mailer } from '@ferry/failover';
import { joinSecret } from '@ferry/model';
import type { FerryNode } from '../node.js';

/** A Mailer that follows the node's settings. */
export class SettingsMailer implements Mailer {
  private notifier: MailNotifier | undefined;
  private key = '';

  constructor(private readonly node: FerryNode) {}

  private async current(): Promise<MailNotifier> {
    const smtp = this.node.state.setting('smtp-url');
    const from = this.node.state.setting('mail-from')?.value || 'ferry@localhost';
    const key = `${smtp?.value ?? ''}|${smtp?.sealed ?? ''}|${from}`;
    if (!this.notifier || key !== this.key) {
      await this.notifier?.stop();
      const smtpUrl = smtp?.value
        ? joinSecret('smtp-url', smtp.value, smtp.sealed ? this.node.secrets.open(smtp.sealed) : '')
        : undefined;
      this.notifier = await MailNotifier.start({
        ...(smtpUrl ? { smtpUrl } : {}),
        from,
        outboxDir: join(this.node.config.data, 'outbox'),
        retry: { attempts: 4, baseDelayMs: 1_000 },
        spoolDir: join(this.node.config.data, 'mail-spool'),
        onResult: (r) => {
          this.node.mailStats.record(r);
          if (r.ok && r.via === 'smtp')
            this.node.logger.info({ mail: r.id, to: r.to, attempts: r.attempts }, 'mail sent');
          else if (r.ok)
            this.node.logger.info(
              { mail: r.id, to: r.to, file: r.via },
              'mail written to the outbox: no smtp-url is set',
            );
          else if (r.code === 'stopped')
            this.node.logger.info({ mail: r.id, to: r.to }, 'mail left in the spool for the next start');
          else
            this.node.logger.warn({ mail: r.id, to: r.to, error: r.error }, 'mail failed; kept in mail-spool/failed');
        },
      });
      this.key = key;
      void this.notifier.resume();
    }
    return this.notifier;
  }

  /** Starts a notifier now, so that mail an earlier process left in the spool goes out without waiting for new mail. */
  async resumeSpooled(): Promise<void> {
    try {
      await this.current();
    } catch (err) {
      this.node.logger.warn({ err: (err as Error).message }, 'mail spool could not be resumed');
    }
  }

  /** Hands a mail over for delivery (with retries in the background); failures are logged, never thrown or awaited. */
  async send(message: { to: string[]; subject: string; text: string }): Promise<void> {
    if (!message.to.length) return;
    try {
      void (await this.current()).send(message);
    } catch (err) {
      this.node.logger.warn({ err: (err as Error).message }, 'mail could not be prepared');
    }
  }

  /** Stops the current notifier. */
  async stop(): Promise<void> {
    await this.notifier?.stop();
  }
}
