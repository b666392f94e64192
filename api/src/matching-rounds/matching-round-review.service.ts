import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AppError } from '../core/errors';
import { CohortEntity } from '../marketplace/entities/cohort.entity';
import { InternshipNeedEntity } from '../marketplace/entities/internship-need.entity';
import {
  MatchingAssignmentEntity,
  MatchingRoundEntity,
  MatchingRuleEntity,
  MatchingSide,
  MatchingUnassignedEntity,
} from './entities/matching-round.entity';

/** Needs and cohorts by id, read in two statements for a page of rows. */
export interface Listings {
  needs: Map<string, InternshipNeedEntity>;
  cohorts: Map<string, CohortEntity>;
}

export interface OrganisationPart {
  organisationId: string;
  side: MatchingSide;
  pairs: number;
  assigned: number;
  unassigned: number;
}

/** Reading a round's draft: per organisation, the assignments, the unassigned, the document. */
@Injectable()
export class MatchingRoundReviewService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listings(needIds: string[], cohortIds: string[]): Promise<Listings> {
    const needs = needIds.length
      ? await this.dataSource
          .getRepository(InternshipNeedEntity)
          .findBy({ id: In([...new Set(needIds)]) })
      : [];
    const cohorts = cohortIds.length
      ? await this.dataSource
          .getRepository(CohortEntity)
          .findBy({ id: In([...new Set(cohortIds)]) })
      : [];
    return {
      needs: new Map(needs.map((n) => [n.id, n])),
      cohorts: new Map(cohorts.map((c) => [c.id, c])),
    };
  }

  rules(roundId: string): Promise<MatchingRuleEntity[]> {
    return this.dataSource
      .getRepository(MatchingRuleEntity)
      .find({ where: { roundId }, order: { createdAt: 'ASC', needId: 'ASC', cohortId: 'ASC' } });
  }

  async assignments(
    roundId: string,
    organisationId: string | undefined,
    skip: number,
    take: number,
  ): Promise<{ items: MatchingAssignmentEntity[]; totalCount: number }> {
    const builder = this.dataSource
      .getRepository(MatchingAssignmentEntity)
      .createQueryBuilder('a')
      .where('a.round_id = :roundId', { roundId });
    if (organisationId) {
      builder.andWhere(
        '(a.company_organisation_id = :organisationId OR a.school_organisation_id = :organisationId)',
        { organisationId },
      );
    }
    const [items, totalCount] = await builder
      .orderBy('a.score', 'DESC')
      .addOrderBy('a.need_id', 'ASC')
      .addOrderBy('a.cohort_id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalCount };
  }

  async unassigned(
    roundId: string,
    side: MatchingSide | undefined,
    organisationId: string | undefined,
    skip: number,
    take: number,
  ): Promise<{ items: MatchingUnassignedEntity[]; totalCount: number }> {
    const [items, totalCount] = await this.dataSource
      .getRepository(MatchingUnassignedEntity)
      .findAndCount({
        where: {
          roundId,
          ...(side ? { side } : {}),
          ...(organisationId ? { organisationId } : {}),
        },
        order: { side: 'ASC', listingId: 'ASC' },
        skip,
        take,
      });
    return { items, totalCount };
  }

  /** Every organisation in the draft: its pairs, students assigned and left unassigned. */
  async organisations(roundId: string): Promise<OrganisationPart[]> {
    const rows: {
      organisation_id: string;
      side: MatchingSide;
      pairs: number;
      assigned: number;
      unassigned: number;
    }[] = await this.dataSource.query(
      `SELECT organisation_id, side, sum(pairs)::int AS pairs, sum(assigned)::int AS assigned,
                sum(unassigned)::int AS unassigned
           FROM (
             SELECT company_organisation_id AS organisation_id, 'NEED' AS side, count(*) AS pairs,
                    sum(count) AS assigned, 0 AS unassigned
               FROM matching_assignment WHERE round_id = $1 GROUP BY company_organisation_id
             UNION ALL
             SELECT school_organisation_id, 'COHORT', count(*), sum(count), 0
               FROM matching_assignment WHERE round_id = $1 GROUP BY school_organisation_id
             UNION ALL
             SELECT organisation_id, side::text, 0, 0, sum(count)
               FROM matching_unassigned WHERE round_id = $1 GROUP BY organisation_id, side
           ) parts
          GROUP BY organisation_id, side
          ORDER BY side DESC, organisation_id`,
      [roundId],
    );
    return rows.map((r) => ({
      organisationId: r.organisation_id,
      side: r.side,
      pairs: Number(r.pairs),
      assigned: Number(r.assigned),
      unassigned: Number(r.unassigned),
    }));
  }

  /** The last run's round document (contract fields plus names and explanations). */
  async document(roundId: string): Promise<Record<string, unknown>> {
    const round = await this.dataSource
      .getRepository(MatchingRoundEntity)
      .createQueryBuilder('r')
      .addSelect('r.document')
      .where('r.id = :roundId', { roundId })
      .getOne();
    if (!round) throw AppError.notFound('matchingRound');
    if (!round.document) {
      throw AppError.conflict(
        'errors.matchingRounds.notRun',
        'This round has no result yet: run it first.',
      );
    }
    return round.document;
  }
}
