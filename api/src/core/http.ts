import type { INestApplication } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { AppConfig } from '../config';

/**
 * HTTP concerns shared by main.ts and the tests: cookies, security headers,
 * and the proxy setting that makes req.ip the client's address.
 */
export function configureHttp(app: INestApplication, config: AppConfig): void {
  const express = app.getHttpAdapter().getInstance() as { set(key: string, value: unknown): void };
  // Behind a load balancer on the same host or network, X-Forwarded-For names the client.
  express.set('trust proxy', ['loopback', 'linklocal', 'uniquelocal']);
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
