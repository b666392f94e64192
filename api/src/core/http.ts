import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { AppConfig } from '../config';
import { queryCounter } from './database/query-counter';

/**
 * HTTP concerns shared by main.ts and the tests: cookies, security headers,
 * and the proxy setting that makes req.ip the client's address.
 */
export function configureHttp(app: INestApplication, config: AppConfig): void {
  const express = app.getHttpAdapter().getInstance() as { set(key: string, value: unknown): void };
  // Behind a load balancer on the same host or network, X-Forwarded-For names the client.
  express.set('trust proxy', ['loopback', 'linklocal', 'uniquelocal']);
  // CSV imports travel inside a GraphQL request: up to 2 MB of text, escaped as JSON
  // (express's default is 100 kB). Before init, so it replaces Nest's default parser.
  (app as NestExpressApplication).useBodyParser('json', { limit: '6mb' });
  // Every request counts its own SQL statements (tests assert bounded counts).
  app.use((_request: unknown, _response: unknown, next: () => void) =>
    queryCounter.withinRequest(next),
  );
  app.use(cookieParser());
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // Angular sets component styles at run time.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'font-src': ["'self'"],
          'object-src': ["'none'"],
          'frame-ancestors': ["'none'"],
          'form-action': ["'self'"],
          'base-uri': ["'self'"],
          // TLS ends at the load balancer; plain-HTTP development must keep working.
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: config.nodeEnv === 'production',
    }),
  );
}
