import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';
import {
  ActionItemStatus,
  AvailabilityAnswer,
  ConversationStatus,
} from '../transition-tables.enums';

@Entity({ name: 'conversation' })
export class ConversationEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'table_id', type: 'uuid' })
  tableId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  agenda!: string;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({
    type: 'enum',
    enum: ConversationStatus,
    enumName: 'conversation_status',
    default: ConversationStatus.POLLING,
  })
  status!: ConversationStatus;

  @Column({ name: 'quorum_business', type: 'smallint', default: 1 })
  quorumBusiness!: number;

  @Column({ name: 'quorum_education', type: 'smallint', default: 1 })
  quorumEducation!: number;

  @Column({ name: 'quorum_government', type: 'smallint', default: 1 })
  quorumGovernment!: number;

  /** Raised on every change of the confirmed event (iCalendar SEQUENCE). */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @Column({ name: 'confirmed_slot_id', type: 'uuid', nullable: true })
  confirmedSlotId!: string | null;

  @Column({ name: 'confirmed_venue_id', type: 'uuid', nullable: true })
  confirmedVenueId!: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ type: 'text', nullable: true })
  minutes!: string | null;

  @Column({ name: 'minutes_updated_at', type: 'timestamptz', nullable: true })
  minutesUpdatedAt!: Date | null;

  @Column({ name: 'minutes_updated_by_id', type: 'uuid', nullable: true })
  minutesUpdatedById!: string | null;

  @Column({ name: 'previous_conversation_id', type: 'uuid', nullable: true })
  previousConversationId!: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;
}

/** Slots are read and written with SQL (tstzrange); this entity maps the plain columns. */
@Entity({ name: 'conversation_slot' })
export class ConversationSlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @Column({ type: 'tstzrange' })
  during!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'conversation_venue' })
export class ConversationVenueEntity {
  @PrimaryColumn({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @PrimaryColumn({ name: 'venue_id', type: 'uuid' })
  venueId!: string;
}

@Entity({ name: 'conversation_invitee' })
export class ConversationInviteeEntity {
  @PrimaryColumn({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'availability' })
export class AvailabilityEntity {
  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @PrimaryColumn({ name: 'slot_id', type: 'uuid' })
  slotId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'enum', enum: AvailabilityAnswer, enumName: 'availability_answer' })
  answer!: AvailabilityAnswer;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'action_item' })
export class ActionItemEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({
    type: 'enum',
    enum: ActionItemStatus,
    enumName: 'action_item_status',
    default: ActionItemStatus.OPEN,
  })
  status!: ActionItemStatus;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;
}
