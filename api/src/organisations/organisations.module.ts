import { Module } from '@nestjs/common';
import { MembersResolver, InvitationResolver } from './members.resolver';
import { MembersService } from './members.service';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  providers: [
    OrganisationsService,
    MembersService,
    OrganisationsResolver,
    MembersResolver,
    InvitationResolver,
  ],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
