import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { familyOfLevel, EDUCATION_LEVELS } from '@knooppunt/domain';
import {
  DemandIndex,
  Scorer,
  SupplyIndex,
  topChallengesForMinor,
  topCohortsForNeed,
  topCompaniesForMinor,
  topMinorsForChallenge,
  topNeedsForCohort,
} from '@knooppunt/matching';
import type { RankedMatch } from '@knooppunt/matching';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../core/auth/actor';
import { ChallengeEntity } from '../marketplace/entities/challenge.entity';
import { CohortEntity } from '../marketplace/entities/cohort.entity';
import { InternshipNeedEntity } from '../marketplace/entities/internship-need.entity';
import { MinorEntity } from '../marketplace/entities/minor.entity';
import { findListing } from '../marketplace/listing-rules';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import {
  CHALLENGES,
  COHORTS,
  companyCandidates,
  levelsOfFamilies,
  listingCandidates,
  MINORS,
  NEEDS,
  sourceDetail,
} from './candidates';
import {
  challengeProfile,
  cohortProfile,
  companyProfile,
  minorProfile,
  needProfile,
} from './profiles';

/** One recommended listing: the entity, its score and the engine's explanation. */
export interface Recommendation<T> {
  entity: T;
  match: RankedMatch;
  /** Whether the asking side ranks this skill (must-have / nice-to-have). */
  ranked: (skillId: string) => boolean;
}

const ALWAYS = () => true;
const NEVER = () => false;

/**
 * Ranked recommendations (product.md §5, issue 5): the source listing is read as its caller may
 * see it (drafts only for their own organisation and coordinators), the candidates are
 * narrowed in SQL (candidates.ts) and ranked exactly by the matching engine's index. Three
 * statements per call, whatever `take` is: the source, its skills, the candidates.
 */
@Injectable()
export class RecommendationsService {
  /** Default weights; it keeps the skill registry and the travel table between requests. */
  private readonly scorer = new Scorer();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get manager() {
    return this.dataSource.manager;
  }

  /** An internship need's best cohorts. */
  async cohortsForNeed(
    ctx: RequestContext,
    needId: string,
    take: number,
  ): Promise<Recommendation<CohortEntity>[]> {
    const need = await findListing(
      this.manager,
      InternshipNeedEntity,
      ctx,
      needId,
      'internshipNeed',
    );
    const detail = await sourceDetail(this.manager, NEEDS, need.id, need.organisationId);
    const levels = levelsOfFamilies(need.levels);
    const candidates = await listingCandidates(this.manager, CohortEntity, COHORTS, {
      skills: detail.skills,
      candidatesAsk: false,
      start: need.startDate,
      end: need.endDate,
      municipality: need.siteMunicipalityCode,
      where: levels ? ['x.level = ANY(CAST(:levels AS education_level[]))'] : [],
      parameters: { levels },
    });
    const byId = new Map(candidates.map((c) => [c.entity.id, c.entity]));
    const index = new SupplyIndex(
      candidates.map((c) => cohortProfile(c.entity, c.skills, c.ecosystem)),
      this.scorer,
    );
    const profile = needProfile(need, detail.skills, detail.ecosystem);
    return topCohortsForNeed(index, profile, take).map((match) => ({
      entity: found(byId, match.id),
      match,
      ranked: ALWAYS,
    }));
  }

  /** A cohort's best internship needs. */
  async needsForCohort(
    ctx: RequestContext,
    cohortId: string,
    take: number,
  ): Promise<Recommendation<InternshipNeedEntity>[]> {
    const cohort = await findListing(this.manager, CohortEntity, ctx, cohortId, 'cohort');
    const detail = await sourceDetail(this.manager, COHORTS, cohort.id, cohort.organisationId);
    const family = familyOfLevel(cohort.level);
    const levels = EDUCATION_LEVELS.filter((level) => familyOfLevel(level) === family);
    const candidates = await listingCandidates(this.manager, InternshipNeedEntity, NEEDS, {
      skills: detail.skills,
      candidatesAsk: true,
      start: cohort.startDate,
      end: cohort.endDate,
      municipality: cohort.municipalityCode,
      // A need without levels accepts any (the engine's rule too).
      where: ['(cardinality(x.levels) = 0 OR x.levels && CAST(:levels AS education_level[]))'],
      parameters: { levels },
    });
    const byId = new Map(candidates.map((c) => [c.entity.id, c.entity]));
    const index = new DemandIndex(
      candidates.map((c) => needProfile(c.entity, c.skills, c.ecosystem)),
      this.scorer,
    );
    const profile = cohortProfile(cohort, detail.skills, detail.ecosystem);
    return topNeedsForCohort(index, profile, take).map((match) => ({
      entity: found(byId, match.id),
      match,
      ranked: ALWAYS,
    }));
  }

  /** A minor's best company partners (companies derived from their open needs and challenges). */
  async companiesForMinor(
    ctx: RequestContext,
    minorId: string,
    take: number,
  ): Promise<Recommendation<OrganisationEntity>[]> {
    const minor = await findListing(this.manager, MinorEntity, ctx, minorId, 'minor');
    const detail = await sourceDetail(this.manager, MINORS, minor.id, minor.organisationId);
    const candidates = await companyCandidates(
      this.manager,
      OrganisationEntity,
      detail.skills.map((s) => s.id),
      minor.municipalityCode,
    );
    const byId = new Map(candidates.map((c) => [c.entity.id, c]));
    const index = new DemandIndex(
      candidates.map((c) => companyProfile(c.entity, c.skills, c.themes)),
      this.scorer,
    );
    const profile = minorProfile(minor, detail.skills, detail.ecosystem);
    return topCompaniesForMinor(index, profile, take).map((match) => {
      const company = found(byId, match.id);
      // Skills only its challenges ask are unranked.
      const rankedSkills = new Set(company.skills.filter((s) => s.importance).map((s) => s.id));
      return { entity: company.entity, match, ranked: (id) => rankedSkills.has(id) };
    });
  }

  /** A minor's best challenges. */
  async challengesForMinor(
    ctx: RequestContext,
    minorId: string,
    take: number,
  ): Promise<Recommendation<ChallengeEntity>[]> {
    const minor = await findListing(this.manager, MinorEntity, ctx, minorId, 'minor');
    const detail = await sourceDetail(this.manager, MINORS, minor.id, minor.organisationId);
    const candidates = await listingCandidates(this.manager, ChallengeEntity, CHALLENGES, {
      skills: detail.skills,
      candidatesAsk: true,
      start: minor.startDate,
      end: minor.endDate,
      municipality: minor.municipalityCode,
    });
    const byId = new Map(candidates.map((c) => [c.entity.id, c.entity]));
    const index = new DemandIndex(
      candidates.map((c) => challengeProfile(c.entity, c.skills, c.ecosystem)),
      this.scorer,
    );
    const profile = minorProfile(minor, detail.skills, detail.ecosystem);
    return topChallengesForMinor(index, profile, take).map((match) => ({
      entity: found(byId, match.id),
      match,
      ranked: NEVER,
    }));
  }

  /** A challenge's best minors. */
  async minorsForChallenge(
    ctx: RequestContext,
    challengeId: string,
    take: number,
  ): Promise<Recommendation<MinorEntity>[]> {
    const challenge = await findListing(
      this.manager,
      ChallengeEntity,
      ctx,
      challengeId,
      'challenge',
    );
    const detail = await sourceDetail(
      this.manager,
      CHALLENGES,
      challenge.id,
      challenge.organisationId,
    );
    const candidates = await listingCandidates(this.manager, MinorEntity, MINORS, {
      skills: detail.skills,
      candidatesAsk: false,
      start: challenge.startDate,
      end: challenge.endDate,
      municipality: challenge.municipalityCode,
    });
    const byId = new Map(candidates.map((c) => [c.entity.id, c.entity]));
    const index = new SupplyIndex(
      candidates.map((c) => minorProfile(c.entity, c.skills, c.ecosystem)),
      this.scorer,
    );
    const profile = challengeProfile(challenge, detail.skills, detail.ecosystem);
    return topMinorsForChallenge(index, profile, take).map((match) => ({
      entity: found(byId, match.id),
      match,
      ranked: NEVER,
    }));
  }
}

function found<T>(byId: Map<string, T>, id: string): T {
  const value = byId.get(id);
  if (value === undefined) throw new Error(`Ranked ${id} is not a candidate`);
  return value;
}
