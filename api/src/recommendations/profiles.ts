import { Ecosystem, SkillImportance, Theme } from '@knooppunt/domain';
import type {
  ChallengeProfile,
  CohortProfile,
  CompanyProfile,
  InternshipNeedProfile,
  MinorProfile,
  RequiredSkill,
  SkillRef,
} from '@knooppunt/matching';
import { ChallengeEntity } from '../marketplace/entities/challenge.entity';
import { CohortEntity } from '../marketplace/entities/cohort.entity';
import { InternshipNeedEntity } from '../marketplace/entities/internship-need.entity';
import { MinorEntity } from '../marketplace/entities/minor.entity';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import type { SkillRow } from './candidates';

// Rows → the matching engine's profiles (libs/matching/src/lib/scoring/types.ts).

function offered(skills: SkillRow[]): SkillRef[] {
  return skills.map((s) => ({ skill: s.id, category: s.category }));
}

/** Unranked skills (challenges) count as nice-to-have: all equal, so the score is the same. */
function asked(skills: SkillRow[]): RequiredSkill[] {
  return skills.map((s) => ({
    skill: s.id,
    category: s.category,
    importance: s.importance ?? SkillImportance.NICE_TO_HAVE,
  }));
}

export function needProfile(
  need: InternshipNeedEntity,
  skills: SkillRow[],
  ecosystem: string,
): InternshipNeedProfile {
  return {
    id: need.id,
    levels: need.levels,
    skills: asked(skills),
    start: need.startDate,
    end: need.endDate,
    municipality: need.siteMunicipalityCode,
    themes: need.themes,
    ecosystem: ecosystem as Ecosystem,
    // No compensation (none, or zero) is a barrier, not an exclusion.
    compensation: need.monthlyCompensation !== null && Number(need.monthlyCompensation) > 0,
    places: need.places,
  };
}

/** A cohort carries no themes of its own: its skills' categories imply them. */
export function cohortProfile(
  cohort: CohortEntity,
  skills: SkillRow[],
  ecosystem: string,
): CohortProfile {
  return {
    id: cohort.id,
    level: cohort.level,
    skills: offered(skills),
    start: cohort.startDate,
    end: cohort.endDate,
    municipality: cohort.municipalityCode,
    maxTravelMinutes: cohort.maxTravelMinutes,
    students: cohort.students,
    ecosystem: ecosystem as Ecosystem,
  };
}

export function minorProfile(
  minor: MinorEntity,
  skills: SkillRow[],
  ecosystem: string,
): MinorProfile {
  return {
    id: minor.id,
    level: minor.level,
    skills: offered(skills),
    start: minor.startDate,
    end: minor.endDate,
    municipality: minor.municipalityCode,
    themes: minor.themes,
    ecosystem: ecosystem as Ecosystem,
  };
}

export function challengeProfile(
  challenge: ChallengeEntity,
  skills: SkillRow[],
  ecosystem: string,
): ChallengeProfile {
  return {
    id: challenge.id,
    skills: asked(skills),
    start: challenge.startDate,
    end: challenge.endDate,
    municipality: challenge.municipalityCode,
    themes: challenge.themes,
    ecosystem: ecosystem as Ecosystem,
  };
}

/**
 * A company as a minor's partner: it asks the skills of its open needs (at their highest
 * importance) and open challenges, where it is located, with its own themes and those of its
 * open listings. No levels and no period: a partnership (guest lectures, a challenge, …) is not
 * an internship, so those components do not apply.
 */
export function companyProfile(
  organisation: OrganisationEntity,
  skills: SkillRow[],
  themes: string[],
): CompanyProfile {
  return {
    id: organisation.id,
    skills: asked(skills),
    municipality: organisation.municipalityCode,
    themes: themes as Theme[],
    ecosystem: organisation.ecosystem,
  };
}
