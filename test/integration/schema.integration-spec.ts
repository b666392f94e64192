import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { PERMISSIONS_KEY } from '../../api/src/core/auth/allow.decorator';
import { bootTestApp, TestApp } from '../support/app';

const SCHEMA_FILE = join(__dirname, '../../api/schema.graphql');
const HEADER =
  '# Generated from the code by `npm run schema`. Do not edit: change the resolvers and models.\n\n';

describe('GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootTestApp()));
  afterAll(() => t.close());

  it('should equal the committed api/schema.graphql', () => {
    const generated = HEADER + printSchema(t.app.get(GraphQLSchemaHost).schema) + '\n';
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, generated);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(generated);
  });

  it('should declare who may call every query and mutation (default deny)', () => {
    const undeclared: string[] = [];
    let operations = 0;
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.providers.values()) {
        const instance = wrapper.instance as object | undefined;
        if (!instance || !wrapper.metatype) continue;
        const prototype = Object.getPrototypeOf(instance) as object;
        for (const name of Object.getOwnPropertyNames(prototype)) {
          const method = Object.getOwnPropertyDescriptor(prototype, name)?.value as unknown;
          if (name === 'constructor' || typeof method !== 'function') continue;
          const type = Reflect.getMetadata('graphql:resolver_type', method);
          if (type !== 'Query' && type !== 'Mutation') continue;
          operations += 1;
          const declared =
            Reflect.getMetadata(PERMISSIONS_KEY, method) ??
            Reflect.getMetadata(PERMISSIONS_KEY, wrapper.metatype);
          if (!declared) undeclared.push(`${wrapper.name}.${name}`);
        }
      }
    }
    expect(operations).toBeGreaterThanOrEqual(5);
    expect(undeclared).toEqual([]);
  });
});
