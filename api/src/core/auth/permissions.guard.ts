import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { Permission, rolesGrant } from '@knooppunt/domain';
import { AppError } from '../errors';
import { PERMISSIONS_KEY } from './allow.decorator';
import type { GraphQLContext } from './current-context.decorator';

/**
 * Default deny: a GraphQL operation that does not declare who may call it
 * (@Allow / @Public) is refused. Declared permissions are checked against the
 * roles of the signed-in user; finer rules (own organisation only) live in the
 * services. HTTP controllers are not GraphQL and pass through.
 */
@Injectable()
export class PermissionsGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const permissions = this.reflector.getAllAndOverride<Permission[] | undefined>(
      PERMISSIONS_KEY,
      [context.getHandler(), context.getClass()],
    );
    if (!permissions || permissions.length === 0) {
      throw AppError.forbidden(
        'errors.undeclaredOperation',
        'This operation declares no permission and is refused.',
      );
    }
    if (permissions.includes(Permission.PUBLIC)) return true;
    const actor =
      GqlExecutionContext.create(context).getContext<GraphQLContext>().req.actor ?? null;
    if (!actor) throw AppError.unauthenticated();
    if (permissions.some((permission) => rolesGrant(actor.roles, permission))) return true;
    // AUTHENTICATED is granted to every signed-in user, including those without a role yet.
    if (permissions.includes(Permission.AUTHENTICATED)) return true;
    throw AppError.forbidden();
  }
}
