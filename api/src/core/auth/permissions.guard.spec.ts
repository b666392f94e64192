import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Permission, Role } from '@knooppunt/domain';
import { GraphQLError } from 'graphql';
import type { Actor } from './actor';
import { Allow, Public } from './allow.decorator';
import { PermissionsGuard } from './permissions.guard';

class ExampleResolver {
  undeclared(): void {
    // no declaration on purpose
  }
  @Public()
  open(): void {
    // public
  }
  @Allow(Permission.AUTHENTICATED)
  signedIn(): void {
    // any signed-in user
  }
  @Allow(Permission.APPROVE_ORGANISATIONS)
  coordinatorsOnly(): void {
    // coordinators
  }
}

function actor(roles: Role[]): Actor {
  return {
    userId: 'u',
    sessionId: 's',
    email: 'a@b.example',
    displayName: 'A',
    platformRole: null,
    memberships: [],
    roles,
  };
}

function graphqlContext(
  handler: keyof ExampleResolver,
  who: Actor | null = null,
): ExecutionContext {
  const gqlContext = { req: { actor: who } };
  return {
    getType: () => 'graphql',
    getHandler: () => ExampleResolver.prototype[handler],
    getClass: () => ExampleResolver,
    getArgs: () => [{}, {}, gqlContext, {}],
    getArgByIndex: (index: number) => [{}, {}, gqlContext, {}][index],
  } as unknown as ExecutionContext;
}

function codeOf(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return (error as GraphQLError).extensions?.['code'];
  }
}

describe(PermissionsGuard.name, () => {
  const guard = new PermissionsGuard(new Reflector());

  it('should refuse an operation that declares no permission, even for an admin', () => {
    expect(codeOf(() => guard.canActivate(graphqlContext('undeclared', actor([Role.ADMIN]))))).toBe(
      'FORBIDDEN',
    );
  });

  it('should let anyone call a public operation', () => {
    expect(guard.canActivate(graphqlContext('open'))).toBe(true);
  });

  it('should ask an anonymous caller to sign in where a permission is needed', () => {
    expect(codeOf(() => guard.canActivate(graphqlContext('signedIn')))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => guard.canActivate(graphqlContext('coordinatorsOnly')))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('should let every signed-in user through AUTHENTICATED, even without a role yet', () => {
    expect(guard.canActivate(graphqlContext('signedIn', actor([])))).toBe(true);
  });

  it('should refuse members where coordinators are needed, and let coordinators and admins through', () => {
    expect(
      codeOf(() =>
        guard.canActivate(graphqlContext('coordinatorsOnly', actor([Role.COMPANY_MEMBER]))),
      ),
    ).toBe('FORBIDDEN');
    expect(guard.canActivate(graphqlContext('coordinatorsOnly', actor([Role.COORDINATOR])))).toBe(
      true,
    );
    expect(guard.canActivate(graphqlContext('coordinatorsOnly', actor([Role.ADMIN])))).toBe(true);
  });

  it('should leave plain HTTP controllers alone', () => {
    const http = { getType: () => 'http' } as unknown as ExecutionContext;
    expect(guard.canActivate(http)).toBe(true);
  });
});
