import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service';
import { OutboxResolver } from './outbox.resolver';

@Global()
@Module({ providers: [MailService, OutboxResolver], exports: [MailService] })
export class MailModule {}
