import request from 'supertest';
import { GRAPHQL_LIMITS } from '../../api/src/app.module';
import { bootTestApp, errorCode, TestApp } from '../support/app';
import { userFactory } from '../factories/accounts';

describe('GraphQL and HTTP hardening', () => {
  let t: TestApp;
  beforeAll(
    async () => (t = await bootTestApp({ AUTH_RATE_LIMIT: '3', AUTH_RATE_WINDOW_SECONDS: '600' })),
  );
  afterAll(() => t.close());

  const auditCount = async () =>
    Number((await t.dataSource.query('SELECT count(*)::int AS c FROM audit_log'))[0].c);

  it(`should refuse a query deeper than ${GRAPHQL_LIMITS.maxDepth} before any resolver runs`, async () => {
    // organisation → members → organisation → members … nests without end.
    let selection = 'id';
    for (let i = 0; i < 6; i += 1) selection = `members { organisation { ${selection} } }`;
    const result = await t.gql(`{ organisations { items { ${selection} } } }`);
    expect(result.data).toBeUndefined();
    expect(result.errors![0].message).toMatch(/depth/i);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it(`should refuse more than ${GRAPHQL_LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from(
      { length: GRAPHQL_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: municipalities { code }`,
    ).join(' ');
    const result = await t.gql(`{ ${aliases} }`);
    expect(result.data).toBeUndefined();
    expect(result.errors![0].message).toMatch(/alias/i);
  });

  it(`should refuse a query costing more than ${GRAPHQL_LIMITS.maxCost}`, async () => {
    // Within the depth and alias limits, but wide at every level: the cost grows 1.5× per level.
    const scalars = 'id name helix kind status ecosystem themes address website description';
    let selection = scalars;
    for (let i = 0; i < 3; i += 1)
      selection = `${scalars} members { id role organisation { ${selection} } }`;
    const heavy = Array.from(
      { length: GRAPHQL_LIMITS.maxAliases },
      (_, i) => `o${i}: organisations { items { ${selection} } }`,
    ).join(' ');
    const result = await t.gql(`{ ${heavy} }`);
    expect(result.data).toBeUndefined();
    expect(result.errors!.map((e) => e.message).join(' ')).toMatch(/cost/i);
  });

  it('should refuse batched requests', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ municipalities { code } }' }, { query: '{ municipalities { code } }' }]);
    expect(response.status).toBe(400);
  });

  it('should refuse a cross-site form post (CSRF prevention) and change nothing', async () => {
    const user = await userFactory(t.dataSource);
    const before = await auditCount();
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(
        JSON.stringify({
          query: `mutation { requestPasswordReset(input: { email: "${user.email}" }) }`,
        }),
      );
    expect(response.status).toBe(400);
    expect(await t.mailsTo(user.email)).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it('should answer TOO_MANY_REQUESTS after the login limit, per client address', async () => {
    const login = `mutation { login(input: { email: "niemand@test.example", password: "verkeerd-wachtwoord" }) { token } }`;
    const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4; i += 1)
      codes.push(errorCode(await t.gql(login, {}, from('203.0.113.7'))));
    expect(codes).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'TOO_MANY_REQUESTS',
    ]);
    const limited = await t.gql(login, {}, from('203.0.113.7'));
    expect(limited.errors![0].extensions!['messageKey']).toBe('errors.tooManyRequests');
    expect(limited.errors![0].message).toMatch(/too many attempts/i);
    // Another address still gets an answer.
    expect(errorCode(await t.gql(login, {}, from('203.0.113.8')))).toBe('UNAUTHENTICATED');
  });

  it('should send security headers', async () => {
    const response = await request(t.app.getHttpServer()).get('/health/live');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootTestApp({ NODE_ENV: 'production' })));
  afterAll(() => t.close());

  it('should turn off introspection and field suggestions', async () => {
    const introspection = await t.gql('{ __schema { types { name } } }');
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors![0].message).toMatch(/introspection/i);
    const typo = await t.gql('{ municipalitie { code } }');
    expect(typo.errors![0].message).not.toMatch(/did you mean/i);
  });

  it('should serve no GraphQL landing page', async () => {
    const response = await request(t.app.getHttpServer())
      .get('/graphql')
      .set('accept', 'text/html');
    expect(response.headers['content-type'] ?? '').not.toMatch(/text\/html/);
    expect(response.text).not.toMatch(/<html|sandbox|playground/i);
  });

  it('should show no stack trace and no internals for an unexpected error', async () => {
    // A broken table stands in for any unexpected failure.
    await t.dataSource.query('ALTER TABLE municipality RENAME TO municipality_hidden');
    try {
      const result = await t.gql('{ municipalities { code } }');
      expect(result.errors![0]).toEqual({
        message: 'Internal server error',
        locations: expect.any(Array),
        path: ['municipalities'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'errors.internal' },
      });
      expect(JSON.stringify(result)).not.toMatch(/municipality_hidden|relation|at /);
    } finally {
      await t.dataSource.query('ALTER TABLE municipality_hidden RENAME TO municipality');
    }
  });
});
