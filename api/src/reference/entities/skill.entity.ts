import { Ecosystem, SkillCategory } from '@knooppunt/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';

@Entity({ name: 'skill' })
export class SkillEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ name: 'label_nl', type: 'text' })
  labelNl!: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn!: string;

  @Column({ type: 'enum', enum: SkillCategory, enumName: 'skill_category' })
  category!: SkillCategory;

  @Column({ type: 'enum', enum: Ecosystem, enumName: 'ecosystem', array: true })
  ecosystems!: Ecosystem[];
}
