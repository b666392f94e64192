import { SessionsService } from '../../api/src/accounts/sessions.service';
import { bootTestApp, errorCode, TestApp, tokenFromMail } from '../support/app';
import {
  FACTORY_PASSWORD,
  MembershipRole,
  membershipFactory,
  organisationFactory,
  sessionFactory,
  unique,
  userFactory,
} from '../factories/accounts';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { email } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token expiresAt user { id email emailVerified } } }`;
const ME = `{ me { id email displayName roles memberships { role organisation { name } } } }`;
const PASSWORD = 'lange-wandeling-door-de-Bovenkerkerpolder';

describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootTestApp()));
  afterAll(() => t.close());

  const count = async (table: string) =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS c FROM ${table}`))[0].c);

  it('should register, mail a verification link, refuse login until verified, then sign in by cookie and bearer', async () => {
    const email = `${unique('anna')}@Voorbeeld.example`;
    const registered = await t.gql(REGISTER, {
      input: { email, password: PASSWORD, displayName: 'Anna de Vries' },
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data).toEqual({ register: { email: email.toLowerCase() } });

    const [mail] = await t.mailsTo(email.toLowerCase());
    expect(mail.subject).toBe('Bevestig je e-mailadres voor Knooppunt');
    expect(mail.body).toContain('/verifieer-email?token=');

    const early = await t.gql(LOGIN, { input: { email, password: PASSWORD } });
    expect(errorCode(early)).toBe('FORBIDDEN');
    expect(early.errors![0].extensions!['messageKey']).toBe('errors.auth.emailNotVerified');

    const verified = await t.gql(`mutation($input: TokenInput!) { verifyEmail(input: $input) }`, {
      input: { token: tokenFromMail(mail.body) },
    });
    expect(verified.data).toEqual({ verifyEmail: true });
    const again = await t.gql(`mutation($input: TokenInput!) { verifyEmail(input: $input) }`, {
      input: { token: tokenFromMail(mail.body) },
    });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');

    const login = await t.gql<{ login: { token: string; user: { emailVerified: boolean } } }>(
      LOGIN,
      {
        input: { email: email.toUpperCase(), password: PASSWORD },
      },
    );
    expect(login.errors).toBeUndefined();
    expect(login.data!.login.user.emailVerified).toBe(true);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/^kp_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/); // NODE_ENV=test is not development

    const byBearer = await t.gql<{ me: { email: string } }>(
      ME,
      {},
      { token: login.data!.login.token },
    );
    expect(byBearer.data!.me.email).toBe(email.toLowerCase());
    const byCookie = await t.gql<{ me: { email: string } }>(
      ME,
      {},
      { headers: { cookie: cookie.split(';')[0] } },
    );
    expect(byCookie.data!.me.email).toBe(email.toLowerCase());
    expect((await t.gql(ME)).data).toEqual({ me: null });

    const [stored] = await t.dataSource.query(
      'SELECT password_hash FROM user_account WHERE email = $1',
      [email.toLowerCase()],
    );
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it.each([
    [{ password: 'kort' }, 'password', 'validation.password.tooShort'],
    [{ password: 'password1234' }, 'password', 'validation.password.tooCommon'],
    [{ email: 'geen-adres' }, 'email', 'validation.isEmail'],
    [{ displayName: '' }, 'displayName', 'validation.isLength'],
  ])(
    'should refuse registration %p naming the field, and write nothing',
    async (override, field, key) => {
      const before = await count('user_account');
      const result = await t.gql(REGISTER, {
        input: {
          email: `${unique('x')}@test.example`,
          password: PASSWORD,
          displayName: 'X',
          ...override,
        },
      });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!['fields']).toEqual([
        expect.objectContaining({ field, messageKey: key }),
      ]);
      expect(await count('user_account')).toBe(before);
    },
  );

  it('should refuse a second account for the same address with CONFLICT', async () => {
    const user = await userFactory(t.dataSource);
    const result = await t.gql(REGISTER, {
      input: { email: user.email.toUpperCase(), password: PASSWORD, displayName: 'Dubbel' },
    });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors![0].extensions!['messageKey']).toBe('errors.auth.emailTaken');
  });

  it('should give the same error for a wrong password and an unknown address', async () => {
    const user = await userFactory(t.dataSource);
    const wrong = await t.gql(LOGIN, {
      input: { email: user.email, password: 'niet-het-goede-wachtwoord' },
    });
    const unknown = await t.gql(LOGIN, {
      input: { email: 'niemand@test.example', password: FACTORY_PASSWORD },
    });
    for (const result of [wrong, unknown]) {
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
      expect(result.errors![0].extensions!['messageKey']).toBe('errors.auth.invalidCredentials');
    }
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('should reset a password through the mailed link, ending every session, once', async () => {
    const user = await userFactory(t.dataSource);
    const oldToken = await sessionFactory(t.dataSource, t.app.get(SessionsService), user);
    const request = `mutation($input: EmailInput!) { requestPasswordReset(input: $input) }`;
    expect((await t.gql(request, { input: { email: 'onbekend@test.example' } })).data).toEqual({
      requestPasswordReset: true,
    });
    expect(await t.mailsTo('onbekend@test.example')).toEqual([]);
    await t.gql(request, { input: { email: user.email } });
    const [mail] = await t.mailsTo(user.email);
    const token = tokenFromMail(mail.body);
    const reset = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;

    const weak = await t.gql(reset, { input: { token, password: 'welkom123' } });
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    // The refusal rolled back: the token still works.
    const done = await t.gql(reset, {
      input: { token, password: 'nieuw-wachtwoord-voor-Diemen-9' },
    });
    expect(done.data).toEqual({ resetPassword: true });
    expect(
      errorCode(await t.gql(reset, { input: { token, password: 'nog-een-wachtwoord-Diemen-10' } })),
    ).toBe('BAD_USER_INPUT');

    expect((await t.gql(ME, {}, { token: oldToken })).data).toEqual({ me: null });
    const login = await t.gql(LOGIN, {
      input: { email: user.email, password: 'nieuw-wachtwoord-voor-Diemen-9' },
    });
    expect(login.errors).toBeUndefined();
  });

  it("should list, revoke and end all sessions, and never touch another user's session", async () => {
    const sessions = t.app.get(SessionsService);
    const user = await userFactory(t.dataSource);
    const other = await userFactory(t.dataSource);
    const first = await sessionFactory(t.dataSource, sessions, user);
    const second = await sessionFactory(t.dataSource, sessions, user);
    const otherToken = await sessionFactory(t.dataSource, sessions, other);

    const listed = await t.gql<{ mySessions: { id: string; current: boolean }[] }>(
      `{ mySessions { id current } }`,
      {},
      { token: first },
    );
    expect(listed.data!.mySessions).toHaveLength(2);
    expect(listed.data!.mySessions.filter((s) => s.current)).toHaveLength(1);

    const otherSessions = await t.gql<{ mySessions: { id: string }[] }>(
      `{ mySessions { id } }`,
      {},
      { token: otherToken },
    );
    const probe = await t.gql(
      `mutation($input: IdInput!) { revokeSession(input: $input) }`,
      {
        input: { id: otherSessions.data!.mySessions[0].id },
      },
      { token: first },
    );
    expect(errorCode(probe)).toBe('NOT_FOUND');
    expect((await t.gql<{ me: { id: string } }>(ME, {}, { token: otherToken })).data!.me.id).toBe(
      other.id,
    );

    const everywhere = await t.gql(`mutation { logoutEverywhere }`, {}, { token: second });
    expect(everywhere.data).toEqual({ logoutEverywhere: 2 });
    expect((await t.gql(ME, {}, { token: first })).data).toEqual({ me: null });
    expect(
      (await t.gql(`{ mySessions { id } }`, {}, { token: first })).errors![0].extensions!.code,
    ).toBe('UNAUTHENTICATED');
  });

  it("should export the user's own data and delete the account, keeping what belongs to the organisation", async () => {
    const sessions = t.app.get(SessionsService);
    const user = await userFactory(t.dataSource, { displayName: 'Piet Privé' });
    const colleague = await userFactory(t.dataSource);
    const organisation = await organisationFactory(t.dataSource);
    await membershipFactory(t.dataSource, user, organisation, MembershipRole.ORGANISATION_ADMIN);
    await membershipFactory(t.dataSource, colleague, organisation, MembershipRole.MEMBER);
    const token = await sessionFactory(t.dataSource, sessions, user);
    await t.gql(
      `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
      {
        input: { id: organisation.id, description: 'Geschreven door Piet' },
      },
      { token },
    );

    const data = await t.gql<{ myData: Record<string, unknown> }>(`{ myData }`, {}, { token });
    expect(data.data!.myData).toMatchObject({
      account: { id: user.id, email: user.email, displayName: 'Piet Privé' },
      memberships: [
        expect.objectContaining({ organisationId: organisation.id, role: 'ORGANISATION_ADMIN' }),
      ],
      activity: [expect.objectContaining({ action: 'organisation.update' })],
    });
    expect(JSON.stringify(data.data!.myData)).not.toContain('password');

    const remove = `mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`;
    expect(
      errorCode(await t.gql(remove, { input: { password: 'verkeerd-wachtwoord-123' } }, { token })),
    ).toBe('BAD_USER_INPUT');
    // The only admin of an organisation with other members hands over first.
    const lastAdmin = await t.gql(remove, { input: { password: FACTORY_PASSWORD } }, { token });
    expect(errorCode(lastAdmin)).toBe('CONFLICT');
    await t.dataSource.query(
      `UPDATE membership SET role = 'ORGANISATION_ADMIN' WHERE user_id = $1`,
      [colleague.id],
    );

    expect(
      (await t.gql(remove, { input: { password: FACTORY_PASSWORD } }, { token })).data,
    ).toEqual({ deleteMyAccount: true });
    expect(
      await t.dataSource.query('SELECT id FROM user_account WHERE id = $1', [user.id]),
    ).toEqual([]);
    expect(
      await t.dataSource.query('SELECT id FROM membership WHERE user_id = $1', [user.id]),
    ).toEqual([]);
    const [kept] = await t.dataSource.query('SELECT description FROM organisation WHERE id = $1', [
      organisation.id,
    ]);
    expect(kept.description).toBe('Geschreven door Piet');
    const entries = await t.dataSource.query(
      `SELECT actor_id FROM audit_log WHERE entity_id = $1 AND action = 'organisation.update'`,
      [organisation.id],
    );
    expect(entries).toEqual([{ actor_id: null }]);
    expect((await t.gql(ME, {}, { token })).data).toEqual({ me: null });
  });

  it('should change the password only with the current one, and end the other sessions', async () => {
    const sessions = t.app.get(SessionsService);
    const user = await userFactory(t.dataSource);
    const token = await sessionFactory(t.dataSource, sessions, user);
    const other = await sessionFactory(t.dataSource, sessions, user);
    const change = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const wrong = await t.gql(
      change,
      { input: { currentPassword: 'fout-fout-fout-1', newPassword: 'nieuw-en-lang-Ouderkerk-1' } },
      { token },
    );
    expect(wrong.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({ field: 'currentPassword' }),
    ]);
    const done = await t.gql(
      change,
      { input: { currentPassword: FACTORY_PASSWORD, newPassword: 'nieuw-en-lang-Ouderkerk-1' } },
      { token },
    );
    expect(done.data).toEqual({ changePassword: true });
    expect((await t.gql<{ me: { id: string } }>(ME, {}, { token })).data!.me.id).toBe(user.id);
    expect((await t.gql(ME, {}, { token: other })).data).toEqual({ me: null });
  });
});
