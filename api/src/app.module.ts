import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { DynamicModule, Module, Provider, ValidationPipe } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './config';
import { PermissionsGuard } from './core/auth/permissions.guard';
import { dataSourceOptions } from './core/database/data-source';
import { formatGraphQLError, validationErrorToGraphQL } from './core/errors';
import { HealthModule } from './health/health.module';
import { ReferenceModule } from './reference/reference.module';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** GraphQL and health are the API; everything else is the web app. */
const API_ROUTES = ['/graphql{*path}', '/health{*path}'];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const development = config.nodeEnv !== 'production';
    const providers: Provider[] = [
      { provide: APP_CONFIG, useValue: config },
      { provide: APP_GUARD, useClass: PermissionsGuard },
      {
        provide: APP_PIPE,
        useValue: new ValidationPipe({
          transform: true,
          forbidUnknownValues: true,
          exceptionFactory: validationErrorToGraphQL,
        }),
      },
    ];
    const webApp = existsSync(config.webDist)
      ? [ServeStaticModule.forRoot({ rootPath: config.webDist, exclude: API_ROUTES })]
      : [];
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req, res) => {
              const header = req.headers['x-request-id'];
              const id =
                typeof header === 'string' && /^[\w.-]{1,64}$/.test(header) ? header : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: [
              'req.headers.authorization',
              'req.headers.cookie',
              'res.headers["set-cookie"]',
            ],
            autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, config.databasePoolSize),
          // The process decides when to migrate (main.ts), before it listens.
          migrationsRun: false,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: development,
          includeStacktraceInErrorResponses: config.nodeEnv === 'development',
          formatError: (formatted, error) =>
            formatGraphQLError(formatted, error, config.nodeEnv === 'development'),
        }),
        HealthModule,
        ReferenceModule,
        ...webApp,
      ],
      providers,
    };
  }
}
