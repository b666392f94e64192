import { ExecutionContext, ForbiddenException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Permission } from '@knooppunt/domain';
import { GraphQLError } from 'graphql';
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
  @Allow(Permission.APPROVE_ORGANISATIONS)
  coordinatorsOnly(): void {
    // coordinators
  }
}

function graphqlContext(handler: keyof ExampleResolver): ExecutionContext {
  return {
    getType: () => 'graphql',
    getHandler: () => ExampleResolver.prototype[handler],
    getClass: () => ExampleResolver,
  } as unknown as ExecutionContext;
}

describe(PermissionsGuard.name, () => {
  const guard = new PermissionsGuard(new Reflector());

  it('should refuse an operation that declares no permission', () => {
    expect(() => guard.canActivate(graphqlContext('undeclared'))).toThrow(ForbiddenException);
  });

  it('should let anyone call a public operation', () => {
    expect(guard.canActivate(graphqlContext('open'))).toBe(true);
  });

  it('should refuse an anonymous caller where a permission is needed', () => {
    expect(() => guard.canActivate(graphqlContext('coordinatorsOnly'))).toThrow(GraphQLError);
  });

  it('should leave plain HTTP controllers alone', () => {
    const http = { getType: () => 'http' } as unknown as ExecutionContext;
    expect(guard.canActivate(http)).toBe(true);
  });
});
