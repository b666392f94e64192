import { Module } from '@nestjs/common';
import { CohortsResolver } from './cohorts.resolver';
import { CohortsService } from './cohorts.service';
import { InternshipNeedsResolver, NeedSkillResolver } from './internship-needs.resolver';
import { InternshipNeedsService } from './internship-needs.service';

@Module({
  providers: [
    InternshipNeedsService,
    InternshipNeedsResolver,
    NeedSkillResolver,
    CohortsService,
    CohortsResolver,
  ],
})
export class MarketplaceModule {}
