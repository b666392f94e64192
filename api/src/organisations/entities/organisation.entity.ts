import { Ecosystem, Helix, OrganisationKind, OrganisationStatus, Theme } from '@knooppunt/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';
import { MunicipalityEntity } from '../../reference/entities/municipality.entity';

@Entity({ name: 'organisation' })
export class OrganisationEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: Helix, enumName: 'helix' })
  helix!: Helix;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Column({
    type: 'enum',
    enum: OrganisationStatus,
    enumName: 'organisation_status',
    default: OrganisationStatus.PENDING,
  })
  status!: OrganisationStatus;

  @Index('organisation_municipality_code_idx')
  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'enum', enum: Ecosystem, enumName: 'ecosystem', default: Ecosystem.OTHER })
  ecosystem!: Ecosystem;

  @Column({ type: 'enum', enum: Theme, enumName: 'theme', array: true, default: [] })
  themes!: Theme[];

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'kvk_number', type: 'varchar', length: 8, nullable: true })
  kvkNumber!: string | null;

  @Column({ name: 'brin_code', type: 'varchar', length: 4, nullable: true })
  brinCode!: string | null;

  /** Why a coordinator rejected it (set exactly when REJECTED). */
  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'reviewed_by_id', type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  /** Rows made by the demo seed; the seed refuses to touch anything else. */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
