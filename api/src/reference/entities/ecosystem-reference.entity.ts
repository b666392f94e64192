import { Ecosystem } from '@knooppunt/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'ecosystem_reference' })
export class EcosystemReferenceEntity {
  @PrimaryColumn({ type: 'enum', enum: Ecosystem, enumName: 'ecosystem' })
  code!: Ecosystem;

  @Column({ name: 'name_nl', type: 'text' })
  nameNl!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;
}
