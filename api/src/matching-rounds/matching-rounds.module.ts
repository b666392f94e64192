import { Module } from '@nestjs/common';
import { JobsModule } from '../core/jobs/jobs.module';
import { IntroductionsResolver } from './introductions.resolver';
import { IntroductionsService } from './introductions.service';
import { MatchingRoundReviewService } from './matching-round-review.service';
import { MatchingRoundJob } from './matching-round.job';
import {
  MatchingAssignmentResolver,
  MatchingRoundOrganisationResolver,
  MatchingRoundsResolver,
  MatchingUnassignedResolver,
} from './matching-rounds.resolver';
import { MatchingRoundsService } from './matching-rounds.service';

/** Matching rounds for coordinators, run as background jobs, and the introductions they publish. */
@Module({
  imports: [JobsModule],
  providers: [
    MatchingRoundsService,
    MatchingRoundReviewService,
    MatchingRoundJob,
    MatchingRoundsResolver,
    MatchingRoundOrganisationResolver,
    MatchingAssignmentResolver,
    MatchingUnassignedResolver,
    IntroductionsService,
    IntroductionsResolver,
  ],
})
export class MatchingRoundsModule {}
