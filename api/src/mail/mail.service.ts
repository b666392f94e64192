import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager, In } from 'typeorm';
import { APP_CONFIG } from '../app-config.token';
import type { AppConfig } from '../config';
import { MailStatus, OutboxMailEntity } from './entities/outbox-mail.entity';
import { Mail } from './mail-templates';

const MAX_ATTEMPTS = 5;
const BATCH = 20;

/**
 * The mail outbox: mails are written in the same transaction as the change
 * that causes them, then delivered afterwards — over SMTP when SMTP_URL is set,
 * otherwise to the log (status LOGGED, readable by admins). Never lost.
 */
@Injectable()
export class MailService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(MailService.name);
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  /** Writes a mail to the outbox inside the caller's transaction. */
  async enqueue(manager: EntityManager, to: string, mail: Mail): Promise<void> {
    await manager.getRepository(OutboxMailEntity).insert({
      toAddress: to,
      subject: mail.subject,
      body: mail.body,
      calendarMethod: mail.calendar?.method ?? null,
      calendar: mail.calendar?.content ?? null,
    });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.deliver(), 2_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Delivers pending mails; concurrent calls (and API processes) never send one twice. */
  deliver(): Promise<void> {
    this.running ??= this.deliverBatch().finally(() => (this.running = null));
    return this.running;
  }

  private async deliverBatch(): Promise<void> {
    try {
      const claimed = await this.dataSource.transaction(async (manager) => {
        const rows: OutboxMailEntity[] = await manager
          .getRepository(OutboxMailEntity)
          .createQueryBuilder('mail')
          .where('mail.status = :status', { status: MailStatus.PENDING })
          .orderBy('mail.created_at', 'ASC')
          .limit(BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        if (rows.length === 0) return [];
        // Claim by counting the attempt; delivery happens outside the transaction.
        await manager
          .getRepository(OutboxMailEntity)
          .increment({ id: In(rows.map((row) => row.id)) }, 'attempts', 1);
        return rows;
      });
      for (const mail of claimed) await this.send(mail);
    } catch (error) {
      this.logger.error({ err: error }, 'Mail delivery failed');
    }
  }

  private async send(mail: OutboxMailEntity): Promise<void> {
    const repository = this.dataSource.getRepository(OutboxMailEntity);
    if (!this.transport) {
      this.logger.info(
        { mail: { to: mail.toAddress, subject: mail.subject, body: mail.body } },
        'Mail (no SMTP_URL set)',
      );
      await repository.update(mail.id, { status: MailStatus.LOGGED, sentAt: new Date() });
      return;
    }
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.body,
        // The text/calendar alternative calendar apps turn into "add / update / remove".
        ...(mail.calendar && mail.calendarMethod
          ? {
              icalEvent: {
                method: mail.calendarMethod.toLowerCase(),
                filename: 'uitnodiging.ics',
                content: mail.calendar,
              },
            }
          : {}),
      });
      await repository.update(mail.id, {
        status: MailStatus.SENT,
        sentAt: new Date(),
        lastError: null,
      });
    } catch (error) {
      const failed = mail.attempts + 1 >= MAX_ATTEMPTS;
      await repository.update(mail.id, {
        status: failed ? MailStatus.FAILED : MailStatus.PENDING,
        lastError: (error as Error).message.slice(0, 500),
      });
    }
  }
}
