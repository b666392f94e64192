import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../core/jobs/job-queue';
import { BookingsService, REMINDER_QUEUE } from './bookings.service';

/** The reminder before a confirmed conversation, queued when it is confirmed or moved. */
@Injectable()
export class ConversationReminderJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly bookings: BookingsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ conversationId: string; sequence: number }>(REMINDER_QUEUE, {
      run: async (job) => {
        await this.bookings.remind(job.payload.conversationId, job.payload.sequence);
      },
    });
  }
}
