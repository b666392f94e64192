import { ArgsType, Field } from '@nestjs/graphql';
import { SkillCategory } from '@knooppunt/domain';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../core/pagination';

@ArgsType()
export class SkillsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Text to find in the Dutch or English label or the code.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => SkillCategory, { nullable: true, description: 'Only skills of this category.' })
  @IsOptional()
  @IsEnum(SkillCategory)
  category?: SkillCategory;
}
