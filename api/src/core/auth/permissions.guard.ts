import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';
import { Permission, Role, rolesGrant } from '@knooppunt/domain';
import { GraphQLError } from 'graphql';
import { PERMISSIONS_KEY } from './allow.decorator';

/**
 * Default deny: a GraphQL operation that does not declare who may call it
 * (@Allow / @Public) is refused. HTTP controllers are not GraphQL and pass
 * through (health checks are public by nature).
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
      throw new ForbiddenException('This operation declares no permission and is refused.');
    }
    // Accounts arrive with the access-control issue; until then nobody holds a role.
    const roles: Role[] = [];
    if (permissions.some((permission) => rolesGrant(roles, permission))) return true;
    throw new GraphQLError('You must sign in to do this.', {
      extensions: { code: 'UNAUTHENTICATED', messageKey: 'errors.unauthenticated' },
    });
  }
}
