import { ComponentFixture, TestBed } from '@angular/core/testing';
import { settle, typeInto, select } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import { MarketplaceOptions } from './marketplace-options';
import { NeedForm, NeedFormValue } from './need-form';

const SKILL = '11111111-1111-4111-8111-111111111111';

const options: MarketplaceOptions = {
  municipalities: [
    { code: 'GM0358', name: 'Aalsmeer' },
    { code: 'GM0394', name: 'Haarlemmermeer' },
  ],
  skillGroups: [
    {
      category: 'DIGITAL',
      skills: [
        {
          __typename: 'Skill',
          id: SKILL,
          code: 'data-analysis',
          labelNl: 'Data-analyse',
          labelEn: 'Data analysis',
          category: 'DIGITAL',
        },
      ],
    },
  ],
};

describe(NeedForm.name, () => {
  let fixture: ComponentFixture<NeedForm>;
  let saved: NeedFormValue[];

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [NeedForm, translocoTesting()],
    }).compileComponents();
    fixture = TestBed.createComponent(NeedForm);
    fixture.componentRef.setInput('options', options);
    fixture.componentRef.setInput('submitLabel', 'marketplace.needs.create.submit');
    saved = [];
    fixture.componentInstance.save.subscribe((value) => saved.push(value));
    document.body.appendChild(fixture.nativeElement);
    await settle(fixture);
  });

  afterEach(() => (fixture.nativeElement as HTMLElement).remove());

  const root = () => fixture.nativeElement as HTMLElement;
  const error = (id: string) => root().querySelector(`#${id}-error`)?.textContent?.trim() ?? '';
  const submit = async () => {
    root().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);
  };

  async function fillValid(): Promise<void> {
    typeInto(root().querySelector('#need-title'), 'Stagiair data-analyse');
    typeInto(root().querySelector('#need-field-of-study'), 'Logistiek');
    root().querySelector<HTMLInputElement>('#need-level-HBO_BACHELOR')?.click();
    typeInto(root().querySelector('#need-places'), '2');
    typeInto(root().querySelector('#need-start'), '2026-09-01');
    typeInto(root().querySelector('#need-end'), '2027-01-31');
    select(root().querySelector('#need-site'), 'GM0394');
    await settle(fixture);
  }

  it('should show every message and focus the first invalid field on an empty submit', async () => {
    await submit();

    expect(saved).toEqual([]);
    expect(error('need-title')).toBe('Titel is verplicht.');
    expect(error('need-levels')).toBe('Opleidingsniveaus is verplicht.');
    expect(error('need-start')).toBe('Startdatum is verplicht.');
    expect(error('need-site')).toBe('Gemeente van de stageplek is verplicht.');
    expect(document.activeElement?.id).toBe('need-title');
    expect(root().querySelector('#need-title')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('should validate as the user types: numbers in range, the end after the start', async () => {
    typeInto(root().querySelector('#need-places'), '0');
    typeInto(root().querySelector('#need-hours'), '41');
    typeInto(root().querySelector('#need-compensation'), '12,345');
    typeInto(root().querySelector('#need-start'), '2026-09-01');
    typeInto(root().querySelector('#need-end'), '2026-09-01');
    await settle(fixture);

    expect(error('need-places')).toBe(
      'Aantal stagiairs: vul een heel getal van 1 tot en met 500 in.',
    );
    expect(error('need-hours')).toBe('Uren per week: vul een heel getal van 4 tot en met 40 in.');
    expect(error('need-compensation')).toContain("vul een bedrag in euro's in");
    expect(error('need-end')).toBe('De einddatum moet na de begindatum liggen.');

    typeInto(root().querySelector('#need-end'), '2026-12-31');
    typeInto(root().querySelector('#need-places'), '3');
    await settle(fixture);
    expect(error('need-end')).toBe('');
    expect(error('need-places')).toBe('');
  });

  it('should emit a value ready for the API once the form is valid', async () => {
    await fillValid();
    typeInto(root().querySelector('#need-compensation'), '450,50');
    root().querySelector<HTMLInputElement>('#need-theme-DIGITAL')?.click();
    select(root().querySelector('#need-skills'), SKILL);
    [...root().querySelectorAll<HTMLButtonElement>('.skill-picker button')]
      .find((b) => b.textContent?.includes('Vaardigheid toevoegen'))
      ?.click();
    await settle(fixture);
    select(root().querySelector(`#need-skills-importance-${SKILL}`), 'NICE_TO_HAVE');
    await submit();

    expect(saved).toEqual([
      {
        title: 'Stagiair data-analyse',
        fieldOfStudy: 'Logistiek',
        levels: ['HBO_BACHELOR'],
        places: 2,
        hoursPerWeek: 32,
        startDate: '2026-09-01',
        endDate: '2027-01-31',
        siteMunicipalityCode: 'GM0394',
        workMode: 'ON_SITE',
        monthlyCompensation: 450.5,
        themes: ['DIGITAL'],
        skills: [{ skillId: SKILL, importance: 'NICE_TO_HAVE' }],
        description: null,
      },
    ]);
  });

  it("should show the API's translated field errors on their fields", async () => {
    await fillValid();
    fixture.componentRef.setInput('apiError', {
      code: 'BAD_USER_INPUT',
      messageKey: 'validation.period.endBeforeStart',
      fields: [
        { field: 'endDate', messageKey: 'validation.period.endBeforeStart', message: null },
        { field: 'skills', messageKey: 'validation.skills.unknown', message: null },
      ],
    });
    await settle(fixture);

    expect(error('need-end')).toBe('De einddatum moet na de begindatum liggen.');
    expect(error('need-skills')).toBe('Kies vaardigheden uit de lijst.');
    expect(root().querySelector('.form-error')?.textContent).toContain(
      'De einddatum moet na de begindatum liggen.',
    );
  });
});
