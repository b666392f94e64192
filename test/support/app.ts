import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../api/src/app.module';
import { loadConfig } from '../../api/src/config';
import { runMigrations } from '../../api/src/core/database/data-source';
import { configureHttp } from '../../api/src/core/http';
import { configFor } from '../../api/src/core/database/database';

export interface TestApp {
  readonly app: INestApplication;
  readonly dataSource: DataSource;
  /** POSTs a GraphQL operation and returns the parsed body. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GqlResult<T>>;
  /** The mails in the outbox to an address, newest first (what the person would read). */
  mailsTo(address: string): Promise<{ subject: string; body: string }[]>;
  close(): Promise<void>;
}

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: GraphQLErrorBody[];
  headers: Record<string, string | string[] | undefined>;
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
    // Suites sign in many times from one address; the hardening suite sets its own limits.
    AUTH_RATE_LIMIT: '100000',
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
  const embedded = process.env['KNOOPPUNT_TEST_DATABASE_KIND'] === 'embedded';
  const app = await NestFactory.create(
    AppModule.forRoot(configFor(config, embedded), testDatabaseUrl()),
    {
      logger: false,
    },
  );
  configureHttp(app, config);
  const dataSource = app.get(DataSource);
  await runMigrations(dataSource);
  // Rate-limit counters belong to one suite's limits: every suite starts without any.
  await dataSource.query('DELETE FROM rate_limit');
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    dataSource,
    async gql(query, variables, options = {}) {
      const call = request(server).post('/graphql').set('content-type', 'application/json');
      if (options.token) call.set('authorization', `Bearer ${options.token}`);
      for (const [name, value] of Object.entries(options.headers ?? {})) call.set(name, value);
      const response = await call.send({ query, variables });
      return {
        status: response.status,
        data: response.body.data,
        errors: response.body.errors,
        headers: response.headers,
      };
    },
    async mailsTo(address) {
      return dataSource.query(
        'SELECT subject, body FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC, id',
        [address],
      );
    },
    close: () => app.close(),
  };
}

/** The token of a mail link (…?token=…). */
export function tokenFromMail(body: string): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(body);
  if (!match) throw new Error(`No token in mail: ${body}`);
  return match[1];
}

/** The GraphQL error code of a result, or undefined when it succeeded. */
export function errorCode(result: { errors?: GraphQLErrorBody[] }): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
