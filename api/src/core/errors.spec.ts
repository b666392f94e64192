import { ConflictException } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { GraphQLError } from 'graphql';
import { formatGraphQLError, validationErrorToGraphQL } from './errors';

describe(validationErrorToGraphQL.name, () => {
  it('should name every offending field, nested ones with their path', () => {
    const nested = Object.assign(new ValidationError(), {
      property: 'end',
      constraints: { isDate: 'end must be a date' },
      children: [],
    });
    const errors = [
      Object.assign(new ValidationError(), {
        property: 'take',
        constraints: { max: 'take must not be greater than 100' },
        children: [],
      }),
      Object.assign(new ValidationError(), {
        property: 'period',
        constraints: {},
        children: [nested],
      }),
    ];
    const error = validationErrorToGraphQL(errors);
    expect(error.extensions['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions['fields']).toEqual([
      { field: 'take', messageKey: 'validation.max', message: 'take must not be greater than 100' },
      { field: 'period.end', messageKey: 'validation.isDate', message: 'end must be a date' },
    ]);
  });
});

describe(formatGraphQLError.name, () => {
  it('should map an HTTP exception to its GraphQL code', () => {
    const error = new GraphQLError('x', { originalError: new ConflictException('Slot is full') });
    const formatted = formatGraphQLError(
      { message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
      false,
    );
    expect(formatted).toMatchObject({
      message: 'Slot is full',
      extensions: { code: 'CONFLICT', messageKey: 'errors.conflict' },
    });
  });

  it('should hide the message and stack of an unexpected error outside development', () => {
    const formatted = formatGraphQLError(
      {
        message: 'relation "secret" does not exist',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      new GraphQLError('relation "secret" does not exist'),
      false,
    );
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      messageKey: 'errors.internal',
    });
  });

  it('should keep the stack in development', () => {
    const formatted = formatGraphQLError(
      { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      new GraphQLError('boom'),
      true,
    );
    expect(formatted.extensions?.['stacktrace']).toEqual(['at x']);
  });
});
