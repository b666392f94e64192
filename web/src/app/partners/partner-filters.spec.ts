import { convertToParamMap } from '@angular/router';
import {
  challengeFilter,
  challengeParamsFrom,
  minorFilter,
  minorParamsFrom,
  PartnerListFilters,
  partnerQueryParams,
} from './partner-filters';

const SKILL_A = '11111111-1111-4111-8111-111111111111';
const SKILL_B = '22222222-2222-4222-8222-222222222222';

/** Query params as the router turns them into a URL: null and undefined leave it. */
function url(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== null && value !== undefined),
  );
}

describe('partner list filters', () => {
  const minorFilters: PartnerListFilters<'START_DATE'> = {
    search: 'kas',
    skills: [SKILL_A, SKILL_B],
    kind: 'MASTERCLASS',
    level: 'MBO_4',
    helix: null,
    municipality: 'GM0358',
    ecosystem: 'LOGISTICS_TRADE',
    theme: 'HORTICULTURE',
    role: 'COMPANY_VISIT',
    openOnly: true,
    from: '2027-02-01',
    to: '2027-06-30',
    sort: 'START_DATE',
  };

  it('should write every minor filter into Dutch query params and read them back', () => {
    const params = partnerQueryParams(minorFilters, 3);

    expect(url(params)).toEqual({
      zoek: 'kas',
      vaardigheid: [SKILL_A, SKILL_B],
      soort: 'MASTERCLASS',
      niveau: 'MBO_4',
      gemeente: 'GM0358',
      ecosysteem: 'LOGISTICS_TRADE',
      thema: 'HORTICULTURE',
      rol: 'COMPANY_VISIT',
      open: 'ja',
      vanaf: '2027-02-01',
      tot: '2027-06-30',
      sortering: 'START_DATE',
      pagina: 3,
    });
    expect(minorParamsFrom(convertToParamMap(url(params)))).toEqual({
      ...minorFilters,
      page: 3,
    });
  });

  it('should leave empty filters and the first page out of the URL', () => {
    const empty = minorParamsFrom(convertToParamMap({}));

    expect(empty).toEqual({
      search: '',
      skills: [],
      kind: null,
      level: null,
      helix: null,
      municipality: '',
      ecosystem: null,
      theme: null,
      role: null,
      openOnly: false,
      from: '',
      to: '',
      sort: null,
      page: 1,
    });
    expect(url(partnerQueryParams(empty))).toEqual({});
  });

  it('should ignore values a hand-edited URL gets wrong', () => {
    const params = minorParamsFrom(
      convertToParamMap({
        vaardigheid: ['not-a-uuid', SKILL_A, SKILL_A],
        soort: 'COURSE',
        niveau: 'PHD',
        rol: 'SPONSOR',
        open: 'yes',
        vanaf: '2027-02-30',
        tot: 'morgen',
        sortering: 'PROGRAMME',
        pagina: '-2',
        helix: 'BUSINESS',
      }),
    );

    expect(params).toMatchObject({
      skills: [SKILL_A],
      kind: null,
      level: null,
      role: null,
      openOnly: false,
      from: '',
      to: '',
      sort: null,
      page: 1,
      // Helix filters challenges only.
      helix: null,
    });
  });

  it('should ask the API for open minors with the filters of the URL', () => {
    const filter = minorFilter(
      minorParamsFrom(convertToParamMap(url(partnerQueryParams(minorFilters)))),
    );

    expect(filter).toEqual({
      search: 'kas',
      skillIds: [SKILL_A, SKILL_B],
      kind: 'MASTERCLASS',
      level: 'MBO_4',
      municipalityCode: 'GM0358',
      ecosystem: 'LOGISTICS_TRADE',
      theme: 'HORTICULTURE',
      partnerRole: 'COMPANY_VISIT',
      openSlotsOnly: true,
      periodFrom: '2027-02-01',
      periodTo: '2027-06-30',
      status: 'OPEN',
      organisationId: null,
    });
    expect(minorFilter(minorParamsFrom(convertToParamMap({})))).toMatchObject({
      openSlotsOnly: null,
      partnerRole: null,
      skillIds: null,
      status: 'OPEN',
    });
  });

  it('should read helix, topics and period for challenges but not the minor-only filters', () => {
    const params = challengeParamsFrom(
      convertToParamMap({
        zoek: 'water',
        helix: 'GOVERNMENT',
        thema: 'SUSTAINABILITY',
        ecosysteem: 'OTHER',
        soort: 'MINOR',
        niveau: 'MBO_4',
        rol: 'CASE',
        open: 'ja',
        vanaf: '2027-01-01',
        sortering: 'TITLE',
      }),
    );

    expect(params).toMatchObject({
      search: 'water',
      helix: 'GOVERNMENT',
      theme: 'SUSTAINABILITY',
      ecosystem: 'OTHER',
      kind: null,
      level: null,
      role: null,
      openOnly: false,
      from: '2027-01-01',
      sort: 'TITLE',
    });
    expect(url(partnerQueryParams(params))).toEqual({
      zoek: 'water',
      helix: 'GOVERNMENT',
      thema: 'SUSTAINABILITY',
      ecosysteem: 'OTHER',
      vanaf: '2027-01-01',
      sortering: 'TITLE',
    });
    expect(challengeFilter(params)).toEqual({
      search: 'water',
      skillIds: null,
      helix: 'GOVERNMENT',
      municipalityCode: null,
      ecosystem: 'OTHER',
      theme: 'SUSTAINABILITY',
      periodFrom: '2027-01-01',
      periodTo: null,
      status: 'OPEN',
      organisationId: null,
    });
  });

  it('should not take an education helix for challenges', () => {
    expect(challengeParamsFrom(convertToParamMap({ helix: 'EDUCATION' })).helix).toBeNull();
  });
});
