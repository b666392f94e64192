import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../core/auth/allow.decorator';
import { SkillsArgs } from './dto/skills.args';
import {
  EcosystemReference,
  EducationLevelReference,
  Municipality,
  SkillCategorySummary,
  SkillList,
} from './models/reference.models';
import {
  toEcosystemReference,
  toEducationLevelReference,
  toMunicipality,
  toSkill,
} from './reference.mappers';
import { ReferenceService } from './reference.service';

/** Reference data is public: it is what every visitor of the home page sees. */
@Resolver()
export class ReferenceResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Public()
  @Query(() => [Municipality], { description: 'The six municipalities of the region, by name.' })
  async municipalities(): Promise<Municipality[]> {
    return (await this.reference.municipalities()).map(toMunicipality);
  }

  @Public()
  @Query(() => SkillList, {
    description:
      'Skills of the taxonomy, filtered by a search text (Dutch or English label) and a category, sorted by Dutch label.',
  })
  async skills(@Args() args: SkillsArgs): Promise<SkillList> {
    const page = await this.reference.skills(args);
    return { items: page.items.map(toSkill), totalCount: page.totalCount };
  }

  @Public()
  @Query(() => [SkillCategorySummary], { description: 'Number of skills per category.' })
  skillCategories(): Promise<SkillCategorySummary[]> {
    return this.reference.skillCategories();
  }

  @Public()
  @Query(() => [EcosystemReference], { description: 'The ecosystems of the region.' })
  async ecosystems(): Promise<EcosystemReference[]> {
    return (await this.reference.ecosystems()).map(toEcosystemReference);
  }

  @Public()
  @Query(() => [EducationLevelReference], { description: 'Education levels, from MBO 1 up.' })
  async educationLevels(): Promise<EducationLevelReference[]> {
    return (await this.reference.educationLevels()).map(toEducationLevelReference);
  }
}
