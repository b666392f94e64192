import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';

@Entity({ name: 'venue' })
export class VenueEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode!: string;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ name: 'host_organisation_id', type: 'uuid', nullable: true })
  hostOrganisationId!: string | null;

  @Column({ name: 'wheelchair_accessible', type: 'boolean', default: false })
  wheelchairAccessible!: boolean;

  @Column({ name: 'public_transport_access', type: 'boolean', default: false })
  publicTransportAccess!: boolean;

  @Column({ name: 'public_transport_note', type: 'text', nullable: true })
  publicTransportNote!: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;
}
