import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum MailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** No SMTP configured: written to the log instead, and kept here for admins. */
  LOGGED = 'LOGGED',
  FAILED = 'FAILED',
}

@Entity({ name: 'mail_outbox' })
export class OutboxMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  /** iTIP method of the calendar invitation sent along, if any. */
  @Column({ name: 'calendar_method', type: 'text', nullable: true })
  calendarMethod!: 'REQUEST' | 'CANCEL' | null;

  /** The invitation itself (RFC 5545 text), sent as the mail's text/calendar part. */
  @Column({ type: 'text', nullable: true })
  calendar!: string | null;

  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status', default: MailStatus.PENDING })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
