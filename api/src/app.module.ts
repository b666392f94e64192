import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  DynamicModule,
  Global,
  MiddlewareConsumer,
  Module,
  NestModule,
  ValidationPipe,
} from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AccountsModule } from './accounts/accounts.module';
import { AuthMiddleware } from './accounts/auth.middleware';
import { APP_CONFIG } from './app-config.token';
import { AuditModule } from './audit/audit.module';
import { AppConfig } from './config';
import { GraphQLContext } from './core/auth/current-context.decorator';
import { PermissionsGuard } from './core/auth/permissions.guard';
import { dataSourceOptions } from './core/database/data-source';
import { formatGraphQLError, validationErrorToGraphQL } from './core/errors';
import { createLoaders } from './core/loaders';
import { GraphQLThrottlerGuard, throttlerOptions } from './core/rate-limit';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { MarketplaceModule } from './marketplace/marketplace.module';
import { MatchingRoundsModule } from './matching-rounds/matching-rounds.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { ReferenceModule } from './reference/reference.module';
import { NotificationsModule } from './notifications/notifications.module';
import { TransitionTablesModule } from './transition-tables/transition-tables.module';

export { APP_CONFIG };

/** GraphQL, health and the calendar feeds are the API; everything else is the web app. */
const API_ROUTES = ['/graphql{*path}', '/health{*path}', '/ical{*path}'];

/** Limits every GraphQL document meets before any resolver runs (graphql-armor). */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2_000,
  maxCost: 5_000,
} as const;

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const development = config.nodeEnv === 'development';
    const armor = new ApolloArmor({
      maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
      maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
      maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
      maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
      costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
      blockFieldSuggestion: { enabled: config.nodeEnv === 'production' },
    }).protect();
    const webApp = existsSync(config.webDist)
      ? [ServeStaticModule.forRoot({ rootPath: config.webDist, exclude: API_ROUTES })]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
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
          migrationsRun: false,
        }),
        ThrottlerModule.forRootAsync({
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => throttlerOptions(config, dataSource),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            playground: false,
            introspection: config.nodeEnv !== 'production',
            allowBatchedHttpRequests: false,
            csrfPrevention: true,
            includeStacktraceInErrorResponses: development,
            // No cache hints in the schema: without the implicit cache-control plugin Apollo
            // does not wrap every field's resolver (docs/benchmarks.md, 2026-12-01).
            plugins: [ApolloServerPluginCacheControlDisabled(), ...armor.plugins],
            validationRules: [...armor.validationRules],
            context: ({ req, res }: Pick<GraphQLContext, 'req' | 'res'>): GraphQLContext => ({
              req,
              res,
              loaders: createLoaders(dataSource),
            }),
            formatError: (formatted, error) => formatGraphQLError(formatted, error, development),
          }),
        }),
        AuditModule,
        MailModule,
        HealthModule,
        ReferenceModule,
        AccountsModule,
        OrganisationsModule,
        MarketplaceModule,
        RecommendationsModule,
        MatchingRoundsModule,
        NotificationsModule,
        TransitionTablesModule,
        ...webApp,
      ],
      providers: [
        { provide: APP_GUARD, useClass: GraphQLThrottlerGuard },
        { provide: APP_GUARD, useClass: PermissionsGuard },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            transform: true,
            forbidUnknownValues: true,
            exceptionFactory: validationErrorToGraphQL,
          }),
        },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthMiddleware).forRoutes('graphql');
  }
}
