import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { settle, text } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import type { MatchExplanationFieldsFragment } from '../generated/graphql';
import { fromEngineExplanation, fromMatchExplanation } from './explanation';
import { MatchExplanation } from './match-explanation';

const skill = (id: string, labelNl: string, labelEn: string) => ({
  __typename: 'Skill' as const,
  id,
  labelNl,
  labelEn,
});

function apiExplanation(
  overrides: Partial<MatchExplanationFieldsFragment> = {},
): MatchExplanationFieldsFragment {
  return {
    __typename: 'MatchExplanation',
    components: {
      __typename: 'MatchComponents',
      skills: 0.8234,
      level: 1,
      period: 0.5,
      reach: null,
      theme: 0,
    },
    weights: {
      __typename: 'MatchWeights',
      skills: 0.4,
      level: 0.15,
      period: 0.15,
      reach: 0.15,
      theme: 0.15,
    },
    matchedSkills: [
      {
        __typename: 'MatchSkill',
        importance: 'MUST_HAVE',
        skill: skill('s1', 'Teelt onder glas', 'Greenhouse cultivation'),
      },
    ],
    partialSkills: [],
    missingSkills: [
      {
        __typename: 'MatchSkill',
        importance: 'NICE_TO_HAVE',
        skill: skill('s2', 'Plantgezondheid', 'Plant health'),
      },
    ],
    barriers: [
      {
        __typename: 'Barrier',
        code: 'UNREACHABLE',
        travelMinutes: 75,
        maxTravelMinutes: 45,
        municipalityCode: null,
        uncoveredDemandDays: null,
        uncoveredSupplyDays: null,
        missingLanguages: null,
      },
      {
        __typename: 'Barrier',
        code: 'NO_COMPENSATION',
        travelMinutes: null,
        maxTravelMinutes: null,
        municipalityCode: null,
        uncoveredDemandDays: null,
        uncoveredSupplyDays: null,
        missingLanguages: null,
      },
    ],
    travelMinutes: 75,
    bikeMinutes: null,
    overlapDays: 120,
    ...overrides,
  };
}

describe(MatchExplanation.name, () => {
  let fixture: ComponentFixture<MatchExplanation>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [MatchExplanation, translocoTesting()],
    }).compileComponents();
    fixture = TestBed.createComponent(MatchExplanation);
  });

  const root = () => fixture.nativeElement as HTMLElement;
  const row = (name: string) => root().querySelector(`tr[data-component="${name}"]`);

  async function show(explanation = fromMatchExplanation(apiExplanation())): Promise<void> {
    fixture.componentRef.setInput('explanation', explanation);
    await settle(fixture);
  }

  it('should show every component with a visible percentage, its weight and a labelled bar', async () => {
    await show();

    expect(text(root(), 'tbody th')).toEqual([
      'Vaardigheden',
      'Niveau',
      'Periode',
      'Bereikbaarheid',
      'Thema en ecosysteem',
    ]);
    expect(row('skills')?.textContent).toContain('82%');
    expect(row('skills')?.textContent).toContain('40%');
    const meter = row('skills')?.querySelector('meter');
    expect(meter?.getAttribute('value')).toBe('0.8234');
    const label = root().querySelector(`#${meter?.getAttribute('aria-labelledby') ?? 'none'}`);
    expect(label?.textContent?.trim()).toBe('Vaardigheden');
    expect(row('theme')?.textContent).toContain('0%');
  });

  it('should say "not applicable" instead of a bar when a component does not apply', async () => {
    await show();

    expect(row('reach')?.querySelector('meter')).toBeNull();
    expect(row('reach')?.textContent).toContain('Niet van toepassing');
  });

  it('should list matched and missing skills with must-have or nice-to-have, and the barriers', async () => {
    await show();

    expect(text(root(), '[data-skills="matched"] li')).toEqual(['Teelt onder glas (vereist)']);
    expect(text(root(), '[data-skills="missing"] li')).toEqual(['Plantgezondheid (gewenst)']);
    expect(root().querySelector('[data-skills="partial"]')).toBeNull();
    expect(text(root(), '[data-barriers] li')).toEqual([
      'Met het openbaar vervoer 75 minuten reizen; de studenten reizen hoogstens 45 minuten.',
      'De stage biedt geen stagevergoeding.',
    ]);
    expect(root().textContent).toContain('120 dagen');
  });

  it('should leave out the importance when the listing does not rank its skills', async () => {
    const explanation = apiExplanation();
    await show(
      fromMatchExplanation({
        ...explanation,
        matchedSkills: explanation.matchedSkills.map((s) => ({ ...s, importance: null })),
        barriers: [],
      }),
    );

    expect(text(root(), '[data-skills="matched"] li')).toEqual(['Teelt onder glas']);
    expect(root().querySelector('[data-barriers]')?.textContent).toContain(
      'Geen drempels gevonden.',
    );
  });

  it('should speak English when the language is English', async () => {
    TestBed.inject(TranslocoService).setActiveLang('en');
    await show();

    expect(text(root(), 'tbody th')[0]).toBe('Skills');
    expect(text(root(), '[data-skills="matched"] li')).toEqual([
      'Greenhouse cultivation (must-have)',
    ]);
    expect(text(root(), '[data-barriers] li')[0]).toBe(
      '75 minutes by public transport; the students travel at most 45 minutes.',
    );
  });

  it("should read the engine's JSON of a round, naming skills from the taxonomy", async () => {
    const explanation = fromEngineExplanation(
      {
        components: { skills: 0.5, level: 1, period: 1, reach: 0.25, theme: null },
        weights: { skills: 0.4, level: 0.15, period: 0.15, reach: 0.15, theme: 0.15 },
        matchedSkills: [{ skill: 's1', importance: 'MUST_HAVE', category: 'TECHNICAL' }],
        partialSkills: [{ skill: 's3', importance: 'MUST_HAVE', category: 'TECHNICAL' }],
        missingSkills: [],
        barriers: [{ code: 'PERIOD_GAP', uncoveredDemandDays: 10, uncoveredSupplyDays: 3 }],
        travelMinutes: 30,
        bikeMinutes: 20,
        overlapDays: 90,
      },
      new Map([['s1', { labelNl: 'Teelt onder glas', labelEn: 'Greenhouse cultivation' }]]),
    );
    expect(explanation).not.toBeNull();
    if (!explanation) return;
    await show(explanation);

    expect(row('reach')?.textContent).toContain('25%');
    expect(text(root(), '[data-skills="matched"] li')).toEqual(['Teelt onder glas (vereist)']);
    // An id the taxonomy does not name still shows, as the id.
    expect(text(root(), '[data-skills="partial"] li')).toEqual(['s3 (vereist)']);
    expect(text(root(), '[data-skills="missing"]')).toEqual(['Geen']);
    expect(text(root(), '[data-barriers] li')[0]).toContain('10 dagen van de gevraagde periode');
    expect(root().textContent).toContain('20 minuten met de fiets.');
  });

  it('should refuse JSON that is not an explanation', () => {
    expect(fromEngineExplanation(null, new Map())).toBeNull();
    expect(fromEngineExplanation({ score: 1 }, new Map())).toBeNull();
  });
});
