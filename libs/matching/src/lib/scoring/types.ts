import {
  Ecosystem,
  EducationLevel,
  SkillCategory,
  SkillImportance,
  Theme,
} from '@knooppunt/domain';
import { Place } from './travel';

/** A skill of the taxonomy, by id, with its category (for partial credit). */
export interface SkillRef {
  skill: string;
  category: SkillCategory;
}

export interface RequiredSkill extends SkillRef {
  importance: SkillImportance;
}

/**
 * The asking side of a pair: an internship need, a challenge, or a company looking for a
 * minor. Optional fields that are absent make their component "not applicable": it is left
 * out and the other weights count proportionally more.
 */
export interface DemandProfile {
  id: string;
  /** Accepted education levels; absent or empty = any level. */
  levels?: readonly EducationLevel[];
  skills: readonly RequiredSkill[];
  /** Inclusive ISO dates (yyyy-mm-dd). */
  start?: string;
  end?: string;
  /** CBS code. */
  municipality?: string;
  themes?: readonly Theme[];
  ecosystem?: Ecosystem;
  /** False when the need offers no internship compensation (a barrier). */
  compensation?: boolean;
  /** Languages the work needs (e.g. 'nl', 'en'). */
  languages?: readonly string[];
}

/** The offering side: a cohort of students, or a minor. */
export interface SupplyProfile {
  id: string;
  level?: EducationLevel;
  skills: readonly SkillRef[];
  start?: string;
  end?: string;
  municipality?: string;
  /** The longest public transport trip the students can make; default from the options. */
  maxTravelMinutes?: number;
  /** Explicit themes; themes implied by skill categories are added. */
  themes?: readonly Theme[];
  ecosystem?: Ecosystem;
  /** Languages the students speak. */
  languages?: readonly string[];
}

/** An internship need as the API maps it (places = interns asked). */
export interface InternshipNeedProfile extends DemandProfile {
  levels: readonly EducationLevel[];
  start: string;
  end: string;
  municipality: string;
  themes: readonly Theme[];
  ecosystem: Ecosystem;
  compensation: boolean;
  places: number;
}

/** A cohort of students seeking internships. */
export interface CohortProfile extends SupplyProfile {
  level: EducationLevel;
  start: string;
  end: string;
  municipality: string;
  maxTravelMinutes: number;
  students: number;
  ecosystem: Ecosystem;
}

/** A minor (or retraining programme, masterclass) seeking partners and challenges. */
export interface MinorProfile extends SupplyProfile {
  level: EducationLevel;
  municipality: string;
}

/** A company as a possible partner of a minor: the skills it looks for, where it is. */
export interface CompanyProfile extends DemandProfile {
  municipality: string;
}

/** A company's or municipality's practical question for a minor or a student team. */
export interface ChallengeProfile extends DemandProfile {
  municipality: string;
}

export type ComponentName = 'skills' | 'level' | 'period' | 'reach' | 'theme';

export const COMPONENTS: readonly ComponentName[] = ['skills', 'level', 'period', 'reach', 'theme'];

export type Weights = Readonly<Record<ComponentName, number>>;

/** Default weights: skills count most; the other four equally. They are normalised to sum 1. */
export const DEFAULT_WEIGHTS: Weights = {
  skills: 0.4,
  level: 0.15,
  period: 0.15,
  reach: 0.15,
  theme: 0.15,
};

export interface ScoringOptions {
  weights?: Partial<Weights>;
  /** Weight of a must-have skill relative to a nice-to-have one (default 2 : 1). */
  mustHaveWeight?: number;
  niceToHaveWeight?: number;
  /** Credit for a missing skill when the supply has another skill of its category (0.25). */
  categoryCredit?: number;
  /** Travel limit when the supply has none (45 minutes). */
  defaultMaxTravelMinutes?: number;
  /** Places other than the six municipalities (national scale). */
  places?: Readonly<Record<string, Place>>;
  /** Decimals of the score and components (4). */
  decimals?: number;
}

/** Why a pair is listed with reservations; the pair still counts. */
export type Barrier =
  | { code: 'UNREACHABLE'; travelMinutes: number; maxTravelMinutes: number }
  | { code: 'REACH_UNKNOWN'; municipality: string }
  | { code: 'NO_COMPENSATION' }
  | { code: 'PERIOD_GAP'; uncoveredDemandDays: number; uncoveredSupplyDays: number }
  | { code: 'LANGUAGE'; missing: string[] };

export type BarrierCode = Barrier['code'];

/** Why a pair is excluded (a hard constraint), instead of scored low. */
export type Exclusion =
  | { code: 'LEVEL_FAMILY'; level: EducationLevel; accepted: EducationLevel[] }
  | { code: 'NO_PERIOD_OVERLAP' };

export interface SkillMatch {
  skill: string;
  importance: SkillImportance;
  category: SkillCategory;
}

export interface MatchExplanation {
  /** Each component in [0, 1], or null when it does not apply to this pair. */
  components: Record<ComponentName, number | null>;
  /** The weights used, normalised over the components that apply. */
  weights: Record<ComponentName, number>;
  /** Required skills the supply has. */
  matchedSkills: SkillMatch[];
  /** Required skills the supply lacks but has another skill of the same category for. */
  partialSkills: SkillMatch[];
  /** Required skills without any credit. */
  missingSkills: SkillMatch[];
  barriers: Barrier[];
  travelMinutes: number | null;
  bikeMinutes: number | null;
  overlapDays: number | null;
}

export type PairScore =
  | {
      admissible: true;
      demandId: string;
      supplyId: string;
      score: number;
      explanation: MatchExplanation;
    }
  | { admissible: false; demandId: string; supplyId: string; exclusions: Exclusion[] };
