import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { apiError, settle, text, typeInto } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import { RegisterDocument } from '../generated/graphql';
import { passwordStrength } from './password';
import { RegisterPage } from './register.page';

describe(RegisterPage.name, () => {
  let fixture: ComponentFixture<RegisterPage>;
  let controller: ApolloTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [RegisterPage, ApolloTestingModule, translocoTesting()],
      providers: [provideRouter([])],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(RegisterPage);
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  const root = () => fixture.nativeElement as HTMLElement;
  const errorOf = (id: string) => root().querySelector(`#${id}-error`)?.textContent?.trim() ?? '';

  async function type(id: string, value: string, blur = false): Promise<void> {
    typeInto(root().querySelector(`#${id}`), value, blur);
    await settle(fixture);
  }

  async function submit(): Promise<void> {
    root().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);
  }

  async function fillValid(): Promise<void> {
    await type('register-displayName', 'Anna de Vries');
    await type('register-email', 'anna@voorbeeld.nl');
    await type('register-password', 'paarden eten graag appels');
  }

  it('should show no errors before the user has typed', () => {
    expect(errorOf('register-email')).toBe('');
    expect(root().querySelector('[aria-invalid="true"]')).toBeNull();
  });

  it('should validate the password length while typing, naming the field', async () => {
    await type('register-password', 'kort');

    expect(errorOf('register-password')).toBe('Wachtwoord moet minstens 12 tekens lang zijn.');
    expect(root().querySelector('#register-password')?.getAttribute('aria-invalid')).toBe('true');
    expect(root().textContent).toContain('Sterkte: nog te kort');

    await type('register-password', 'paarden eten graag appels');

    expect(errorOf('register-password')).toBe('');
    expect(root().querySelector('#register-password')?.getAttribute('aria-invalid')).toBeNull();
    expect(root().textContent).toContain('Sterkte: sterk');
  });

  it('should validate the email address while typing', async () => {
    await type('register-email', 'anna@');

    expect(errorOf('register-email')).toContain('E-mailadres: vul een geldig e-mailadres in');
  });

  it('should name every missing field on submit, focus the first and send nothing', async () => {
    await submit();

    expect(errorOf('register-displayName')).toBe('Naam is verplicht.');
    expect(errorOf('register-email')).toBe('E-mailadres is verplicht.');
    expect(errorOf('register-password')).toBe('Wachtwoord is verplicht.');
    expect(document.activeElement).toBe(root().querySelector('#register-displayName'));
    controller.expectNone(RegisterDocument);
  });

  it('should register with the active language and then ask to check the mail', async () => {
    await fillValid();
    await submit();

    const op = controller.expectOne(RegisterDocument);
    expect(op.operation.variables).toEqual({
      input: {
        displayName: 'Anna de Vries',
        email: 'anna@voorbeeld.nl',
        password: 'paarden eten graag appels',
        locale: 'nl',
      },
    });
    op.flushData({ register: { __typename: 'RegisterPayload', email: 'anna@voorbeeld.nl' } });
    await settle(fixture);

    expect(root().querySelector('form')).toBeNull();
    const status = root().querySelector('[role="status"]');
    expect(status?.textContent).toContain('Controleer uw mail');
    expect(status?.textContent).toContain('anna@voorbeeld.nl');
  });

  it("should show the API's field errors under the fields, with a generic fallback", async () => {
    await fillValid();
    await submit();
    controller.expectOne(RegisterDocument).graphqlErrors([
      apiError('BAD_USER_INPUT', null, [
        { field: 'password', messageKey: 'validation.password.tooCommon' },
        { field: 'input.email', messageKey: 'validation.email.somethingUnknown' },
      ]),
    ]);
    await settle(fixture);

    expect(errorOf('register-password')).toContain('Dit wachtwoord komt te vaak voor');
    expect(errorOf('register-email')).toBe('E-mailadres is niet geldig.');
    const summary = text(root(), 'app-form-error [role="alert"]').join(' ');
    expect(summary).toContain('Controleer de ingevulde gegevens.');
    expect(summary).toContain('Dit wachtwoord komt te vaak voor');

    // Changing the value clears the API's verdict on it.
    await type('register-password', 'een heel ander lang wachtwoord');
    expect(errorOf('register-password')).toBe('');
  });

  it('should show a conflict (address already registered) as an alert', async () => {
    await fillValid();
    await submit();
    controller.expectOne(RegisterDocument).graphqlErrors([apiError('CONFLICT')]);
    await settle(fixture);

    expect(text(root(), 'app-form-error [role="alert"]').join(' ')).toContain(
      'Dit botst met bestaande gegevens',
    );
    expect(root().querySelector('form')).not.toBeNull();
  });
});

describe(passwordStrength.name, () => {
  it.each([
    ['te kort', 'tooShort'],
    ['elf tekens!', 'tooShort'],
    ['aaaaaaaaaaaaaaaa', 'weak'],
    ['abcdefghijkl', 'weak'],
    ['Abcdefgh1234', 'fair'],
    ['paarden eten graag appels', 'strong'],
  ])('should rate %p as %s', (password, level) => {
    expect(passwordStrength(password)).toBe(level);
  });
});
