import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, ValidateNested } from 'class-validator';
import { CohortFilter, CohortSort } from '../dto/cohort.inputs';
import { ChallengeFilter, ChallengeSort } from '../dto/challenge.inputs';
import { InternshipNeedFilter, NeedSort } from '../dto/internship-need.inputs';
import { MinorFilter, MinorSort } from '../dto/minor.inputs';
import { PartnershipFilter } from '../dto/partnership.inputs';

@InputType({ description: 'A CSV file to import (see docs/csv-import.md for the template).' })
export class CsvImportInput {
  @Field({
    description:
      'The text of the file: UTF-8 with or without BOM, comma or semicolon, at most 2 MB and 5 000 rows.',
  })
  @IsString()
  csv!: string;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Only check every row; write nothing (default false).',
  })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}

@ArgsType()
export class ExportInternshipNeedsArgs {
  @Field(() => InternshipNeedFilter, { nullable: true, description: 'Filters, as for the list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InternshipNeedFilter)
  filter?: InternshipNeedFilter;

  @Field(() => NeedSort, { nullable: true, description: 'Order, as for the list.' })
  @IsOptional()
  @IsEnum(NeedSort)
  sort?: NeedSort;
}

@ArgsType()
export class ExportCohortsArgs {
  @Field(() => CohortFilter, { nullable: true, description: 'Filters, as for the list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortFilter)
  filter?: CohortFilter;

  @Field(() => CohortSort, { nullable: true, description: 'Order, as for the list.' })
  @IsOptional()
  @IsEnum(CohortSort)
  sort?: CohortSort;
}

@ArgsType()
export class ExportMinorsArgs {
  @Field(() => MinorFilter, { nullable: true, description: 'Filters, as for the list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MinorFilter)
  filter?: MinorFilter;

  @Field(() => MinorSort, { nullable: true, description: 'Order, as for the list.' })
  @IsOptional()
  @IsEnum(MinorSort)
  sort?: MinorSort;
}

@ArgsType()
export class ExportChallengesArgs {
  @Field(() => ChallengeFilter, { nullable: true, description: 'Filters, as for the list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChallengeFilter)
  filter?: ChallengeFilter;

  @Field(() => ChallengeSort, { nullable: true, description: 'Order, as for the list.' })
  @IsOptional()
  @IsEnum(ChallengeSort)
  sort?: ChallengeSort;
}

@ArgsType()
export class ExportPartnershipsArgs {
  @Field(() => PartnershipFilter, { nullable: true, description: 'Filters, as for the list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnershipFilter)
  filter?: PartnershipFilter;
}
