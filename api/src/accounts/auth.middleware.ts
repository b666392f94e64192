import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Actor } from '../core/auth/actor';
import { tokenOf } from '../core/auth/session-token';
import { SessionsService } from './sessions.service';

/** Resolves the session of a request (cookie or bearer token) into req.actor, once. */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionsService) {}

  async use(
    req: Request & { actor?: Actor | null },
    _res: Response,
    next: NextFunction,
  ): Promise<void> {
    try {
      const token = tokenOf(req);
      req.actor = token ? await this.sessions.resolve(token) : null;
      next();
    } catch (error) {
      next(error);
    }
  }
}
