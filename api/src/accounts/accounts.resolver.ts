import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@knooppunt/domain';
import { GraphQLJSON } from 'graphql-scalars';
import { APP_CONFIG } from '../app-config.token';
import type { AppConfig } from '../config';
import type { RequestContext } from '../core/auth/actor';
import { Allow, Public } from '../core/auth/allow.decorator';
import { Ctx } from '../core/auth/current-context.decorator';
import type { GraphQLContext } from '../core/auth/current-context.decorator';
import { SESSION_COOKIE } from '../core/auth/session-token';
import { AuthRateLimit } from '../core/rate-limit';
import { toSession, toUser } from './account.mappers';
import { AccountsService } from './accounts.service';
import {
  ChangePasswordInput,
  DeleteMyAccountInput,
  EmailInput,
  IdInput,
  LoginInput,
  RegisterInput,
  ResetPasswordInput,
  TokenInput,
} from './dto/accounts.inputs';
import { AuthPayload, RegisterPayload, Session, User } from './models/account.models';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';

/** Registration, sign-in and the signed-in user's own account. */
@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Ctx() ctx: RequestContext): Promise<User | null> {
    if (!ctx.actor) return null;
    const user = await this.users.byId(ctx.actor.userId);
    return user ? toUser(user) : null;
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => [Session], { description: 'Open sessions of the signed-in user.' })
  async mySessions(@Ctx() ctx: RequestContext): Promise<Session[]> {
    if (!ctx.actor) return [];
    const sessions = await this.sessions.listOfUser(ctx.actor.userId);
    return sessions.map((session) => toSession(session, ctx.actor?.sessionId));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => GraphQLJSON, {
    description: 'Everything stored about the signed-in user, as one JSON document.',
  })
  myData(@Ctx() ctx: RequestContext): Promise<Record<string, unknown>> {
    return this.accounts.exportMyData(ctx);
  }

  @Public()
  @AuthRateLimit()
  @Mutation(() => RegisterPayload, {
    description: 'Creates an account and mails a verification link.',
  })
  register(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RegisterInput,
  ): Promise<RegisterPayload> {
    return this.accounts.register(ctx, input);
  }

  @Public()
  @AuthRateLimit()
  @Mutation(() => Boolean, {
    description: 'Confirms an email address with the token from the mail.',
  })
  async verifyEmail(
    @Ctx() ctx: RequestContext,
    @Args('input') input: TokenInput,
  ): Promise<boolean> {
    await this.accounts.verifyEmail(ctx, input.token);
    return true;
  }

  @Public()
  @AuthRateLimit()
  @Mutation(() => Boolean, {
    description: 'Mails a new verification link; always true (no account probing).',
  })
  async resendVerification(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EmailInput,
  ): Promise<boolean> {
    await this.accounts.resendVerification(ctx, input.email);
    return true;
  }

  @Public()
  @AuthRateLimit()
  @Mutation(() => AuthPayload, {
    description:
      'Signs in: sets the httpOnly session cookie and returns a bearer token for API clients.',
  })
  async login(
    @Ctx() ctx: RequestContext,
    @Context() gql: GraphQLContext,
    @Args('input') input: LoginInput,
  ): Promise<AuthPayload> {
    const { user, token, session } = await this.accounts.login(ctx, input.email, input.password);
    gql.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.nodeEnv !== 'development',
      path: '/',
      expires: session.expiresAt,
    });
    return { user: toUser(user), token, expiresAt: session.expiresAt };
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Boolean, { description: 'Ends the session of this request.' })
  async logout(@Ctx() ctx: RequestContext, @Context() gql: GraphQLContext): Promise<boolean> {
    await this.accounts.logout(ctx);
    gql.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Int, {
    description: 'Ends every session of the signed-in user; returns how many.',
  })
  async logoutEverywhere(
    @Ctx() ctx: RequestContext,
    @Context() gql: GraphQLContext,
  ): Promise<number> {
    const count = await this.accounts.logoutEverywhere(ctx);
    gql.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return count;
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Boolean, { description: 'Ends one session of the signed-in user.' })
  async revokeSession(@Ctx() ctx: RequestContext, @Args('input') input: IdInput): Promise<boolean> {
    await this.accounts.revokeSession(ctx, input.id);
    return true;
  }

  @Public()
  @AuthRateLimit()
  @Mutation(() => Boolean, {
    description: 'Mails a password-reset link; always true (no account probing).',
  })
  async requestPasswordReset(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EmailInput,
  ): Promise<boolean> {
    await this.accounts.requestPasswordReset(ctx, input.email);
    return true;
  }

  @Public()
  @AuthRateLimit()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with the token from the mail; ends all sessions.',
  })
  async resetPassword(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ResetPasswordInput,
  ): Promise<boolean> {
    await this.accounts.resetPassword(ctx, input.token, input.password);
    return true;
  }

  @Allow(Permission.AUTHENTICATED)
  @AuthRateLimit()
  @Mutation(() => Boolean, { description: 'Changes the password; other sessions end.' })
  async changePassword(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ChangePasswordInput,
  ): Promise<boolean> {
    await this.accounts.changePassword(ctx, input.currentPassword, input.newPassword);
    return true;
  }

  @Allow(Permission.AUTHENTICATED)
  @AuthRateLimit()
  @Mutation(() => Boolean, {
    description:
      'Deletes the account; memberships go, what was written for organisations stays without the name.',
  })
  async deleteMyAccount(
    @Ctx() ctx: RequestContext,
    @Context() gql: GraphQLContext,
    @Args('input') input: DeleteMyAccountInput,
  ): Promise<boolean> {
    await this.accounts.deleteMyAccount(ctx, input.password);
    gql.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
