import { Ecosystem, Theme } from '@knooppunt/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';
import { TableKind, TableStatus } from '../transition-tables.enums';

@Entity({ name: 'transition_table' })
export class TransitionTableEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: TableKind, enumName: 'transition_table_kind' })
  kind!: TableKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: Theme, enumName: 'theme' })
  theme!: Theme;

  @Column({ type: 'enum', enum: Ecosystem, enumName: 'ecosystem' })
  ecosystem!: Ecosystem;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', default: '' })
  goals!: string;

  @Column({
    type: 'enum',
    enum: TableStatus,
    enumName: 'transition_table_status',
    default: TableStatus.ACTIVE,
  })
  status!: TableStatus;

  @Column({ name: 'quorum_business', type: 'smallint', default: 1 })
  quorumBusiness!: number;

  @Column({ name: 'quorum_education', type: 'smallint', default: 1 })
  quorumEducation!: number;

  @Column({ name: 'quorum_government', type: 'smallint', default: 1 })
  quorumGovernment!: number;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;
}

@Entity({ name: 'transition_table_coordinator' })
export class TableCoordinatorEntity {
  @PrimaryColumn({ name: 'table_id', type: 'uuid' })
  tableId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'transition_table_member' })
export class TableMemberEntity {
  @PrimaryColumn({ name: 'table_id', type: 'uuid' })
  tableId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
