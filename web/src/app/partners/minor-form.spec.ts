import { ComponentFixture, TestBed } from '@angular/core/testing';
import { select, settle, typeInto } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import type { PartnerRole } from '../generated/graphql';
import { MarketplaceOptions } from '../marketplace/marketplace-options';
import { MinorForm, MinorFormValue } from './minor-form';

const options: MarketplaceOptions = {
  municipalities: [
    { code: 'GM0358', name: 'Aalsmeer' },
    { code: 'GM0394', name: 'Haarlemmermeer' },
  ],
  skillGroups: [],
};

describe(MinorForm.name, () => {
  let fixture: ComponentFixture<MinorForm>;
  let saved: MinorFormValue[];

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [MinorForm, translocoTesting()],
    }).compileComponents();
    fixture = TestBed.createComponent(MinorForm);
    fixture.componentRef.setInput('options', options);
    fixture.componentRef.setInput('submitLabel', 'partners.minors.create.submit');
    saved = [];
    fixture.componentInstance.save.subscribe((value) => saved.push(value));
    document.body.appendChild(fixture.nativeElement);
    await settle(fixture);
  });

  afterEach(() => (fixture.nativeElement as HTMLElement).remove());

  const root = () => fixture.nativeElement as HTMLElement;
  const error = (id: string) => root().querySelector(`#${id}-error`)?.textContent?.trim() ?? '';
  const button = (text: string) =>
    [...root().querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.includes(text),
    );
  const submit = async () => {
    root().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);
  };
  const addRole = async () => {
    button('Rol toevoegen')?.click();
    await settle(fixture);
  };

  async function fillValid(): Promise<void> {
    typeInto(root().querySelector('#minor-title'), 'Masterclass kasautomatisering');
    select(root().querySelector('#minor-kind'), 'MASTERCLASS');
    select(root().querySelector('#minor-level'), 'MBO_4');
    typeInto(root().querySelector('#minor-credits'), '0');
    typeInto(root().querySelector('#minor-capacity'), '24');
    typeInto(root().querySelector('#minor-start'), '2027-03-01');
    typeInto(root().querySelector('#minor-end'), '2027-03-31');
    select(root().querySelector('#minor-municipality'), 'GM0358');
    await settle(fixture);
  }

  it('should add partner roles, each a new one, and focus the new row', async () => {
    expect(root().textContent).toContain('Nog geen rollen');
    await addRole();
    await addRole();

    const roles = [...root().querySelectorAll<HTMLSelectElement>('select[id$="-role"]')];
    expect(roles.map((r) => r.value)).toEqual(['GUEST_LECTURE', 'CASE']);
    expect(document.activeElement?.id).toBe('minor-slots-1-role');

    await addRole();
    await addRole();
    // Every role is there: no more rows to add.
    expect(button('Rol toevoegen')).toBeUndefined();
  });

  it('should validate the slots as the user types: 1 to 100, each role once', async () => {
    await addRole();
    await addRole();
    typeInto(root().querySelector('#minor-slots-0-wanted'), '101');
    select(root().querySelector('#minor-slots-1-role'), 'GUEST_LECTURE');
    await settle(fixture);

    expect(error('minor-slots-0-wanted')).toBe(
      'Aantal partners: vul een heel getal van 1 tot en met 100 in.',
    );
    expect(error('minor-slots-1-role')).toBe('Elke rol mag maar één keer voorkomen.');
    expect(root().querySelector('#minor-slots-1-role')?.getAttribute('aria-invalid')).toBe('true');

    typeInto(root().querySelector('#minor-slots-0-wanted'), '3');
    select(root().querySelector('#minor-slots-1-role'), 'COMPANY_VISIT');
    await settle(fixture);
    expect(error('minor-slots-0-wanted')).toBe('');
    expect(error('minor-slots-1-role')).toBe('');
  });

  it('should validate the other fields as the user types: credits, capacity, the period', async () => {
    typeInto(root().querySelector('#minor-credits'), '61');
    typeInto(root().querySelector('#minor-capacity'), '0');
    typeInto(root().querySelector('#minor-start'), '2027-03-01');
    typeInto(root().querySelector('#minor-end'), '2027-02-01');
    await settle(fixture);

    expect(error('minor-credits')).toBe(
      'Studiepunten (EC): vul een heel getal van 0 tot en met 60 in.',
    );
    expect(error('minor-capacity')).toBe(
      'Aantal deelnemers: vul een heel getal van 1 tot en met 1000 in.',
    );
    expect(error('minor-end')).toBe('De einddatum moet na de begindatum liggen.');
  });

  it('should focus the first invalid field on submit, a slot row included', async () => {
    await fillValid();
    await addRole();
    await addRole();
    select(root().querySelector('#minor-slots-1-role'), 'GUEST_LECTURE');
    await settle(fixture);
    await submit();

    expect(saved).toEqual([]);
    expect(document.activeElement?.id).toBe('minor-slots-1-role');

    typeInto(root().querySelector('#minor-title'), '');
    await submit();
    expect(document.activeElement?.id).toBe('minor-title');
  });

  it('should emit a value ready for the API once the form is valid', async () => {
    await fillValid();
    await addRole();
    typeInto(root().querySelector('#minor-slots-0-wanted'), '3');
    await addRole();
    select(root().querySelector('#minor-slots-1-role'), 'COMPANY_VISIT');
    typeInto(root().querySelector('#minor-slots-1-wanted'), '2');
    root().querySelector<HTMLInputElement>('#minor-theme-HORTICULTURE')?.click();
    await settle(fixture);
    await submit();

    expect(saved).toEqual([
      {
        title: 'Masterclass kasautomatisering',
        kind: 'MASTERCLASS',
        level: 'MBO_4',
        credits: 0,
        capacity: 24,
        startDate: '2027-03-01',
        endDate: '2027-03-31',
        municipalityCode: 'GM0358',
        themes: ['HORTICULTURE'],
        skillIds: [],
        description: null,
        partnerSlots: [
          { role: 'GUEST_LECTURE', wanted: 3 },
          { role: 'COMPANY_VISIT', wanted: 2 },
        ],
      },
    ]);
  });

  it('should keep a role with partners and not let its number drop below them', async () => {
    fixture.componentRef.setInput('editing', true);
    fixture.componentRef.setInput('filled', new Map<PartnerRole, number>([['GUEST_LECTURE', 2]]));
    fixture.componentRef.setInput('initial', {
      title: 'Masterclass kasautomatisering',
      kind: 'MASTERCLASS',
      level: 'MBO_4',
      credits: 0,
      capacity: 24,
      startDate: '2027-03-01',
      endDate: '2027-03-31',
      municipalityCode: 'GM0358',
      themes: [],
      skillIds: [],
      description: null,
      partnerSlots: [
        { role: 'GUEST_LECTURE', wanted: 3 },
        { role: 'CASE', wanted: 1 },
      ],
    } satisfies MinorFormValue);
    await settle(fixture);

    // Kind and level are fixed once saved.
    expect(root().querySelector<HTMLSelectElement>('#minor-kind')?.disabled).toBe(true);
    expect(root().querySelector<HTMLSelectElement>('#minor-level')?.disabled).toBe(true);
    const rows = [...root().querySelectorAll('li.slot-row')];
    expect(rows[0].textContent).toContain('Al gevonden: 2');
    expect(rows[0].textContent).not.toContain('Verwijderen');
    expect(rows[1].textContent).toContain('Verwijderen');

    typeInto(root().querySelector('#minor-slots-0-wanted'), '1');
    await settle(fixture);
    expect(error('minor-slots-0-wanted')).toBe('Er zijn al meer partners dan dit aantal plekken.');
  });

  it("should show the API's translated slot errors", async () => {
    await fillValid();
    fixture.componentRef.setInput('apiError', {
      code: 'BAD_USER_INPUT',
      messageKey: 'validation.partnerSlots.duplicate',
      fields: [
        { field: 'partnerSlots', messageKey: 'validation.partnerSlots.duplicate', message: null },
      ],
    });
    await settle(fixture);

    expect(error('minor-slots')).toBe('Elke rol mag maar één keer voorkomen.');
    expect(root().querySelector('.form-error')?.textContent).toContain(
      'Elke rol mag maar één keer voorkomen.',
    );
  });
});
