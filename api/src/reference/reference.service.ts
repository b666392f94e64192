import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SKILL_CATEGORIES, SkillCategory } from '@knooppunt/domain';
import { DataSource } from 'typeorm';
import { EcosystemReferenceEntity } from './entities/ecosystem-reference.entity';
import { EducationLevelReferenceEntity } from './entities/education-level-reference.entity';
import { MunicipalityEntity } from './entities/municipality.entity';
import { SkillEntity } from './entities/skill.entity';

export interface SkillQuery {
  search?: string;
  category?: SkillCategory;
  skip: number;
  take: number;
}

/** Reads the reference data that the migrations bring: municipalities, skills, levels, ecosystems. */
@Injectable()
export class ReferenceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  municipalities(): Promise<MunicipalityEntity[]> {
    return this.dataSource.getRepository(MunicipalityEntity).find({ order: { name: 'ASC' } });
  }

  async skills(query: SkillQuery): Promise<{ items: SkillEntity[]; totalCount: number }> {
    const builder = this.dataSource.getRepository(SkillEntity).createQueryBuilder('skill');
    if (query.category)
      builder.andWhere('skill.category = :category', { category: query.category });
    const search = query.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      builder.andWhere(
        '(skill.label_nl ILIKE :pattern OR skill.label_en ILIKE :pattern OR skill.code ILIKE :pattern)',
        { pattern },
      );
    }
    const [items, totalCount] = await builder
      .orderBy('skill.label_nl', 'ASC')
      .addOrderBy('skill.id', 'ASC')
      .skip(query.skip)
      .take(query.take)
      .getManyAndCount();
    return { items, totalCount };
  }

  async skillCategories(): Promise<{ category: SkillCategory; skillCount: number }[]> {
    const rows: { category: SkillCategory; count: number }[] = await this.dataSource
      .getRepository(SkillEntity)
      .createQueryBuilder('skill')
      .select('skill.category', 'category')
      .addSelect('count(*)::int', 'count')
      .groupBy('skill.category')
      .getRawMany();
    const counts = new Map(rows.map((row) => [row.category, Number(row.count)]));
    return SKILL_CATEGORIES.map((category) => ({
      category,
      skillCount: counts.get(category) ?? 0,
    }));
  }

  ecosystems(): Promise<EcosystemReferenceEntity[]> {
    return this.dataSource.getRepository(EcosystemReferenceEntity).find({ order: { code: 'ASC' } });
  }

  educationLevels(): Promise<EducationLevelReferenceEntity[]> {
    return this.dataSource
      .getRepository(EducationLevelReferenceEntity)
      .find({ order: { rank: 'ASC' } });
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
