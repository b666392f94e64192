import { ComponentFixture, TestBed } from '@angular/core/testing';
import { select, settle, typeInto } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import { MarketplaceOptions } from '../marketplace/marketplace-options';
import { ChallengeForm, ChallengeFormValue } from './challenge-form';

const options: MarketplaceOptions = {
  municipalities: [{ code: 'GM0384', name: 'Diemen' }],
  skillGroups: [],
};

describe(ChallengeForm.name, () => {
  let fixture: ComponentFixture<ChallengeForm>;
  let saved: ChallengeFormValue[];

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [ChallengeForm, translocoTesting()],
    }).compileComponents();
    fixture = TestBed.createComponent(ChallengeForm);
    fixture.componentRef.setInput('options', options);
    fixture.componentRef.setInput('submitLabel', 'partners.challenges.create.submit');
    saved = [];
    fixture.componentInstance.save.subscribe((value) => saved.push(value));
    document.body.appendChild(fixture.nativeElement);
    await settle(fixture);
  });

  afterEach(() => (fixture.nativeElement as HTMLElement).remove());

  const root = () => fixture.nativeElement as HTMLElement;
  const error = (id: string) => root().querySelector(`#${id}-error`)?.textContent?.trim() ?? '';

  it('should want the largest team at least as large as the smallest, as the user types', async () => {
    typeInto(root().querySelector('#challenge-team-min'), '4');
    typeInto(root().querySelector('#challenge-team-max'), '3');
    await settle(fixture);
    expect(error('challenge-team-max')).toBe(
      'De grootste teamomvang mag niet kleiner zijn dan de kleinste.',
    );

    typeInto(root().querySelector('#challenge-team-min'), '3');
    await settle(fixture);
    expect(error('challenge-team-max')).toBe('');

    typeInto(root().querySelector('#challenge-team-max'), '51');
    await settle(fixture);
    expect(error('challenge-team-max')).toBe(
      'Grootste team (studenten): vul een heel getal van 1 tot en met 50 in.',
    );
  });

  it('should focus the first invalid field on submit and emit once valid', async () => {
    root().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);
    expect(saved).toEqual([]);
    expect(document.activeElement?.id).toBe('challenge-title');
    expect(error('challenge-title')).toBe('Titel is verplicht.');

    typeInto(root().querySelector('#challenge-title'), 'Netcongestie op het bedrijventerrein');
    typeInto(root().querySelector('#challenge-start'), '2027-02-01');
    typeInto(root().querySelector('#challenge-end'), '2027-06-30');
    select(root().querySelector('#challenge-municipality'), 'GM0384');
    await settle(fixture);
    root().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);

    expect(saved).toEqual([
      {
        title: 'Netcongestie op het bedrijventerrein',
        description: null,
        startDate: '2027-02-01',
        endDate: '2027-06-30',
        teamSizeMin: 2,
        teamSizeMax: 5,
        municipalityCode: 'GM0384',
        themes: [],
        skillIds: [],
      },
    ]);
  });
});
