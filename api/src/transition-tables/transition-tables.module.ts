import { Module } from '@nestjs/common';
import { JobsModule } from '../core/jobs/jobs.module';
import { AgendaController } from './agenda.controller';
import { BookingsService } from './bookings.service';
import { CalendarFeedService } from './calendar-feed.service';
import { ConversationsResolver } from './conversations.resolver';
import { FollowUpResolver, SuggestedMemberResolver } from './follow-up.resolver';
import { FollowUpService } from './follow-up.service';
import { SuggestionsService } from './suggestions.service';
import { ConversationsService } from './conversations.service';
import { TablePersonResolver, TablesResolver, VenuesResolver } from './tables.resolver';
import { TablesService } from './tables.service';
import { ConversationReminderJob } from './reminder.job';
import { SchedulingResolver } from './scheduling.resolver';
import { SchedulingService } from './scheduling.service';
import { VenuesService } from './venues.service';

/** Transition tables, venues, conversations with their poll, bookings and follow-up. */
@Module({
  imports: [JobsModule],
  controllers: [AgendaController],
  providers: [
    FollowUpService,
    SuggestionsService,
    FollowUpResolver,
    SuggestedMemberResolver,
    SchedulingService,
    BookingsService,
    CalendarFeedService,
    ConversationReminderJob,
    SchedulingResolver,
    TablesService,
    VenuesService,
    ConversationsService,
    TablesResolver,
    TablePersonResolver,
    VenuesResolver,
    ConversationsResolver,
  ],
})
export class TransitionTablesModule {}
