import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { RequestContext } from './actor';
import type { Loaders } from '../loaders';

/** The context every GraphQL resolver receives. */
export interface GraphQLContext {
  req: Request & { actor?: RequestContext['actor']; id?: string | number };
  res: import('express').Response;
  loaders: Loaders;
}

export function requestContextOf(req: GraphQLContext['req']): RequestContext {
  return {
    actor: req.actor ?? null,
    requestId: req.id === undefined ? null : String(req.id),
    ip: req.ip ?? null,
    userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
  };
}

/** Injects who acts (RequestContext) into a resolver method. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const gql = GqlExecutionContext.create(context).getContext<GraphQLContext>();
  return requestContextOf(gql.req);
});

/** Injects the per-request DataLoaders. */
export const LoadersParam = createParamDecorator(
  (_: unknown, context: ExecutionContext): Loaders => {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().loaders;
  },
);
