import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { invitationCalendar } from '../../api/src/calendar/ical';
import { MailService } from '../../api/src/mail/mail.service';
import { bootTestApp, TestApp } from '../support/app';
import { unique } from '../factories/accounts';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { email } }`;
const PASSWORD = 'wolken-boven-de-Haarlemmermeer-4';

interface Received {
  to: string[];
  data: string;
}

describe('the mail outbox over SMTP', () => {
  const received: Received[] = [];
  let refuse = false;
  let server: SMTPServer;
  let t: TestApp;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        callback(
          refuse
            ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 450 })
            : undefined,
        );
      },
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    t = await bootTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Knooppunt <test@knooppunt.example>',
    });
  });

  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const statusOf = async (address: string) =>
    (
      await t.dataSource.query(
        'SELECT status, attempts, last_error FROM mail_outbox WHERE to_address = $1',
        [address],
      )
    )[0];

  it('should deliver a verification mail over SMTP and mark it SENT', async () => {
    const email = `${unique('smtp')}@test.example`;
    await t.gql(REGISTER, { input: { email, password: PASSWORD, displayName: 'Sanne SMTP' } });
    await t.app.get(MailService).deliver();
    const mail = received.find((m) => m.to.includes(email));
    expect(mail).toBeDefined();
    expect(mail!.data).toMatch(/Subject: Bevestig je e-mailadres voor Knooppunt/);
    expect(mail!.data).toMatch(/verifieer-email\?token=/);
    expect(mail!.data).toMatch(/From: Knooppunt <test@knooppunt\.example>/);
    expect(await statusOf(email)).toMatchObject({ status: 'SENT', attempts: 1, last_error: null });
  });

  it('should keep a mail the server refuses, with the error, and deliver it on a later attempt', async () => {
    const email = `${unique('later')}@test.example`;
    refuse = true;
    await t.gql(REGISTER, { input: { email, password: PASSWORD, displayName: 'Lars Later' } });
    await t.app.get(MailService).deliver();
    expect(await statusOf(email)).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect((await statusOf(email)).last_error).toMatch(/Mailbox unavailable/);
    refuse = false;
    await t.app.get(MailService).deliver();
    expect(await statusOf(email)).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(received.filter((m) => m.to.includes(email))).toHaveLength(1);
  });

  it('should send a calendar invitation as the text/calendar part calendar apps read', async () => {
    const email = `${unique('agenda')}@test.example`;
    const content = invitationCalendar('REQUEST', {
      uid: 'conversation-test@knooppunt',
      sequence: 1,
      start: new Date('2027-03-29T08:00:00Z'),
      end: new Date('2027-03-29T10:00:00Z'),
      summary: 'Transitietafel',
      url: 'https://knooppunt.example/gesprekken/test',
      organizer: { name: 'Knooppunt', email: 'test@knooppunt.example' },
      attendee: { email },
      status: 'CONFIRMED',
    });
    await t.dataSource.transaction((manager) =>
      t.app.get(MailService).enqueue(manager, email, {
        subject: 'Uitnodiging',
        body: 'Tot dan.',
        calendar: { method: 'REQUEST', content },
      }),
    );
    await t.app.get(MailService).deliver();
    const mail = received.find((m) => m.to.includes(email))!;
    expect(mail.data).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(mail.data.replace(/=\r\n/g, '')).toMatch(/UID:conversation-test@knooppunt/);
    expect(await statusOf(email)).toMatchObject({ status: 'SENT' });
  });

  it('should refuse a calendar without its method (database check), writing nothing', async () => {
    await expect(
      t.dataSource.query(
        `INSERT INTO mail_outbox (to_address, subject, body, calendar) VALUES ('x@test.example', 's', 'b', 'BEGIN:VCALENDAR')`,
      ),
    ).rejects.toThrow(/mail_outbox_calendar_complete/);
  });
});

describe('the mail outbox without SMTP', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootTestApp()));
  afterAll(() => t.close());

  it('should write mails to the log, keep them for admins as LOGGED, and never lose one', async () => {
    const email = `${unique('log')}@test.example`;
    await t.gql(REGISTER, { input: { email, password: PASSWORD, displayName: 'Lotte Log' } });
    await t.app.get(MailService).deliver();
    const [row] = await t.dataSource.query(
      'SELECT status, sent_at FROM mail_outbox WHERE to_address = $1',
      [email],
    );
    expect(row.status).toBe('LOGGED');
    expect(row.sent_at).not.toBeNull();
  });
});
