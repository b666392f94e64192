import request from 'supertest';
import { bootTestApp, TestApp } from '../support/app';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootTestApp()));
  afterAll(() => t.close());

  it('should answer live and ready when the database is migrated', async () => {
    const live = await request(t.app.getHttpServer()).get('/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });
    const ready = await request(t.app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', database: 'up', migrations: 'applied' });
  });

  it('should report not ready while a migration is pending', async () => {
    const last = await t.dataSource.query(
      'SELECT id, timestamp, name FROM typeorm_migrations ORDER BY id DESC LIMIT 1',
    );
    await t.dataSource.query('DELETE FROM typeorm_migrations WHERE id = $1', [last[0].id]);
    try {
      const ready = await request(t.app.getHttpServer()).get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.migrations).toBe('pending');
    } finally {
      await t.dataSource.query(
        'INSERT INTO typeorm_migrations (id, timestamp, name) VALUES ($1, $2, $3)',
        [last[0].id, last[0].timestamp, last[0].name],
      );
    }
  });

  it('should give every response a request id, and keep a sane one the client sent', async () => {
    const generated = await request(t.app.getHttpServer()).get('/health/live');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(t.app.getHttpServer())
      .get('/health/live')
      .set('x-request-id', 'abc-123');
    expect(kept.headers['x-request-id']).toBe('abc-123');
    const replaced = await request(t.app.getHttpServer())
      .get('/health/live')
      .set('x-request-id', '<script>');
    expect(replaced.headers['x-request-id']).not.toBe('<script>');
  });
});
