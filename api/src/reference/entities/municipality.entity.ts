import { TransitMode } from '@knooppunt/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';

@Entity({ name: 'municipality' })
export class MunicipalityEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'double precision' })
  latitude!: number;

  @Column({ type: 'double precision' })
  longitude!: number;

  @Column({
    name: 'transit_modes',
    type: 'enum',
    enum: TransitMode,
    enumName: 'transit_mode',
    array: true,
  })
  transitModes!: TransitMode[];

  @Column({ type: 'text', array: true })
  stations!: string[];
}
