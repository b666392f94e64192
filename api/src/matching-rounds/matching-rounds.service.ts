import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NeedStatus } from '@knooppunt/domain';
import { COMPONENTS, DEFAULT_WEIGHTS, Scorer } from '@knooppunt/matching';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../app-config.token';
import { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config';
import type { RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { JobQueue } from '../core/jobs/job-queue';
import { MailService } from '../mail/mail.service';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { adminsOf } from '../organisations/organisation-admins';
import {
  CreateMatchingRoundInput,
  MatchingPairInput,
  MatchingWeightsInput,
  PinMatchingPairInput,
  UpdateMatchingRoundInput,
} from './dto/matching-round.inputs';
import {
  MatchingRoundEntity,
  MatchingRoundStatus,
  MatchingRuleEntity,
  MatchingRuleKind,
  StoredWeights,
} from './entities/matching-round.entity';
import { introductionMails } from './introduction-mails';
import { MATCHING_ROUND_QUEUE, MatchingRoundJobPayload } from './matching-round.job';
import { loadCohorts, loadNeeds } from './round-data';

/** Statuses in which the set-up, pins and forbids may change and the round may (re-)run. */
const EDITABLE = [
  MatchingRoundStatus.DRAFT,
  MatchingRoundStatus.REVIEW,
  MatchingRoundStatus.FAILED,
];

/**
 * Coordinators' matching rounds: set-up (name, policy, weights, the filters choosing needs and
 * cohorts), runs as background jobs, pins and forbids, and publishing, which turns the draft
 * into introductions and mails both organisations. Every change is audited in its transaction.
 */
@Injectable()
export class MatchingRoundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(id: string): Promise<MatchingRoundEntity> {
    const round = await this.dataSource.getRepository(MatchingRoundEntity).findOneBy({ id });
    if (!round) throw AppError.notFound('matchingRound');
    return round;
  }

  async list(
    status: MatchingRoundStatus | undefined,
    skip: number,
    take: number,
  ): Promise<{ items: MatchingRoundEntity[]; totalCount: number }> {
    const [items, totalCount] = await this.dataSource
      .getRepository(MatchingRoundEntity)
      .findAndCount({
        where: status ? { status } : {},
        order: { createdAt: 'DESC', id: 'ASC' },
        skip,
        take,
      });
    return { items, totalCount };
  }

  async create(ctx: RequestContext, input: CreateMatchingRoundInput): Promise<MatchingRoundEntity> {
    const weights = weightsOf(DEFAULT_WEIGHTS, input.weights);
    checkFilters(input);
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.getRepository(MatchingRoundEntity).save({
        name: input.name.trim(),
        policy: input.policy,
        weights,
        needFilter: plain(input.needFilter),
        cohortFilter: plain(input.cohortFilter),
        status: MatchingRoundStatus.DRAFT,
        createdById: ctx.actor?.userId ?? null,
      });
      await this.audit.record(manager, ctx, {
        action: 'matchingRound.create',
        entityType: 'matchingRound',
        entityId: round.id,
        summary: { name: round.name, policy: round.policy },
      });
      return manager.getRepository(MatchingRoundEntity).findOneByOrFail({ id: round.id });
    });
  }

  async update(ctx: RequestContext, input: UpdateMatchingRoundInput): Promise<MatchingRoundEntity> {
    checkFilters(input);
    return this.dataSource.transaction(async (manager) => {
      const round = await this.lockEditable(manager, input.id);
      const changes: Partial<MatchingRoundEntity> = {};
      if (input.name !== undefined && input.name !== null) changes.name = input.name.trim();
      if (input.policy) changes.policy = input.policy;
      if (input.weights) changes.weights = weightsOf(round.weights, input.weights);
      if (input.needFilter) changes.needFilter = plain(input.needFilter);
      if (input.cohortFilter) changes.cohortFilter = plain(input.cohortFilter);
      if (Object.keys(changes).length === 0) return round;
      changes.stale = round.runCount > 0;
      await manager.getRepository(MatchingRoundEntity).update(round.id, changes as never);
      await this.audit.record(manager, ctx, {
        action: 'matchingRound.update',
        entityType: 'matchingRound',
        entityId: round.id,
        summary: { changed: Object.keys(changes).filter((k) => k !== 'stale') },
      });
      return manager.getRepository(MatchingRoundEntity).findOneByOrFail({ id: round.id });
    });
  }

  /** Queues a run (first or again): the round shows RUNNING with stage QUEUED until a worker takes it. */
  async run(ctx: RequestContext, id: string): Promise<MatchingRoundEntity> {
    const round = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockEditable(manager, id);
      const run = locked.runCount + 1;
      await manager.getRepository(MatchingRoundEntity).update(id, {
        status: MatchingRoundStatus.RUNNING,
        stage: 'QUEUED',
        progress: 0,
        error: null,
        runCount: run,
        stale: false,
        runById: ctx.actor?.userId ?? null,
        startedAt: new Date(),
        finishedAt: null,
      });
      const payload: MatchingRoundJobPayload = { roundId: id, run };
      const jobId = await this.jobs.enqueue(manager, MATCHING_ROUND_QUEUE, { ...payload });
      await this.audit.record(manager, ctx, {
        action: 'matchingRound.run',
        entityType: 'matchingRound',
        entityId: id,
        summary: { run, jobId },
      });
      return manager.getRepository(MatchingRoundEntity).findOneByOrFail({ id });
    });
    this.jobs.kick();
    return round;
  }

  async cancel(ctx: RequestContext, id: string): Promise<MatchingRoundEntity> {
    return this.dataSource.transaction(async (manager) => {
      const round = await this.lock(manager, id);
      if (
        round.status === MatchingRoundStatus.PUBLISHED ||
        round.status === MatchingRoundStatus.CANCELLED
      ) {
        throw AppError.conflict(
          'errors.matchingRounds.statusChange',
          `A ${round.status.toLowerCase()} round cannot be cancelled.`,
        );
      }
      await manager
        .getRepository(MatchingRoundEntity)
        .update(id, { status: MatchingRoundStatus.CANCELLED, stage: null });
      await this.audit.record(manager, ctx, {
        action: 'matchingRound.cancel',
        entityType: 'matchingRound',
        entityId: id,
        summary: { status: [round.status, MatchingRoundStatus.CANCELLED] },
      });
      return { ...round, status: MatchingRoundStatus.CANCELLED, stage: null };
    });
  }

  /** Pins (kind PIN with a count) or forbids a pair; the next run applies it. */
  async setRule(
    ctx: RequestContext,
    input: MatchingPairInput | PinMatchingPairInput,
    kind: MatchingRuleKind,
  ): Promise<MatchingRoundEntity> {
    return this.dataSource.transaction(async (manager) => {
      const round = await this.lockEditable(manager, input.roundId);
      const [need] = await loadNeeds(manager, [input.needId]);
      if (!need) throw AppError.notFound('internshipNeed');
      const [cohort] = await loadCohorts(manager, [input.cohortId]);
      if (!cohort) throw AppError.notFound('cohort');
      const count = kind === MatchingRuleKind.PIN ? (input as PinMatchingPairInput).count : null;
      if (kind === MatchingRuleKind.PIN) {
        const scored = new Scorer({ weights: round.weights }).score(need.profile, cohort.profile);
        if (!scored.admissible) {
          throw AppError.badInput(
            'cohortId',
            'errors.matchingRounds.pinInadmissible',
            'This cohort cannot be matched with this need (level family or period).',
          );
        }
      }
      await manager
        .getRepository(MatchingRuleEntity)
        .upsert(
          { roundId: round.id, needId: need.profile.id, cohortId: cohort.profile.id, kind, count },
          ['roundId', 'needId', 'cohortId'],
        );
      await this.markChanged(manager, round);
      await this.audit.record(manager, ctx, {
        action: `matchingRound.${kind === MatchingRuleKind.PIN ? 'pin' : 'forbid'}`,
        entityType: 'matchingRound',
        entityId: round.id,
        summary: { needId: input.needId, cohortId: input.cohortId, count },
      });
      return manager.getRepository(MatchingRoundEntity).findOneByOrFail({ id: round.id });
    });
  }

  async clearRule(ctx: RequestContext, input: MatchingPairInput): Promise<MatchingRoundEntity> {
    return this.dataSource.transaction(async (manager) => {
      const round = await this.lockEditable(manager, input.roundId);
      const removed = await manager.getRepository(MatchingRuleEntity).delete({
        roundId: round.id,
        needId: input.needId,
        cohortId: input.cohortId,
      });
      if (!removed.affected) throw AppError.notFound('matchingPairRule');
      await this.markChanged(manager, round);
      await this.audit.record(manager, ctx, {
        action: 'matchingRound.clearPair',
        entityType: 'matchingRound',
        entityId: round.id,
        summary: { needId: input.needId, cohortId: input.cohortId },
      });
      return manager.getRepository(MatchingRoundEntity).findOneByOrFail({ id: round.id });
    });
  }

  /**
   * REVIEW → PUBLISHED: one introduction per draft assignment (PROPOSED, both sides PENDING)
   * and one mail per organisation admin listing that organisation's introductions.
   */
  async publish(ctx: RequestContext, id: string): Promise<MatchingRoundEntity> {
    const result = await this.dataSource.transaction(async (manager) => {
      const round = await this.lock(manager, id);
      if (round.status !== MatchingRoundStatus.REVIEW) {
        throw AppError.conflict(
          'errors.matchingRounds.notInReview',
          'Only a round with a result to review can be published.',
        );
      }
      if (round.stale) {
        throw AppError.conflict(
          'errors.matchingRounds.stale',
          'The set-up, pins or forbids changed since the last run: run the round again first.',
        );
      }
      const introductions: {
        need_title: string;
        programme_name: string;
        company_id: string;
        school_id: string;
        count: number;
      }[] = await manager.query(
        `WITH created AS (
           INSERT INTO introduction (round_id, need_id, cohort_id, company_organisation_id,
                                     school_organisation_id, count, score, explanation)
           SELECT round_id, need_id, cohort_id, company_organisation_id, school_organisation_id,
                  count, score, explanation
             FROM matching_assignment WHERE round_id = $1
           RETURNING need_id, cohort_id, company_organisation_id, school_organisation_id, count)
         SELECT n.title AS need_title, c.programme_name, created.company_organisation_id AS company_id,
                created.school_organisation_id AS school_id, created.count
           FROM created
           JOIN internship_need n ON n.id = created.need_id
           JOIN cohort c ON c.id = created.cohort_id
          ORDER BY n.title, c.programme_name`,
        [id],
      );
      const linesOf = new Map<string, string[]>();
      for (const intro of introductions) {
        const line = `${intro.need_title} × ${intro.programme_name} (${intro.count})`;
        for (const organisation of [intro.company_id, intro.school_id]) {
          linesOf.set(organisation, [...(linesOf.get(organisation) ?? []), line]);
        }
      }
      for (const [organisationId, lines] of linesOf) {
        const organisation = await manager
          .getRepository(OrganisationEntity)
          .findOneByOrFail({ id: organisationId });
        for (const admin of await adminsOf(manager, organisationId)) {
          await this.mail.enqueue(
            manager,
            admin.email,
            introductionMails.proposed(
              admin.locale,
              organisation.name,
              lines,
              `${this.config.appUrl}/introducties`,
            ),
          );
        }
      }
      const publishedAt = new Date();
      await manager
        .getRepository(MatchingRoundEntity)
        .update(id, { status: MatchingRoundStatus.PUBLISHED, publishedAt });
      await this.audit.record(manager, ctx, {
        action: 'matchingRound.publish',
        entityType: 'matchingRound',
        entityId: id,
        summary: { introductions: introductions.length, organisations: linesOf.size },
      });
      return { ...round, status: MatchingRoundStatus.PUBLISHED, publishedAt };
    });
    void this.mail.deliver();
    return result;
  }

  private async lock(manager: EntityManager, id: string): Promise<MatchingRoundEntity> {
    const round = await manager
      .getRepository(MatchingRoundEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!round) throw AppError.notFound('matchingRound');
    return round;
  }

  private async lockEditable(manager: EntityManager, id: string): Promise<MatchingRoundEntity> {
    const round = await this.lock(manager, id);
    if (!EDITABLE.includes(round.status)) {
      throw AppError.conflict(
        'errors.matchingRounds.notEditable',
        `A ${round.status.toLowerCase()} round cannot be changed or run.`,
      );
    }
    return round;
  }

  private async markChanged(manager: EntityManager, round: MatchingRoundEntity): Promise<void> {
    if (round.runCount > 0)
      await manager.getRepository(MatchingRoundEntity).update(round.id, { stale: true });
  }
}

/** The weights with the given ones changed; at least one must count. */
function weightsOf(base: StoredWeights, input: MatchingWeightsInput | undefined): StoredWeights {
  const weights = { ...DEFAULT_WEIGHTS, ...base };
  for (const name of COMPONENTS) {
    const value = input?.[name];
    if (value !== undefined && value !== null) weights[name] = value;
  }
  if (COMPONENTS.every((name) => weights[name] === 0)) {
    throw AppError.badInput(
      'weights',
      'errors.matchingRounds.weightsZero',
      'At least one weight must be above 0.',
    );
  }
  return weights;
}

/** Rounds take open listings only: a filter asking another status is a mistake. */
function checkFilters(input: {
  needFilter?: { status?: NeedStatus };
  cohortFilter?: { status?: NeedStatus };
}): void {
  for (const field of ['needFilter', 'cohortFilter'] as const) {
    const status = input[field]?.status;
    if (status && status !== NeedStatus.OPEN) {
      throw AppError.badInput(
        `${field}.status`,
        'errors.matchingRounds.openOnly',
        'A matching round takes open needs and cohorts only.',
      );
    }
  }
}

/** A filter input as stored JSON: only the given fields. */
function plain(filter: object | undefined): Record<string, unknown> {
  if (!filter) return {};
  return Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value !== undefined && value !== null),
  );
}
