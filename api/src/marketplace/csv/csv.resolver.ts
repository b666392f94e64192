import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@knooppunt/domain';
import type { RequestContext } from '../../core/auth/actor';
import { Allow } from '../../core/auth/allow.decorator';
import { Ctx } from '../../core/auth/current-context.decorator';
import {
  CsvImportInput,
  ExportChallengesArgs,
  ExportCohortsArgs,
  ExportInternshipNeedsArgs,
  ExportMinorsArgs,
  ExportPartnershipsArgs,
} from './csv.inputs';
import { CsvFile, CsvImportReport } from './csv.models';
import { CsvService } from './csv.service';

@Resolver()
export class CsvResolver {
  constructor(private readonly csv: CsvService) {}

  @Allow(Permission.IMPORT_LISTINGS)
  @Mutation(() => CsvImportReport, {
    description:
      'Coordinators import internship needs for organisations from CSV: every row is checked, and all rows are written or none.',
  })
  importInternshipNeeds(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CsvImportInput,
  ): Promise<CsvImportReport> {
    return this.csv.importInternshipNeeds(ctx, input);
  }

  @Allow(Permission.IMPORT_LISTINGS)
  @Mutation(() => CsvImportReport, {
    description:
      'Coordinators import cohorts for schools from CSV: every row is checked, and all rows are written or none.',
  })
  importCohorts(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CsvImportInput,
  ): Promise<CsvImportReport> {
    return this.csv.importCohorts(ctx, input);
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => CsvFile, {
    description:
      'The internship needs the list shows, as CSV in the import template (at most 10 000 rows).',
  })
  exportInternshipNeeds(
    @Ctx() ctx: RequestContext,
    @Args() args: ExportInternshipNeedsArgs,
  ): Promise<CsvFile> {
    return this.csv.exportInternshipNeeds(ctx, args.filter, args.sort);
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => CsvFile, {
    description: 'The cohorts the list shows, as CSV in the import template (at most 10 000 rows).',
  })
  exportCohorts(@Ctx() ctx: RequestContext, @Args() args: ExportCohortsArgs): Promise<CsvFile> {
    return this.csv.exportCohorts(ctx, args.filter, args.sort);
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => CsvFile, {
    description: 'The minors the list shows, as CSV (at most 10 000 rows).',
  })
  exportMinors(@Ctx() ctx: RequestContext, @Args() args: ExportMinorsArgs): Promise<CsvFile> {
    return this.csv.exportMinors(ctx, args.filter, args.sort);
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => CsvFile, {
    description: 'The challenges the list shows, as CSV (at most 10 000 rows).',
  })
  exportChallenges(
    @Ctx() ctx: RequestContext,
    @Args() args: ExportChallengesArgs,
  ): Promise<CsvFile> {
    return this.csv.exportChallenges(ctx, args.filter, args.sort);
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => CsvFile, {
    description: 'The partnerships the list shows you, as CSV (at most 10 000 rows).',
  })
  exportPartnerships(
    @Ctx() ctx: RequestContext,
    @Args() args: ExportPartnershipsArgs,
  ): Promise<CsvFile> {
    return this.csv.exportPartnerships(ctx, args.filter);
  }
}
