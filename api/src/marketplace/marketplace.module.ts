import { Module } from '@nestjs/common';
import { InternshipNeedsResolver, NeedSkillResolver } from './internship-needs.resolver';
import { InternshipNeedsService } from './internship-needs.service';

@Module({ providers: [InternshipNeedsService, InternshipNeedsResolver, NeedSkillResolver] })
export class MarketplaceModule {}
