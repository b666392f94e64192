import { NeedStatus, SkillImportance, WorkMode } from '@knooppunt/domain';
import { EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/auth/actor';
import { CreateInternshipNeedInput } from '../dto/internship-need.inputs';
import {
  InternshipNeedEntity,
  InternshipNeedSkillEntity,
} from '../entities/internship-need.entity';
import { checkPeriod, COMPANIES, unique } from '../listing-rules';
import { CsvColumn, CsvValue, parseDate, parseNumber, splitList } from './csv';
import {
  checkRule,
  enumCell,
  importStatus,
  isIsoDate,
  NO_ORGANISATION,
  ReferenceData,
  RowProblem,
  validateRow,
} from './csv-rows';
import { chunks, groupBy, ListingCsv, organisationNames } from './listing-csv';

/** The template of stagevragen.csv (docs/csv-import.md); exports use the same columns. */
export const NEED_COLUMNS = [
  { name: 'organisation', aliases: ['organisatie'], required: true },
  { name: 'title', aliases: ['titel'], required: true },
  { name: 'description', aliases: ['omschrijving'], required: false },
  { name: 'field_of_study', aliases: ['opleidingsrichting'], required: true },
  { name: 'levels', aliases: ['niveaus'], required: true },
  { name: 'start_date', aliases: ['startdatum'], required: true },
  { name: 'end_date', aliases: ['einddatum'], required: true },
  { name: 'hours_per_week', aliases: ['uren_per_week'], required: true },
  { name: 'places', aliases: ['plaatsen'], required: true },
  { name: 'municipality', aliases: ['gemeente'], required: true },
  { name: 'work_mode', aliases: ['werkvorm'], required: false },
  { name: 'monthly_compensation', aliases: ['vergoeding'], required: false },
  { name: 'themes', aliases: ['themas'], required: false },
  { name: 'skills_must', aliases: ['vaardigheden_must'], required: false },
  { name: 'skills_nice', aliases: ['vaardigheden_nice'], required: false },
  { name: 'status', required: false },
] as const satisfies readonly CsvColumn[];

export type NeedColumn = (typeof NEED_COLUMNS)[number]['name'];

/** Which column reports a problem of which input field. */
const COLUMN_OF: Record<string, NeedColumn> = {
  organisationId: 'organisation',
  title: 'title',
  description: 'description',
  fieldOfStudy: 'field_of_study',
  levels: 'levels',
  startDate: 'start_date',
  endDate: 'end_date',
  hoursPerWeek: 'hours_per_week',
  places: 'places',
  siteMunicipalityCode: 'municipality',
  workMode: 'work_mode',
  monthlyCompensation: 'monthly_compensation',
  themes: 'themes',
  skills: 'skills_must',
};

const WORK_MODES: Record<string, string> = {
  OP_LOCATIE: WorkMode.ON_SITE,
  ON_SITE: WorkMode.ON_SITE,
  HYBRIDE: WorkMode.HYBRID,
};

export interface NeedRow {
  input: CreateInternshipNeedInput;
  status: NeedStatus;
}

const optional = (cell: string) => (cell === '' ? undefined : cell);

async function readNeed(
  cells: Record<NeedColumn, string>,
  reference: ReferenceData,
): Promise<{ row?: NeedRow; problems: RowProblem[] }> {
  const { organisation, problems } = reference.organisation(
    cells.organisation,
    COMPANIES,
    'organisation',
  );
  const must = reference.skillIds(splitList(cells.skills_must), 'skills_must');
  const nice = reference.skillIds(splitList(cells.skills_nice), 'skills_nice');
  problems.push(...must.problems, ...nice.problems);
  const skills = [
    ...must.ids.map((skillId) => ({ skillId, importance: SkillImportance.MUST_HAVE })),
    ...nice.ids.map((skillId) => ({ skillId, importance: SkillImportance.NICE_TO_HAVE })),
  ];
  if (new Set(skills.map((skill) => skill.skillId)).size !== skills.length) {
    problems.push({
      field: 'skills_nice',
      messageKey: 'validation.skills.duplicate',
      message: 'Each skill may appear once (not both must-have and nice-to-have).',
    });
  }
  const validated = await validateRow(
    CreateInternshipNeedInput,
    {
      organisationId: organisation?.id ?? (cells.organisation ? NO_ORGANISATION : ''),
      title: cells.title,
      description: optional(cells.description),
      fieldOfStudy: cells.field_of_study,
      levels: splitList(cells.levels).map((level) => reference.level(level)),
      startDate: parseDate(cells.start_date),
      endDate: parseDate(cells.end_date),
      hoursPerWeek: parseNumber(cells.hours_per_week),
      places: parseNumber(cells.places),
      siteMunicipalityCode: reference.municipality(cells.municipality),
      workMode: optional(enumCell(cells.work_mode, WORK_MODES)),
      monthlyCompensation: optional(cells.monthly_compensation)
        ? parseNumber(cells.monthly_compensation)
        : undefined,
      themes: splitList(cells.themes).map((theme) => enumCell(theme)),
      skills,
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
    !reference.municipalityExists(input.siteMunicipalityCode)
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

async function insertNeeds(
  manager: EntityManager,
  ctx: RequestContext,
  rows: NeedRow[],
): Promise<void> {
  for (const part of chunks(rows, 500)) {
    const result = await manager.getRepository(InternshipNeedEntity).insert(
      part.map(({ input, status }) => ({
        organisationId: input.organisationId,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        fieldOfStudy: input.fieldOfStudy.trim(),
        levels: unique(input.levels),
        startDate: input.startDate,
        endDate: input.endDate,
        hoursPerWeek: input.hoursPerWeek,
        places: input.places,
        siteMunicipalityCode: input.siteMunicipalityCode,
        workMode: input.workMode ?? WorkMode.ON_SITE,
        monthlyCompensation:
          input.monthlyCompensation === undefined || input.monthlyCompensation === null
            ? null
            : input.monthlyCompensation.toFixed(2),
        themes: unique(input.themes ?? []),
        status,
        createdById: ctx.actor?.userId ?? null,
      })),
    );
    const links = part.flatMap(({ input }, index) =>
      (input.skills ?? []).map((skill) => ({
        needId: result.identifiers[index]['id'] as string,
        skillId: skill.skillId,
        importance: skill.importance,
      })),
    );
    for (const linkPart of chunks(links, 1000))
      await manager.getRepository(InternshipNeedSkillEntity).insert(linkPart);
  }
}

/** The rows of an export, in the template's columns, so the file imports again. */
async function needCells(
  manager: EntityManager,
  needs: InternshipNeedEntity[],
): Promise<CsvValue[][]> {
  const ids = needs.map((need) => need.id);
  const names = await organisationNames(
    manager,
    needs.map((need) => need.organisationId),
  );
  const links: { needId: string; importance: SkillImportance; code: string }[] =
    ids.length === 0
      ? []
      : await manager.query(
          `SELECT l.need_id AS "needId", l.importance, s.code FROM internship_need_skill l
           JOIN skill s ON s.id = l.skill_id WHERE l.need_id = ANY($1) ORDER BY s.code`,
          [ids],
        );
  const grouped = groupBy(
    links,
    (link) => `${link.needId} ${link.importance}`,
    (link) => link.code,
  );
  const skillsOf = (id: string, importance: SkillImportance) =>
    (grouped.get(`${id} ${importance}`) ?? []).join('|');
  return needs.map((need) => [
    names.get(need.organisationId) ?? need.organisationId,
    need.title,
    need.description,
    need.fieldOfStudy,
    need.levels.join('|'),
    need.startDate,
    need.endDate,
    need.hoursPerWeek,
    need.places,
    need.siteMunicipalityCode,
    need.workMode,
    need.monthlyCompensation === null ? null : Number(need.monthlyCompensation),
    need.themes.join('|'),
    skillsOf(need.id, SkillImportance.MUST_HAVE),
    skillsOf(need.id, SkillImportance.NICE_TO_HAVE),
    need.status,
  ]);
}

export const NEED_CSV: ListingCsv<NeedColumn, NeedRow, InternshipNeedEntity> = {
  entityType: 'internshipNeed',
  filename: 'stagevragen',
  columns: NEED_COLUMNS,
  read: readNeed,
  insert: insertNeeds,
  cells: needCells,
};
