import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MembershipRole, PlatformRole, Role } from '@knooppunt/domain';

registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description: 'A role on the platform itself.',
});
registerEnumType(Role, {
  name: 'Role',
  description: 'An effective role of a user (product.md §2).',
});
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'A role within one organisation.',
});

@ObjectType({ description: 'A person with an account.' })
export class User {
  @Field(() => ID, { description: 'Identifier of the user.' })
  id!: string;

  @Field({ description: 'Name shown to others.' })
  displayName!: string;

  @Field({
    description:
      'Email address; reachable only by the person, fellow members of their organisations, coordinators and admins.',
  })
  email!: string;

  @Field({ description: 'Whether the email address has been confirmed.' })
  emailVerified!: boolean;

  @Field(() => PlatformRole, {
    nullable: true,
    description: 'Coordinator or admin; null for everyone else.',
  })
  platformRole!: PlatformRole | null;

  @Field({ description: 'When the account was made.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A signed-in session (browser or API client).' })
export class Session {
  @Field(() => ID, { description: 'Identifier of the session.' })
  id!: string;

  @Field({ description: 'When the session began.' })
  createdAt!: Date;

  @Field({ description: 'When the session was last used (to the nearest five minutes).' })
  lastUsedAt!: Date;

  @Field({ description: 'When the session ends by itself.' })
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'The browser or client that signed in.' })
  userAgent!: string | null;

  @Field({ description: 'True for the session of this request.' })
  current!: boolean;
}

@ObjectType({ description: 'The result of signing in.' })
export class AuthPayload {
  @Field(() => User, { description: 'The signed-in user.' })
  user!: User;

  @Field({
    description:
      'Bearer token for API clients; the web uses the httpOnly cookie of the same response.',
  })
  token!: string;

  @Field({ description: 'When the session ends.' })
  expiresAt!: Date;
}

@ObjectType({ description: 'The result of registering.' })
export class RegisterPayload {
  @Field({ description: 'Where the verification mail went.' })
  email!: string;
}

@ObjectType({ description: 'A page of users.' })
export class UserList {
  @Field(() => [User], { description: 'The users on this page.' })
  items!: User[];

  @Field(() => Int, { description: 'How many users match, over all pages.' })
  totalCount!: number;
}
