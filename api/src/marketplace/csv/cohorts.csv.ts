import { NeedStatus } from '@knooppunt/domain';
import { EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/auth/actor';
import { CreateCohortInput } from '../dto/cohort.inputs';
import { CohortEntity, CohortSkillEntity } from '../entities/cohort.entity';
import { checkPeriod, SCHOOLS } from '../listing-rules';
import { CsvColumn, CsvValue, parseDate, parseNumber, splitList } from './csv';
import {
  checkRule,
  importStatus,
  isIsoDate,
  NO_ORGANISATION,
  ReferenceData,
  RowProblem,
  validateRow,
} from './csv-rows';
import { chunks, groupBy, ListingCsv, organisationNames } from './listing-csv';

/** The template of cohorten.csv (docs/csv-import.md); exports use the same columns. */
export const COHORT_COLUMNS = [
  { name: 'organisation', aliases: ['organisatie'], required: true },
  { name: 'programme_name', aliases: ['opleiding'], required: true },
  { name: 'programme_code', aliases: ['opleidingscode'], required: true },
  { name: 'description', aliases: ['omschrijving'], required: false },
  { name: 'level', aliases: ['niveau'], required: true },
  { name: 'students', aliases: ['studenten'], required: true },
  { name: 'start_date', aliases: ['startdatum'], required: true },
  { name: 'end_date', aliases: ['einddatum'], required: true },
  { name: 'municipality', aliases: ['gemeente'], required: true },
  { name: 'max_travel_minutes', aliases: ['max_reistijd'], required: false },
  { name: 'skills', aliases: ['vaardigheden'], required: false },
  { name: 'status', required: false },
] as const satisfies readonly CsvColumn[];

export type CohortColumn = (typeof COHORT_COLUMNS)[number]['name'];

/** Which column reports a problem of which input field. */
const COLUMN_OF: Record<string, CohortColumn> = {
  organisationId: 'organisation',
  programmeName: 'programme_name',
  programmeCode: 'programme_code',
  description: 'description',
  level: 'level',
  students: 'students',
  startDate: 'start_date',
  endDate: 'end_date',
  municipalityCode: 'municipality',
  maxTravelMinutes: 'max_travel_minutes',
  skillIds: 'skills',
};

export interface CohortRow {
  input: CreateCohortInput;
  status: NeedStatus;
}

async function readCohort(
  cells: Record<CohortColumn, string>,
  reference: ReferenceData,
): Promise<{ row?: CohortRow; problems: RowProblem[] }> {
  const { organisation, problems } = reference.organisation(
    cells.organisation,
    SCHOOLS,
    'organisation',
  );
  const skills = reference.skillIds(splitList(cells.skills), 'skills');
  problems.push(...skills.problems);
  if (new Set(skills.ids).size !== skills.ids.length) {
    problems.push({
      field: 'skills',
      messageKey: 'validation.skills.duplicate',
      message: 'Each skill may appear once.',
    });
  }
  const validated = await validateRow(
    CreateCohortInput,
    {
      organisationId: organisation?.id ?? (cells.organisation ? NO_ORGANISATION : ''),
      programmeName: cells.programme_name,
      programmeCode: cells.programme_code,
      description: cells.description === '' ? undefined : cells.description,
      level: reference.level(cells.level),
      students: parseNumber(cells.students),
      startDate: parseDate(cells.start_date),
      endDate: parseDate(cells.end_date),
      municipalityCode: reference.municipality(cells.municipality),
      maxTravelMinutes:
        cells.max_travel_minutes === '' ? undefined : parseNumber(cells.max_travel_minutes),
      skillIds: skills.ids,
    },
    COLUMN_OF,
  );
  problems.push(...validated.problems);
  const { input } = validated;
  const fieldsWithProblems = new Set(validated.problems.map((problem) => problem.field));
  if (
    isIsoDate(input.startDate) &&
    isIsoDate(input.endDate) &&
    !fieldsWithProblems.has('start_date') &&
    !fieldsWithProblems.has('end_date')
  ) {
    problems.push(...checkRule(() => checkPeriod(input.startDate, input.endDate), COLUMN_OF));
  }
  if (
    !fieldsWithProblems.has('municipality') &&
    !reference.municipalityExists(input.municipalityCode)
  ) {
    problems.push({
      field: 'municipality',
      messageKey: 'validation.municipalityCode.unknown',
      message: 'Choose one of the six municipalities.',
    });
  }
  const status = importStatus(cells.status);
  if (typeof status !== 'string') problems.push(status);
  if (problems.length > 0 || typeof status !== 'string') return { problems };
  return { row: { input, status }, problems };
}

async function insertCohorts(
  manager: EntityManager,
  ctx: RequestContext,
  rows: CohortRow[],
): Promise<void> {
  for (const part of chunks(rows, 500)) {
    const result = await manager.getRepository(CohortEntity).insert(
      part.map(({ input, status }) => ({
        organisationId: input.organisationId,
        programmeName: input.programmeName.trim(),
        programmeCode: input.programmeCode,
        description: input.description?.trim() ?? '',
        level: input.level,
        students: input.students,
        startDate: input.startDate,
        endDate: input.endDate,
        municipalityCode: input.municipalityCode,
        maxTravelMinutes: input.maxTravelMinutes ?? 45,
        status,
        createdById: ctx.actor?.userId ?? null,
      })),
    );
    const links = part.flatMap(({ input }, index) =>
      (input.skillIds ?? []).map((skillId) => ({
        cohortId: result.identifiers[index]['id'] as string,
        skillId,
      })),
    );
    for (const linkPart of chunks(links, 1000))
      await manager.getRepository(CohortSkillEntity).insert(linkPart);
  }
}

async function cohortCells(manager: EntityManager, cohorts: CohortEntity[]): Promise<CsvValue[][]> {
  const ids = cohorts.map((cohort) => cohort.id);
  const names = await organisationNames(
    manager,
    cohorts.map((cohort) => cohort.organisationId),
  );
  const links: { cohortId: string; code: string }[] =
    ids.length === 0
      ? []
      : await manager.query(
          `SELECT l.cohort_id AS "cohortId", s.code FROM cohort_skill l
           JOIN skill s ON s.id = l.skill_id WHERE l.cohort_id = ANY($1) ORDER BY s.code`,
          [ids],
        );
  const skillsOf = groupBy(
    links,
    (link) => link.cohortId,
    (link) => link.code,
  );
  return cohorts.map((cohort) => [
    names.get(cohort.organisationId) ?? cohort.organisationId,
    cohort.programmeName,
    cohort.programmeCode,
    cohort.description,
    cohort.level,
    cohort.students,
    cohort.startDate,
    cohort.endDate,
    cohort.municipalityCode,
    cohort.maxTravelMinutes,
    (skillsOf.get(cohort.id) ?? []).join('|'),
    cohort.status,
  ]);
}

export const COHORT_CSV: ListingCsv<CohortColumn, CohortRow, CohortEntity> = {
  entityType: 'cohort',
  filename: 'cohorten',
  columns: COHORT_COLUMNS,
  read: readCohort,
  insert: insertCohorts,
  cells: cohortCells,
};
