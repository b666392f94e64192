import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** The background job queue; features register their handlers in onModuleInit. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
