import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { APP_CONFIG } from '../app-config.token';
import { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config';
import { membershipOf, RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { CohortEntity } from '../marketplace/entities/cohort.entity';
import { InternshipNeedEntity } from '../marketplace/entities/internship-need.entity';
import { MailService } from '../mail/mail.service';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { adminsOf } from '../organisations/organisation-admins';
import {
  IntroductionAnswer,
  IntroductionEntity,
  IntroductionStatus,
  PlacementEntity,
} from './entities/introduction.entity';
import { introductionMails } from './introduction-mails';

/**
 * Introductions from published rounds. The company (the need's organisation) and the school
 * (the cohort's) each answer; a member of both answers for both. When both have accepted, the
 * introduction becomes a placement in the same transaction: the need's and the cohort's
 * `placed` counters rise by one conditional UPDATE each (placed + count ≤ capacity), so
 * concurrent acceptances never exceed a capacity; the one that does not fit gets CONFLICT and
 * changes nothing. A decline by either side declines it. Only members of the two organisations
 * see an introduction; to everyone else it does not exist.
 */
@Injectable()
export class IntroductionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<IntroductionEntity> {
    const introduction = await this.dataSource.getRepository(IntroductionEntity).findOneBy({ id });
    if (!introduction || !this.canSee(ctx, introduction)) throw AppError.notFound('introduction');
    return introduction;
  }

  async listMine(
    ctx: RequestContext,
    organisationId: string,
    status: IntroductionStatus | undefined,
    skip: number,
    take: number,
  ): Promise<{ items: IntroductionEntity[]; totalCount: number }> {
    if (!membershipOf(ctx.actor, organisationId)) {
      throw AppError.forbidden(
        'errors.introductions.notMember',
        'Only members of this organisation see its introductions.',
      );
    }
    const builder = this.dataSource
      .getRepository(IntroductionEntity)
      .createQueryBuilder('i')
      .where(
        '(i.company_organisation_id = :organisationId OR i.school_organisation_id = :organisationId)',
        {
          organisationId,
        },
      );
    if (status) builder.andWhere('i.status = :status', { status });
    const [items, totalCount] = await builder
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalCount };
  }

  async placements(introductionIds: string[]): Promise<Map<string, PlacementEntity>> {
    const rows = introductionIds.length
      ? await this.dataSource
          .getRepository(PlacementEntity)
          .findBy({ introductionId: In(introductionIds) })
      : [];
    return new Map(rows.map((p) => [p.introductionId, p]));
  }

  async answer(
    ctx: RequestContext,
    id: string,
    accept: boolean,
    message: string | undefined,
  ): Promise<IntroductionEntity> {
    const result = await this.dataSource.transaction(async (manager) => {
      if (!ctx.actor) throw AppError.unauthenticated();
      const introduction = await manager
        .getRepository(IntroductionEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!introduction || !this.canSee(ctx, introduction)) throw AppError.notFound('introduction');
      if (introduction.status !== IntroductionStatus.PROPOSED) {
        throw AppError.conflict(
          'errors.introductions.answered',
          `This introduction is already ${introduction.status.toLowerCase()}.`,
        );
      }
      const asCompany =
        !!membershipOf(ctx.actor, introduction.companyOrganisationId) &&
        introduction.companyAnswer === IntroductionAnswer.PENDING;
      const asSchool =
        !!membershipOf(ctx.actor, introduction.schoolOrganisationId) &&
        introduction.schoolAnswer === IntroductionAnswer.PENDING;
      if (!asCompany && !asSchool) {
        throw AppError.conflict(
          'errors.introductions.alreadyAnswered',
          'Your organisation has already answered this introduction.',
        );
      }
      const answer = accept ? IntroductionAnswer.ACCEPTED : IntroductionAnswer.DECLINED;
      const now = new Date();
      const text = message?.trim() || null;
      const changes: Partial<IntroductionEntity> = {};
      if (asCompany) {
        Object.assign(changes, {
          companyAnswer: answer,
          companyMessage: text,
          companyAnsweredById: ctx.actor.userId,
          companyAnsweredAt: now,
        });
      }
      if (asSchool) {
        Object.assign(changes, {
          schoolAnswer: answer,
          schoolMessage: text,
          schoolAnsweredById: ctx.actor.userId,
          schoolAnsweredAt: now,
        });
      }
      const next = { ...introduction, ...changes };
      if (!accept) changes.status = IntroductionStatus.DECLINED;
      else if (
        next.companyAnswer === IntroductionAnswer.ACCEPTED &&
        next.schoolAnswer === IntroductionAnswer.ACCEPTED
      ) {
        await this.place(manager, introduction);
        changes.status = IntroductionStatus.ACCEPTED;
      }
      await manager.getRepository(IntroductionEntity).update(id, changes as never);
      const changed = { ...introduction, ...changes };
      await this.audit.record(manager, ctx, {
        action: `introduction.${accept ? 'accept' : 'decline'}`,
        entityType: 'introduction',
        entityId: id,
        summary: {
          sides: [...(asCompany ? ['company'] : []), ...(asSchool ? ['school'] : [])],
          status: [introduction.status, changed.status],
        },
      });
      await this.mailOtherSide(manager, changed, asCompany, asSchool, accept, text ?? '');
      return changed;
    });
    void this.mail.deliver();
    return result;
  }

  /** Raises both counters within capacity, or CONFLICT (the transaction then changes nothing). */
  private async place(manager: EntityManager, introduction: IntroductionEntity): Promise<void> {
    // TypeORM returns [rows, affected] for an UPDATE on PostgreSQL.
    const [, needRaised]: [unknown[], number] = await manager.query(
      'UPDATE internship_need SET placed = placed + $2 WHERE id = $1 AND placed + $2 <= places',
      [introduction.needId, introduction.count],
    );
    if (needRaised === 0) {
      throw AppError.conflict(
        'errors.introductions.needFull',
        'The internship need has no places left for this introduction.',
      );
    }
    const [, cohortRaised]: [unknown[], number] = await manager.query(
      'UPDATE cohort SET placed = placed + $2 WHERE id = $1 AND placed + $2 <= students',
      [introduction.cohortId, introduction.count],
    );
    if (cohortRaised === 0) {
      throw AppError.conflict(
        'errors.introductions.cohortFull',
        'The cohort has no students left for this introduction.',
      );
    }
    await manager.getRepository(PlacementEntity).insert({
      introductionId: introduction.id,
      needId: introduction.needId,
      cohortId: introduction.cohortId,
      count: introduction.count,
    });
  }

  private canSee(ctx: RequestContext, introduction: IntroductionEntity): boolean {
    return (
      !!membershipOf(ctx.actor, introduction.companyOrganisationId) ||
      !!membershipOf(ctx.actor, introduction.schoolOrganisationId)
    );
  }

  /** Tells the admins of the side(s) that did not answer now. */
  private async mailOtherSide(
    manager: EntityManager,
    introduction: IntroductionEntity,
    asCompany: boolean,
    asSchool: boolean,
    accepted: boolean,
    message: string,
  ): Promise<void> {
    const recipients = [
      ...(asCompany ? [] : [introduction.companyOrganisationId]),
      ...(asSchool ? [] : [introduction.schoolOrganisationId]),
    ];
    if (recipients.length === 0) return;
    const answeringId = asCompany
      ? introduction.companyOrganisationId
      : introduction.schoolOrganisationId;
    const answering = await manager
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ id: answeringId });
    const need = await manager
      .getRepository(InternshipNeedEntity)
      .findOneByOrFail({ id: introduction.needId });
    const cohort = await manager
      .getRepository(CohortEntity)
      .findOneByOrFail({ id: introduction.cohortId });
    const subject = `${need.title} × ${cohort.programmeName}`;
    for (const organisationId of recipients) {
      for (const admin of await adminsOf(manager, organisationId)) {
        await this.mail.enqueue(
          manager,
          admin.email,
          introductionMails.answered(
            admin.locale,
            answering.name,
            subject,
            accepted,
            introduction.status === IntroductionStatus.ACCEPTED,
            message,
            `${this.config.appUrl}/introducties`,
          ),
        );
      }
    }
  }
}
