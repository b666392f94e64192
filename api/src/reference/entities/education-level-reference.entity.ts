import { EducationLevel, EducationLevelFamily } from '@knooppunt/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'education_level_reference' })
export class EducationLevelReferenceEntity {
  @PrimaryColumn({ type: 'enum', enum: EducationLevel, enumName: 'education_level' })
  code!: EducationLevel;

  @Column({ type: 'enum', enum: EducationLevelFamily, enumName: 'education_level_family' })
  family!: EducationLevelFamily;

  @Column({ type: 'smallint' })
  rank!: number;

  @Column({ name: 'name_nl', type: 'text' })
  nameNl!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;
}
