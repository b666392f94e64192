import { Module } from '@nestjs/common';
import { CohortsResolver } from './cohorts.resolver';
import { ChallengesResolver } from './challenges.resolver';
import { ChallengesService } from './challenges.service';
import { CohortsService } from './cohorts.service';
import { CsvResolver } from './csv/csv.resolver';
import { CsvService } from './csv/csv.service';
import { InternshipNeedsResolver, NeedSkillResolver } from './internship-needs.resolver';
import { InternshipNeedsService } from './internship-needs.service';
import { MinorsResolver } from './minors.resolver';
import { MinorsService } from './minors.service';
import { PartnershipsResolver } from './partnerships.resolver';
import { PartnershipsService } from './partnerships.service';

@Module({
  providers: [
    InternshipNeedsService,
    InternshipNeedsResolver,
    NeedSkillResolver,
    CohortsService,
    CohortsResolver,
    CsvService,
    CsvResolver,
    MinorsService,
    MinorsResolver,
    ChallengesService,
    ChallengesResolver,
    PartnershipsService,
    PartnershipsResolver,
  ],
})
export class MarketplaceModule {}
