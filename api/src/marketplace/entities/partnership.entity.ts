import { PartnershipKind, PartnershipStatus } from '@knooppunt/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';

/** A company's offer for a minor's partner slot, or a minor's adoption of a challenge. */
@Entity({ name: 'partnership' })
export class PartnershipEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: PartnershipKind, enumName: 'partnership_kind' })
  kind!: PartnershipKind;

  @Column({ name: 'minor_id', type: 'uuid' })
  minorId!: string;

  @Column({ name: 'slot_id', type: 'uuid', nullable: true })
  slotId!: string | null;

  @Column({ name: 'challenge_id', type: 'uuid', nullable: true })
  challengeId!: string | null;

  /** The organisation that proposed: the company (slot offer) or the school (adoption). */
  @Column({ name: 'proposer_organisation_id', type: 'uuid' })
  proposerOrganisationId!: string;

  /** The organisation that answers: the minor's school or the challenge's owner. */
  @Column({ name: 'recipient_organisation_id', type: 'uuid' })
  recipientOrganisationId!: string;

  @Column({ type: 'text', default: '' })
  message!: string;

  @Column({ name: 'response_message', type: 'text', nullable: true })
  responseMessage!: string | null;

  @Column({
    type: 'enum',
    enum: PartnershipStatus,
    enumName: 'partnership_status',
    default: PartnershipStatus.PROPOSED,
  })
  status!: PartnershipStatus;

  @Column({ name: 'proposed_by_id', type: 'uuid', nullable: true })
  proposedById!: string | null;

  @Column({ name: 'responded_by_id', type: 'uuid', nullable: true })
  respondedById!: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
