import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { migrationsApplied } from '../core/database/data-source';

/** Liveness and readiness for load balancers and orchestrators. */
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The process is up. */
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The database answers and every migration has been applied. */
  @Get('ready')
  async ready(): Promise<{ status: 'ok'; database: 'up'; migrations: 'applied' }> {
    let applied: boolean;
    try {
      applied = await migrationsApplied(this.dataSource);
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'down' });
    }
    if (!applied) {
      throw new ServiceUnavailableException({ status: 'unavailable', migrations: 'pending' });
    }
    return { status: 'ok', database: 'up', migrations: 'applied' };
  }
}
