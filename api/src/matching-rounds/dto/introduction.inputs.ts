import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../core/pagination';
import { IntroductionAnswer, IntroductionStatus } from '../entities/introduction.entity';

registerEnumType(IntroductionStatus, {
  name: 'IntroductionStatus',
  description: 'PROPOSED until both sides accept (ACCEPTED) or one declines (DECLINED).',
});
registerEnumType(IntroductionAnswer, {
  name: 'IntroductionAnswer',
  description: "One side's answer to an introduction.",
});

@InputType({ description: 'An answer to an introduction, with an optional message.' })
export class IntroductionResponseInput {
  @Field(() => ID, { description: 'The introduction.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'A message to the other organisation.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

@ArgsType()
export class MyIntroductionsArgs extends PageArgs {
  @Field(() => ID, { description: 'Your organisation (company or school).' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId!: string;

  @Field(() => IntroductionStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  @IsEnum(IntroductionStatus)
  status?: IntroductionStatus;
}
