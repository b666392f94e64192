import { Module } from '@nestjs/common';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { AuthMiddleware } from './auth.middleware';
import { SessionsService } from './sessions.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  providers: [
    AccountsService,
    SessionsService,
    UsersService,
    AccountsResolver,
    UsersResolver,
    AuthMiddleware,
  ],
  exports: [SessionsService, AuthMiddleware],
})
export class AccountsModule {}
