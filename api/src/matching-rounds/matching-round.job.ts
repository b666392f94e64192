import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_WEIGHTS } from '@knooppunt/matching';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../core/auth/actor';
import { ClaimedJob, JobHandler, JobQueue } from '../core/jobs/job-queue';
import {
  MatchingAssignmentEntity,
  MatchingPolicy,
  MatchingRoundEntity,
  MatchingRoundStatus,
  MatchingRuleEntity,
  MatchingUnassignedEntity,
} from './entities/matching-round.entity';
import { buildRound, RoundOutcome, RoundSetupError } from './round-builder';
import { chosenCohortIds, chosenNeedIds, loadCohorts, loadNeeds, MAX_PER_SIDE } from './round-data';

export const MATCHING_ROUND_QUEUE = 'matching-round';

export interface MatchingRoundJobPayload {
  roundId: string;
  /** The round's run number this job computes; an older job (superseded, cancelled) does nothing. */
  run: number;
}

const JOB_CONTEXT: RequestContext = { actor: null, requestId: null, ip: null, userAgent: null };
const INSERT_CHUNK = 500;

/**
 * Runs a matching round in the background (core/jobs): LOADING the chosen open needs and
 * cohorts, SCORING the candidate pairs, SOLVING with the round's policy, SAVING the draft and
 * the round document; the round shows the stage and a percentage meanwhile. Reading happens in
 * one short snapshot transaction and saving in another; the work in between holds none.
 */
@Injectable()
export class MatchingRoundJob implements OnModuleInit, JobHandler<MatchingRoundJobPayload> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(MATCHING_ROUND_QUEUE, this);
  }

  async run(job: ClaimedJob<MatchingRoundJobPayload>): Promise<void> {
    const { roundId, run } = job.payload;
    const round = await this.dataSource
      .getRepository(MatchingRoundEntity)
      .findOneBy({ id: roundId });
    if (!round || round.status !== MatchingRoundStatus.RUNNING || round.runCount !== run) return;
    await this.progress(roundId, run, 'LOADING', 5);
    const { needs, cohorts, rules } = await this.dataSource.transaction(
      'REPEATABLE READ',
      async (manager) => {
        const needIds = await chosenNeedIds(manager, round.needFilter);
        const cohortIds = await chosenCohortIds(manager, round.cohortFilter);
        if (needIds.length > MAX_PER_SIDE || cohortIds.length > MAX_PER_SIDE) {
          return { needs: null, cohorts: null, rules: [] };
        }
        return {
          needs: await loadNeeds(manager, needIds),
          cohorts: await loadCohorts(manager, cohortIds),
          rules: await manager.getRepository(MatchingRuleEntity).findBy({ roundId }),
        };
      },
    );
    if (!needs || !cohorts) {
      await this.fail(
        roundId,
        run,
        `A round takes at most ${MAX_PER_SIDE} needs and cohorts each: narrow the filters.`,
      );
      return;
    }
    await this.progress(roundId, run, 'SCORING', 20);
    let outcome: RoundOutcome;
    let shown = 20;
    try {
      outcome = await buildRound({
        round: {
          id: round.id,
          name: round.name,
          needFilter: round.needFilter,
          cohortFilter: round.cohortFilter,
        },
        policy: round.policy === MatchingPolicy.STABLE ? 'stable' : 'optimal',
        weights: { ...DEFAULT_WEIGHTS, ...round.weights },
        needs,
        cohorts,
        rules: rules.map((r) => ({
          needId: r.needId,
          cohortId: r.cohortId,
          kind: r.kind,
          count: r.count,
        })),
        onScoring: async (share) => {
          const percent = share >= 1 ? 75 : Math.floor(20 + share * 55);
          if (share >= 1) await this.progress(roundId, run, 'SOLVING', percent);
          else if (percent >= shown + 5) {
            shown = percent;
            await this.progress(roundId, run, 'SCORING', percent);
          }
          // Let requests (and progress polls) through between batches.
          await new Promise((resolve) => setImmediate(resolve));
        },
      });
    } catch (error) {
      if (error instanceof RoundSetupError) {
        await this.fail(roundId, run, error.message);
        return;
      }
      throw error;
    }
    await this.progress(roundId, run, 'SAVING', 90);
    await this.save(roundId, run, outcome);
  }

  async failed(job: ClaimedJob<MatchingRoundJobPayload>, error: string): Promise<void> {
    await this.fail(job.payload.roundId, job.payload.run, `The run failed: ${error}`);
  }

  private async save(roundId: string, run: number, outcome: RoundOutcome): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const round = await this.lockRun(manager, roundId, run);
      if (!round) return;
      await manager.getRepository(MatchingAssignmentEntity).delete({ roundId });
      await manager.getRepository(MatchingUnassignedEntity).delete({ roundId });
      for (let i = 0; i < outcome.assignments.length; i += INSERT_CHUNK) {
        await manager.getRepository(MatchingAssignmentEntity).insert(
          outcome.assignments.slice(i, i + INSERT_CHUNK).map((a) => ({
            roundId,
            needId: a.needId,
            cohortId: a.cohortId,
            companyOrganisationId: a.companyOrganisationId,
            schoolOrganisationId: a.schoolOrganisationId,
            count: a.count,
            pinnedCount: a.pinnedCount,
            score: a.score,
            explanation: a.explanation as never,
          })),
        );
      }
      for (let i = 0; i < outcome.unassigned.length; i += INSERT_CHUNK) {
        await manager
          .getRepository(MatchingUnassignedEntity)
          .insert(outcome.unassigned.slice(i, i + INSERT_CHUNK).map((u) => ({ roundId, ...u })));
      }
      await manager.getRepository(MatchingRoundEntity).update(roundId, {
        status: MatchingRoundStatus.REVIEW,
        stage: 'DONE',
        progress: 100,
        error: null,
        needCount: outcome.needCount,
        cohortCount: outcome.cohortCount,
        pairCount: outcome.pairCount,
        assignedCount: outcome.assignedCount,
        totalScore: outcome.totalScore,
        document: outcome.document as never,
        finishedAt: new Date(),
      });
      await this.audit.record(manager, JOB_CONTEXT, {
        action: 'matchingRound.complete',
        entityType: 'matchingRound',
        entityId: roundId,
        actorId: round.runById,
        summary: {
          run,
          assigned: outcome.assignedCount,
          totalScore: outcome.totalScore,
          unassigned: outcome.unassigned.length,
        },
      });
    });
  }

  private async fail(roundId: string, run: number, message: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const round = await this.lockRun(manager, roundId, run);
      if (!round) return;
      await manager.getRepository(MatchingRoundEntity).update(roundId, {
        status: MatchingRoundStatus.FAILED,
        stage: 'FAILED',
        error: message.slice(0, 2000),
        finishedAt: new Date(),
      });
      await this.audit.record(manager, JOB_CONTEXT, {
        action: 'matchingRound.fail',
        entityType: 'matchingRound',
        entityId: roundId,
        actorId: round.runById,
        summary: { run, error: message.slice(0, 500) },
      });
    });
  }

  /** The round, locked, when it still runs this run; null when it was cancelled or re-run. */
  private async lockRun(
    manager: EntityManager,
    roundId: string,
    run: number,
  ): Promise<MatchingRoundEntity | null> {
    const round = await manager
      .getRepository(MatchingRoundEntity)
      .findOne({ where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
    return round && round.status === MatchingRoundStatus.RUNNING && round.runCount === run
      ? round
      : null;
  }

  private async progress(roundId: string, run: number, stage: string, percent: number) {
    await this.dataSource.query(
      `UPDATE matching_round SET stage = $3, progress = $4, updated_at = now()
        WHERE id = $1 AND run_count = $2 AND status = 'RUNNING'`,
      [roundId, run, stage, percent],
    );
  }
}
