import type {
  BarrierCode,
  MatchExplanationFieldsFragment,
  SkillImportance,
} from '../generated/graphql';

/** The five score components of product.md §5, in the order the page shows them. */
export const componentNames = ['skills', 'level', 'period', 'reach', 'theme'] as const;
export type ComponentName = (typeof componentNames)[number];

export interface SkillLabel {
  readonly labelNl: string;
  readonly labelEn: string;
}

export interface ExplanationSkill {
  readonly id: string;
  /** null when the taxonomy did not name the id (the page shows the id). */
  readonly label: SkillLabel | null;
  /** Must-have or nice-to-have; null when the listing does not rank its skills. */
  readonly importance: SkillImportance | null;
}

export interface ExplanationBarrier {
  readonly code: BarrierCode;
  /** The interpolation parameters of its text (matching.barrier.<code>). */
  readonly params: Readonly<Record<string, string | number>>;
}

/** One match's "why", whether it came typed (recommendations) or as the engine's JSON (rounds). */
export interface Explanation {
  readonly components: Readonly<Record<ComponentName, number | null>>;
  readonly weights: Readonly<Record<ComponentName, number>>;
  readonly matched: readonly ExplanationSkill[];
  readonly partial: readonly ExplanationSkill[];
  readonly missing: readonly ExplanationSkill[];
  readonly barriers: readonly ExplanationBarrier[];
  readonly travelMinutes: number | null;
  readonly bikeMinutes: number | null;
  readonly overlapDays: number | null;
}

const barrierCodes: readonly BarrierCode[] = [
  'UNREACHABLE',
  'REACH_UNKNOWN',
  'NO_COMPENSATION',
  'PERIOD_GAP',
  'LANGUAGE',
];

function barrierParams(
  code: BarrierCode,
  values: {
    travelMinutes?: unknown;
    maxTravelMinutes?: unknown;
    municipality?: unknown;
    demandDays?: unknown;
    supplyDays?: unknown;
    languages?: unknown;
  },
): Record<string, string | number> {
  const num = (value: unknown) => (typeof value === 'number' ? value : 0);
  switch (code) {
    case 'UNREACHABLE':
      return {
        travelMinutes: num(values.travelMinutes),
        maxTravelMinutes: num(values.maxTravelMinutes),
      };
    case 'REACH_UNKNOWN':
      return { municipality: typeof values.municipality === 'string' ? values.municipality : '' };
    case 'PERIOD_GAP':
      return { demandDays: num(values.demandDays), supplyDays: num(values.supplyDays) };
    case 'LANGUAGE':
      return {
        languages: Array.isArray(values.languages)
          ? values.languages.filter((l) => typeof l === 'string').join(', ')
          : '',
      };
    case 'NO_COMPENSATION':
      return {};
  }
}

/** A recommendation's explanation, as the API types it. */
export function fromMatchExplanation(fragment: MatchExplanationFieldsFragment): Explanation {
  const skill = (s: MatchExplanationFieldsFragment['matchedSkills'][number]): ExplanationSkill => ({
    id: s.skill.id,
    label: { labelNl: s.skill.labelNl, labelEn: s.skill.labelEn },
    importance: s.importance,
  });
  const { skills, level, period, reach, theme } = fragment.components;
  const w = fragment.weights;
  return {
    components: { skills, level, period, reach, theme },
    weights: { skills: w.skills, level: w.level, period: w.period, reach: w.reach, theme: w.theme },
    matched: fragment.matchedSkills.map(skill),
    partial: fragment.partialSkills.map(skill),
    missing: fragment.missingSkills.map(skill),
    barriers: fragment.barriers.map((b) => ({
      code: b.code,
      params: barrierParams(b.code, {
        travelMinutes: b.travelMinutes,
        maxTravelMinutes: b.maxTravelMinutes,
        municipality: b.municipalityCode,
        demandDays: b.uncoveredDemandDays,
        supplyDays: b.uncoveredSupplyDays,
        languages: b.missingLanguages,
      }),
    })),
    travelMinutes: fragment.travelMinutes,
    bikeMinutes: fragment.bikeMinutes,
    overlapDays: fragment.overlapDays,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

/**
 * The engine's explanation as a round or an introduction stores it (JSON: skill ids, not
 * labels); null when it is missing or not an explanation. `skills` names the ids.
 */
export function fromEngineExplanation(
  json: unknown,
  skills: ReadonlyMap<string, SkillLabel>,
): Explanation | null {
  if (!isRecord(json) || !isRecord(json['components'])) return null;
  const components = json['components'];
  const weights = isRecord(json['weights']) ? json['weights'] : {};
  const skillList = (value: unknown): ExplanationSkill[] =>
    (Array.isArray(value) ? value : []).filter(isRecord).flatMap((entry) => {
      const id = entry['skill'];
      if (typeof id !== 'string') return [];
      const importance = entry['importance'];
      return [
        {
          id,
          label: skills.get(id) ?? null,
          importance:
            importance === 'MUST_HAVE' || importance === 'NICE_TO_HAVE' ? importance : null,
        },
      ];
    });
  const barriers = (Array.isArray(json['barriers']) ? json['barriers'] : [])
    .filter(isRecord)
    .flatMap((b): ExplanationBarrier[] => {
      const code = barrierCodes.find((c) => c === b['code']);
      return code
        ? [
            {
              code,
              params: barrierParams(code, {
                travelMinutes: b['travelMinutes'],
                maxTravelMinutes: b['maxTravelMinutes'],
                municipality: b['municipality'],
                demandDays: b['uncoveredDemandDays'],
                supplyDays: b['uncoveredSupplyDays'],
                languages: b['missing'],
              }),
            },
          ]
        : [];
    });
  const record = <T>(read: (value: unknown) => T) =>
    Object.fromEntries(componentNames.map((name) => [name, read(components[name])])) as Record<
      ComponentName,
      T
    >;
  return {
    components: record(numberOrNull),
    weights: Object.fromEntries(
      componentNames.map((name) => [name, numberOrNull(weights[name]) ?? 0]),
    ) as Record<ComponentName, number>,
    matched: skillList(json['matchedSkills']),
    partial: skillList(json['partialSkills']),
    missing: skillList(json['missingSkills']),
    barriers,
    travelMinutes: numberOrNull(json['travelMinutes']),
    bikeMinutes: numberOrNull(json['bikeMinutes']),
    overlapDays: numberOrNull(json['overlapDays']),
  };
}

/** A share in [0, 1] as a whole percentage. */
export function percent(value: number): number {
  return Math.round(value * 100);
}
