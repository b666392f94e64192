import { Module } from '@nestjs/common';
import { MatchSkillResolver, RecommendationsResolver } from './recommendations.resolver';
import { RecommendationsService } from './recommendations.service';

/** Ranked recommendations with explanations (issue 5 point 2), on the matching engine. */
@Module({ providers: [RecommendationsService, RecommendationsResolver, MatchSkillResolver] })
export class RecommendationsModule {}
