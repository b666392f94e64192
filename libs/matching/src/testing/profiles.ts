import {
  Ecosystem,
  EducationLevel,
  MunicipalityCode,
  SkillCategory,
  SkillImportance,
  Theme,
} from '@knooppunt/domain';
import type { CohortProfile, InternshipNeedProfile } from '../lib/scoring/types';

/** Builders for scoring tests: a need and a cohort that fit perfectly, to be varied. */
export function needFactory(overrides: Partial<InternshipNeedProfile> = {}): InternshipNeedProfile {
  return {
    id: 'need-1',
    levels: [EducationLevel.HBO_BACHELOR],
    skills: [
      { skill: 'python', category: SkillCategory.DIGITAL, importance: SkillImportance.MUST_HAVE },
      { skill: 'sql', category: SkillCategory.DIGITAL, importance: SkillImportance.MUST_HAVE },
      {
        skill: 'lca',
        category: SkillCategory.SUSTAINABLE,
        importance: SkillImportance.NICE_TO_HAVE,
      },
    ],
    start: '2027-02-01',
    end: '2027-06-30',
    municipality: MunicipalityCode.AMSTELVEEN,
    themes: [Theme.DIGITAL],
    ecosystem: Ecosystem.BUSINESS_FINANCE_ICT,
    compensation: true,
    places: 2,
    ...overrides,
  };
}

export function cohortFactory(overrides: Partial<CohortProfile> = {}): CohortProfile {
  return {
    id: 'cohort-1',
    level: EducationLevel.HBO_BACHELOR,
    skills: [
      { skill: 'python', category: SkillCategory.DIGITAL },
      { skill: 'sql', category: SkillCategory.DIGITAL },
      { skill: 'lca', category: SkillCategory.SUSTAINABLE },
    ],
    start: '2027-02-01',
    end: '2027-06-30',
    municipality: MunicipalityCode.AMSTELVEEN,
    maxTravelMinutes: 45,
    students: 5,
    ecosystem: Ecosystem.BUSINESS_FINANCE_ICT,
    ...overrides,
  };
}
