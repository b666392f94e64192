import { HttpException, HttpStatus } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { GraphQLError, GraphQLFormattedError } from 'graphql';

/** One invalid field, with a message key the web translates. */
export interface FieldProblem {
  field: string;
  messageKey: string;
  message: string;
}

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

/**
 * The one error type of the domain: a GraphQL code, a message key the web
 * translates, an English message, and for bad input the offending fields.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, messageKey: string, message: string, fields?: FieldProblem[]) {
    super(message, { extensions: { code, messageKey, ...(fields ? { fields } : {}) } });
  }

  static badInput(field: string, messageKey: string, message: string): AppError {
    return new AppError('BAD_USER_INPUT', messageKey, message, [{ field, messageKey, message }]);
  }

  static unauthenticated(): AppError {
    return new AppError(
      'UNAUTHENTICATED',
      'errors.unauthenticated',
      'You must sign in to do this.',
    );
  }

  static forbidden(messageKey = 'errors.forbidden', message = 'You may not do this.'): AppError {
    return new AppError('FORBIDDEN', messageKey, message);
  }

  static notFound(entity: string): AppError {
    return new AppError('NOT_FOUND', `errors.notFound.${entity}`, `No such ${entity}.`);
  }

  static conflict(messageKey: string, message: string): AppError {
    return new AppError('CONFLICT', messageKey, message);
  }
}

/** Turns class-validator results into one BAD_USER_INPUT error naming every offending field. */
export function validationErrorToGraphQL(errors: ValidationError[]): GraphQLError {
  const fields = flatten(errors);
  return new GraphQLError(`Invalid input: ${fields.map((f) => f.message).join('; ')}`, {
    extensions: { code: 'BAD_USER_INPUT', messageKey: 'errors.badUserInput', fields },
  });
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      messageKey: `validation.${constraint}`,
      message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

const CODE_OF_STATUS: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_USER_INPUT',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.TOO_MANY_REQUESTS]: 'TOO_MANY_REQUESTS',
};

/**
 * The one place errors leave the API: known codes pass with their message,
 * anything unexpected becomes a bare INTERNAL_SERVER_ERROR (no internals, no stack).
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  exposeStack: boolean,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof HttpException) {
    const code = CODE_OF_STATUS[original.getStatus()] ?? 'INTERNAL_SERVER_ERROR';
    return {
      message: code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, messageKey: `errors.${camel(code)}` },
    };
  }
  const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
  if (code === 'INTERNAL_SERVER_ERROR' && !exposeStack) {
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, messageKey: 'errors.internal' },
    };
  }
  const extensions: Record<string, unknown> = { ...formatted.extensions };
  if (!exposeStack) delete extensions['stacktrace'];
  extensions['messageKey'] ??= `errors.${camel(code)}`;
  return { ...formatted, extensions };
}

function camel(code: string): string {
  return code.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
