import {
  Args,
  Field,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@knooppunt/domain';
import { DataSource } from 'typeorm';
import { Allow } from '../core/auth/allow.decorator';
import { PageArgs } from '../core/pagination';
import { MailStatus, OutboxMailEntity } from './entities/outbox-mail.entity';

registerEnumType(MailStatus, {
  name: 'MailStatus',
  description: 'Delivery state of an outbox mail.',
});

@ObjectType({ description: 'A mail the platform wrote.' })
export class OutboxMail {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Recipient.' })
  to!: string;

  @Field({ description: 'Subject.' })
  subject!: string;

  @Field({ description: 'Plain-text body.' })
  body!: string;

  @Field(() => MailStatus, { description: 'Delivery state.' })
  status!: MailStatus;

  @Field({ description: 'When it was written.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was sent or logged.' })
  sentAt!: Date | null;
}

@ObjectType({ description: 'A page of outbox mails, newest first.' })
export class OutboxMailList {
  @Field(() => [OutboxMail], { description: 'The mails on this page.' })
  items!: OutboxMail[];

  @Field(() => Int, { description: 'How many there are.' })
  totalCount!: number;
}

@Resolver()
export class OutboxResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Allow(Permission.MANAGE_USERS)
  @Query(() => OutboxMailList, {
    description: 'Admins only: mails written by the platform (without SMTP they are only logged).',
  })
  async outbox(@Args() page: PageArgs): Promise<OutboxMailList> {
    const [rows, totalCount] = await this.dataSource.getRepository(OutboxMailEntity).findAndCount({
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.skip,
      take: page.take,
    });
    return {
      items: rows.map((row) => ({
        id: row.id,
        to: row.toAddress,
        subject: row.subject,
        body: row.body,
        status: row.status,
        createdAt: row.createdAt,
        sentAt: row.sentAt,
      })),
      totalCount,
    };
  }
}
