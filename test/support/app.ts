import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../api/src/app.module';
import { loadConfig } from '../../api/src/config';
import { runMigrations } from '../../api/src/core/database/data-source';

export interface TestApp {
  readonly app: INestApplication;
  readonly dataSource: DataSource;
  /** POSTs a GraphQL operation and returns the parsed body. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; data?: T; errors?: GraphQLErrorBody[] }>;
  close(): Promise<void>;
}

export interface GraphQLErrorBody {
  message: string;
  extensions?: Record<string, unknown> & { code?: string };
}

export function testDatabaseUrl(): string {
  const url = process.env['KNOOPPUNT_TEST_DATABASE_URL'];
  if (!url) throw new Error('No test database: run through the integration jest config.');
  return url;
}

/** Boots the real application module on the run's database, migrated. */
export async function bootTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    WEB_DIST: '/nonexistent',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await NestFactory.create(AppModule.forRoot(config, testDatabaseUrl()), {
    logger: false,
  });
  const dataSource = app.get(DataSource);
  await runMigrations(dataSource);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    dataSource,
    async gql(query, variables) {
      const response = await request(server)
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query, variables });
      return { status: response.status, data: response.body.data, errors: response.body.errors };
    },
    close: () => app.close(),
  };
}
