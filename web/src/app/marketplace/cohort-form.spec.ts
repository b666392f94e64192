import { ComponentFixture, TestBed } from '@angular/core/testing';
import { select, settle, typeInto } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import { CohortForm, CohortFormValue } from './cohort-form';
import { MarketplaceOptions } from './marketplace-options';

const options: MarketplaceOptions = {
  municipalities: [{ code: 'GM0362', name: 'Amstelveen' }],
  skillGroups: [],
};

const existing: CohortFormValue = {
  programmeName: 'Software developer',
  programmeCode: '25604',
  level: 'MBO_4',
  students: 12,
  startDate: '2026-09-01',
  endDate: '2027-01-31',
  municipalityCode: 'GM0362',
  maxTravelMinutes: 45,
  skillIds: [],
  description: null,
};

describe(CohortForm.name, () => {
  let fixture: ComponentFixture<CohortForm>;
  let saved: CohortFormValue[];

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [CohortForm, translocoTesting()],
    }).compileComponents();
    fixture = TestBed.createComponent(CohortForm);
    fixture.componentRef.setInput('options', options);
    fixture.componentRef.setInput('submitLabel', 'marketplace.cohorts.create.submit');
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

  it('should check the programme code, the numbers and the period as the user types', async () => {
    typeInto(root().querySelector('#cohort-programme-code'), '123');
    typeInto(root().querySelector('#cohort-students'), '2001');
    typeInto(root().querySelector('#cohort-travel'), '5');
    typeInto(root().querySelector('#cohort-start'), '2026-09-01');
    typeInto(root().querySelector('#cohort-end'), '2026-03-01');
    await settle(fixture);

    expect(error('cohort-programme-code')).toBe(
      'Opleidingscode (CREBO of CROHO) bestaat uit precies 5 cijfers, zoals 25186.',
    );
    expect(error('cohort-students')).toBe(
      'Aantal studenten: vul een heel getal van 1 tot en met 2000 in.',
    );
    expect(error('cohort-travel')).toBe(
      'Maximale reistijd (minuten, enkele reis): vul een heel getal van 10 tot en met 180 minuten in.',
    );
    expect(error('cohort-end')).toBe('De einddatum moet na de begindatum liggen.');
  });

  it('should focus the first invalid field on an empty submit', async () => {
    await submit();

    expect(saved).toEqual([]);
    expect(error('cohort-programme-name')).toBe('Naam van de opleiding is verplicht.');
    expect(error('cohort-level')).toBe('Opleidingsniveau is verplicht.');
    expect(document.activeElement?.id).toBe('cohort-programme-name');
  });

  it('should fix code, level and municipality when editing and emit the changes', async () => {
    fixture.componentRef.setInput('editing', true);
    fixture.componentRef.setInput('initial', existing);
    await settle(fixture);

    expect(root().querySelector<HTMLInputElement>('#cohort-programme-code')?.disabled).toBe(true);
    expect(root().querySelector<HTMLSelectElement>('#cohort-level')?.disabled).toBe(true);
    expect(root().querySelector<HTMLSelectElement>('#cohort-municipality')?.disabled).toBe(true);
    typeInto(root().querySelector('#cohort-students'), '15');
    await submit();

    expect(saved).toEqual([{ ...existing, students: 15 }]);
  });

  it('should emit a new cohort once the form is valid', async () => {
    typeInto(root().querySelector('#cohort-programme-name'), ' Software developer ');
    typeInto(root().querySelector('#cohort-programme-code'), '25604');
    select(root().querySelector('#cohort-level'), 'MBO_4');
    typeInto(root().querySelector('#cohort-students'), '12');
    typeInto(root().querySelector('#cohort-start'), '2026-09-01');
    typeInto(root().querySelector('#cohort-end'), '2027-01-31');
    select(root().querySelector('#cohort-municipality'), 'GM0362');
    await submit();

    expect(saved).toEqual([existing]);
  });
});
