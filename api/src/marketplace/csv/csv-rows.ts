import { EducationLevel, NeedStatus, OrganisationStatus } from '@knooppunt/domain';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { EntityManager } from 'typeorm';
import { AppError, FieldProblem, validationErrorToGraphQL } from '../../core/errors';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { EducationLevelReferenceEntity } from '../../reference/entities/education-level-reference.entity';
import { MunicipalityEntity } from '../../reference/entities/municipality.entity';
import { SkillEntity } from '../../reference/entities/skill.entity';
import type { Posters } from '../listing-rules';

// Reading one row of an import: reference data looked up once per file, the
// Create…Input's own class-validator rules, and the shared listing rules.

/** Why one row (or one cell of it) cannot be imported. */
export interface RowProblem {
  /** The template column; null for the row as a whole. */
  field: string | null;
  messageKey: string;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A placeholder id for a row whose organisation is unknown (reported on its own). */
export const NO_ORGANISATION = '00000000-0000-4000-8000-000000000000';

const key = (text: string) => text.trim().toLowerCase();

function addTo<V>(map: Map<string, V[]>, name: string, value: V): void {
  const list = map.get(key(name)) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key(name), list);
}

/** Organisations, skills, municipalities and levels of one file, looked up once. */
export class ReferenceData {
  private constructor(
    private readonly organisations: readonly OrganisationEntity[],
    private readonly skills: ReadonlyMap<string, string[]>,
    private readonly municipalities: ReadonlyMap<string, string>,
    private readonly levels: ReadonlyMap<string, EducationLevel>,
  ) {}

  /**
   * Loads what the rows name. The organisations are locked against changes
   * (approval, suspension) until the import's transaction ends.
   */
  static async load(manager: EntityManager, organisationRefs: string[]): Promise<ReferenceData> {
    const refs = [...new Set(organisationRefs.map((ref) => ref.trim()).filter(Boolean))];
    const organisations = await manager
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .where('o.id IN (:...ids)', { ids: [NO_ORGANISATION, ...refs.filter((r) => UUID.test(r))] })
      .orWhere('o.kvk_number IN (:...refs)', { refs: ['', ...refs] })
      .orWhere('o.brin_code IN (:...brins)', { brins: ['', ...refs.map((r) => r.toUpperCase())] })
      .orWhere('lower(o.name) IN (:...names)', { names: ['', ...refs.map(key)] })
      .setLock('pessimistic_read')
      .getMany();
    const skills = new Map<string, string[]>();
    for (const skill of await manager.getRepository(SkillEntity).find()) {
      for (const name of [skill.code, skill.labelNl, skill.labelEn]) addTo(skills, name, skill.id);
    }
    const municipalities = new Map<string, string>();
    for (const municipality of await manager.getRepository(MunicipalityEntity).find()) {
      municipalities.set(key(municipality.code), municipality.code);
      municipalities.set(key(municipality.name), municipality.code);
    }
    const levels = new Map<string, EducationLevel>();
    for (const level of await manager.getRepository(EducationLevelReferenceEntity).find()) {
      for (const name of [level.code, level.nameNl, level.nameEn])
        levels.set(key(name), level.code);
    }
    return new ReferenceData(organisations, skills, municipalities, levels);
  }

  /**
   * The organisation a cell names (by id, KvK number, BRIN code or name), which
   * must be active and of a helix that posts this kind of listing.
   */
  organisation(
    ref: string,
    posters: Posters,
    column: string,
  ): { organisation: OrganisationEntity | null; problems: RowProblem[] } {
    const text = ref.trim();
    if (!text) return { organisation: null, problems: [] }; // the input's own check reports it
    const all = this.organisations.filter(
      (o) =>
        o.id === text.toLowerCase() ||
        o.kvkNumber === text ||
        o.brinCode === text.toUpperCase() ||
        key(o.name) === key(text),
    );
    const fitting = all.filter((o) => posters.helices.includes(o.helix));
    const matches = fitting.length > 0 ? fitting : all;
    const problem = (messageKey: string, message: string) => ({
      organisation: null,
      problems: [{ field: column, messageKey, message }],
    });
    if (matches.length === 0)
      return problem(
        'validation.organisation.unknown',
        `No organisation "${text}": use its name, id, KvK number or BRIN code.`,
      );
    if (matches.length > 1)
      return problem(
        'validation.organisation.ambiguous',
        `Several organisations match "${text}": use the organisation's name or id.`,
      );
    const [organisation] = matches;
    if (!posters.helices.includes(organisation.helix))
      return problem(posters.messageKey, posters.message);
    if (organisation.status !== OrganisationStatus.ACTIVE)
      return problem('errors.organisations.notActive', 'Only approved organisations can post.');
    return { organisation, problems: [] };
  }

  /** The ids of skills named by code (slug), Dutch or English label; problems for the rest. */
  skillIds(names: string[], column: string): { ids: string[]; problems: RowProblem[] } {
    const ids: string[] = [];
    const problems: RowProblem[] = [];
    for (const name of names) {
      const found = this.skills.get(key(name)) ?? [];
      if (found.length === 1) ids.push(found[0]);
      else
        problems.push({
          field: column,
          messageKey:
            found.length === 0 ? 'validation.skills.unknown' : 'validation.skills.ambiguous',
          message:
            found.length === 0
              ? `Unknown skill "${name}": use the skill's code or its Dutch or English label.`
              : `Several skills are called "${name}": use the skill's code.`,
        });
    }
    return { ids, problems };
  }

  /** The CBS code of a municipality named by code or name; as written when unknown. */
  municipality(cell: string): string {
    return this.municipalities.get(key(cell)) ?? cell.trim();
  }

  municipalityExists(code: string): boolean {
    return this.municipalities.has(key(code));
  }

  /** The level named by code (MBO_4) or Dutch or English name; as written when unknown. */
  level(cell: string): string {
    return this.levels.get(key(cell)) ?? cell.trim();
  }
}

/** An enum value from a cell: case, spaces and hyphens do not matter; Dutch names by `aliases`. */
export function enumCell(cell: string, aliases: Readonly<Record<string, string>> = {}): string {
  const code = cell
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return aliases[code] ?? code;
}

/**
 * Runs the input's class-validator rules on a row turned into a Create…Input,
 * naming the template's columns instead of the input's fields.
 */
export async function validateRow<T extends object>(
  type: ClassConstructor<T>,
  plain: Record<string, unknown>,
  columnOf: Readonly<Record<string, string>>,
): Promise<{ input: T; problems: RowProblem[] }> {
  const input = plainToInstance(type, plain);
  const errors = await validate(input, { forbidUnknownValues: true });
  if (errors.length === 0) return { input, problems: [] };
  const fields = validationErrorToGraphQL(errors).extensions['fields'] as FieldProblem[];
  return { input, problems: fields.map((problem) => toColumn(problem, columnOf)) };
}

function toColumn(problem: FieldProblem, columnOf: Readonly<Record<string, string>>): RowProblem {
  const property = problem.field.split('.')[0];
  const column = columnOf[property] ?? property;
  return {
    field: column,
    messageKey: problem.messageKey,
    message: problem.message.replace(new RegExp(`\\b${property}\\b`), column),
  };
}

/** Runs a shared listing rule (e.g. checkPeriod); what it refuses becomes the row's problems. */
export function checkRule(
  rule: () => void,
  columnOf: Readonly<Record<string, string>>,
): RowProblem[] {
  try {
    rule();
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const fields = error.extensions['fields'] as FieldProblem[] | undefined;
    if (fields?.length) return fields.map((problem) => toColumn(problem, columnOf));
    return [
      { field: null, messageKey: String(error.extensions['messageKey']), message: error.message },
    ];
  }
}

/** Imported listings are open unless the `status` column says draft (or concept). */
export function importStatus(cell: string): NeedStatus | RowProblem {
  const status = enumCell(cell, { CONCEPT: NeedStatus.DRAFT });
  if (status === '' || status === NeedStatus.OPEN) return NeedStatus.OPEN;
  if (status === NeedStatus.DRAFT) return NeedStatus.DRAFT;
  return {
    field: 'status',
    messageKey: 'validation.status.importable',
    message: 'status must be OPEN or DRAFT (or empty for OPEN).',
  };
}

/** Whether a value is a checked yyyy-mm-dd date (so the period rule may compare it). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}
