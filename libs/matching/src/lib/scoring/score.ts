import {
  EDUCATION_LEVELS,
  EducationLevelFamily,
  SKILL_CATEGORIES,
  SkillCategory,
  SkillImportance,
  Theme,
  familyOfLevel,
  rankOfLevel,
} from '@knooppunt/domain';
import { REGION_PLACES, TravelTable } from './travel';
import {
  Barrier,
  COMPONENTS,
  ComponentName,
  DEFAULT_WEIGHTS,
  DemandProfile,
  Exclusion,
  MatchExplanation,
  PairScore,
  ScoringOptions,
  SkillMatch,
  SupplyProfile,
  Weights,
} from './types';

const FAMILIES: readonly EducationLevelFamily[] = [
  EducationLevelFamily.MBO,
  EducationLevelFamily.HBO,
  EducationLevelFamily.WO,
];
const THEMES: readonly Theme[] = Object.values(Theme);
/** Themes implied by a skill category (a cohort strong in digital skills carries "digital"). */
const CATEGORY_THEME: Partial<Record<SkillCategory, Theme>> = {
  [SkillCategory.DIGITAL]: Theme.DIGITAL,
  [SkillCategory.SUSTAINABLE]: Theme.SUSTAINABILITY,
  [SkillCategory.TECHNICAL]: Theme.TECHNICAL,
};
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date, NaN when absent; throws on a malformed date. */
function dayNumber(date: string | undefined, field: string): number {
  if (date === undefined) return NaN;
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`${field} must be an ISO date (yyyy-mm-dd), got "${date}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

function popcount(x: number): number {
  let count = 0;
  for (let v = x; v; v &= v - 1) count++;
  return count;
}

function themeMask(themes: readonly Theme[] | undefined): number {
  let mask = 0;
  for (const theme of themes ?? []) mask |= 1 << THEMES.indexOf(theme);
  return mask;
}

/** A demand in the form the scorer reads fast (ids as integers, dates as day numbers). */
export interface CompiledDemand {
  profile: DemandProfile;
  skillIds: Int32Array;
  skillCats: Int32Array;
  skillWeights: Float64Array;
  /** Per skill (merged): name, category and whether it is a must-have, for explanations. */
  skillList: SkillMatch[];
  totalSkillWeight: number;
  levelRanks: Int32Array;
  familyMask: number;
  start: number;
  end: number;
  place: number;
  themeMask: number;
  themeCount: number;
  ecosystem: string | undefined;
}

export interface CompiledSupply {
  profile: SupplyProfile;
  /** Sorted. */
  skillIds: Int32Array;
  categoryMask: number;
  level: number;
  family: number;
  start: number;
  end: number;
  place: number;
  maxTravelMinutes: number;
  themeMask: number;
  ecosystem: string | undefined;
}

/** The options with their defaults, checked. */
/** The scoring options with their defaults filled in. */
export interface ScoringSettings {
  weights: Weights;
  mustHaveWeight: number;
  niceToHaveWeight: number;
  categoryCredit: number;
  defaultMaxTravelMinutes: number;
  factor: number;
}

function settingsOf(options: ScoringOptions): ScoringSettings {
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  for (const name of COMPONENTS) {
    if (!(weights[name] >= 0) || !Number.isFinite(weights[name])) {
      throw new RangeError(`weights.${name} must be a finite number ≥ 0`);
    }
  }
  const categoryCredit = options.categoryCredit ?? 0.25;
  if (!(categoryCredit >= 0 && categoryCredit <= 1)) {
    throw new RangeError('categoryCredit must be in [0, 1]');
  }
  return {
    weights,
    mustHaveWeight: options.mustHaveWeight ?? 2,
    niceToHaveWeight: options.niceToHaveWeight ?? 1,
    categoryCredit,
    defaultMaxTravelMinutes: options.defaultMaxTravelMinutes ?? 45,
    factor: 10 ** (options.decimals ?? 4),
  };
}

/** Collects the explanation while scoring; absent when only the score is wanted. */
interface Sink {
  components: Record<ComponentName, number | null>;
  matchedSkills: SkillMatch[];
  partialSkills: SkillMatch[];
  missingSkills: SkillMatch[];
  barriers: Barrier[];
  exclusions: Exclusion[];
  travelMinutes: number | null;
  bikeMinutes: number | null;
  overlapDays: number | null;
}

/**
 * Scores pairs per product.md §5. Build one per set of options and reuse it: it keeps the
 * skill registry and the travel table, and compiles profiles once for ranking.
 */
export class Scorer {
  readonly settings: ScoringSettings;
  readonly travel: TravelTable;
  private readonly skillIndex = new Map<string, number>();

  constructor(options: ScoringOptions = {}) {
    this.settings = settingsOf(options);
    this.travel = new TravelTable(options.places ?? REGION_PLACES);
  }

  /** Integer id of a skill (registered on first sight). */
  skillId(skill: string): number {
    let id = this.skillIndex.get(skill);
    if (id === undefined) {
      id = this.skillIndex.size;
      this.skillIndex.set(skill, id);
    }
    return id;
  }

  /** Integer id of a known skill, or −1. */
  knownSkillId(skill: string): number {
    return this.skillIndex.get(skill) ?? -1;
  }

  compileDemand(profile: DemandProfile): CompiledDemand {
    // One entry per skill: a skill listed twice counts once, at its highest importance.
    const bySkill = new Map<string, { category: SkillCategory; mustHave: boolean }>();
    for (const s of profile.skills) {
      const seen = bySkill.get(s.skill);
      const mustHave = s.importance === SkillImportance.MUST_HAVE;
      bySkill.set(s.skill, {
        category: s.category,
        mustHave: mustHave || (seen?.mustHave ?? false),
      });
    }
    const skills = [...bySkill.entries()];
    const skillWeights = Float64Array.from(skills, ([, s]) =>
      s.mustHave ? this.settings.mustHaveWeight : this.settings.niceToHaveWeight,
    );
    const levels = profile.levels ?? [];
    let familyMask = 0;
    for (const level of levels) familyMask |= 1 << FAMILIES.indexOf(familyOfLevel(level));
    return {
      profile,
      skillIds: Int32Array.from(skills, ([skill]) => this.skillId(skill)),
      skillCats: Int32Array.from(skills, ([, s]) => SKILL_CATEGORIES.indexOf(s.category)),
      skillWeights,
      skillList: skills.map(([skill, s]) => ({
        skill,
        category: s.category,
        importance: s.mustHave ? SkillImportance.MUST_HAVE : SkillImportance.NICE_TO_HAVE,
      })),
      totalSkillWeight: skillWeights.reduce((a, b) => a + b, 0),
      levelRanks: Int32Array.from(levels, rankOfLevel),
      familyMask,
      start: dayNumber(profile.start, `${profile.id}.start`),
      end: dayNumber(profile.end, `${profile.id}.end`),
      place: profile.municipality === undefined ? -2 : this.travel.indexOf(profile.municipality),
      themeMask: themeMask(profile.themes),
      themeCount: popcount(themeMask(profile.themes)),
      ecosystem: profile.ecosystem,
    };
  }

  compileSupply(profile: SupplyProfile): CompiledSupply {
    let categoryMask = 0;
    let derivedThemes = 0;
    for (const s of profile.skills) {
      categoryMask |= 1 << SKILL_CATEGORIES.indexOf(s.category);
      const theme = CATEGORY_THEME[s.category];
      if (theme) derivedThemes |= 1 << THEMES.indexOf(theme);
    }
    const skillIds = Int32Array.from(
      new Set(profile.skills.map((s) => this.skillId(s.skill))),
    ).sort();
    return {
      profile,
      skillIds,
      categoryMask,
      level: profile.level === undefined ? -1 : rankOfLevel(profile.level),
      family: profile.level === undefined ? -1 : FAMILIES.indexOf(familyOfLevel(profile.level)),
      start: dayNumber(profile.start, `${profile.id}.start`),
      end: dayNumber(profile.end, `${profile.id}.end`),
      place: profile.municipality === undefined ? -2 : this.travel.indexOf(profile.municipality),
      maxTravelMinutes: profile.maxTravelMinutes ?? this.settings.defaultMaxTravelMinutes,
      themeMask: themeMask(profile.themes) | derivedThemes,
      ecosystem: profile.ecosystem,
    };
  }

  /**
   * The score of a compiled pair, or −1 when a hard constraint excludes it. With
   * `skillsUpper` (a bound on the skills component) and `threshold`, returns −2 as soon as the
   * pair provably scores below the threshold.
   */
  scoreCompiled(
    d: CompiledDemand,
    s: CompiledSupply,
    skillsUpper = -1,
    threshold = -Infinity,
  ): number {
    return this.evaluate(d, s, null, skillsUpper, threshold);
  }

  /** The score and its explanation (or the exclusions) of a compiled pair. */
  explainCompiled(d: CompiledDemand, s: CompiledSupply): PairScore {
    const sink: Sink = {
      components: { skills: null, level: null, period: null, reach: null, theme: null },
      matchedSkills: [],
      partialSkills: [],
      missingSkills: [],
      barriers: [],
      exclusions: [],
      travelMinutes: null,
      bikeMinutes: null,
      overlapDays: null,
    };
    const score = this.evaluate(d, s, sink);
    const demandId = d.profile.id;
    const supplyId = s.profile.id;
    if (score < 0) return { admissible: false, demandId, supplyId, exclusions: sink.exclusions };
    const applicable = COMPONENTS.filter((c) => sink.components[c] !== null);
    const total = applicable.reduce((sum, c) => sum + this.settings.weights[c], 0);
    const weights = { skills: 0, level: 0, period: 0, reach: 0, theme: 0 };
    for (const c of applicable)
      weights[c] = total > 0 ? this.round(this.settings.weights[c] / total) : 0;
    const explanation: MatchExplanation = {
      components: sink.components,
      weights,
      matchedSkills: sink.matchedSkills,
      partialSkills: sink.partialSkills,
      missingSkills: sink.missingSkills,
      barriers: sink.barriers,
      travelMinutes: sink.travelMinutes,
      bikeMinutes: sink.bikeMinutes,
      overlapDays: sink.overlapDays,
    };
    return { admissible: true, demandId, supplyId, score, explanation };
  }

  /** Scores any demand against any supply, with the explanation. */
  score(demand: DemandProfile, supply: SupplyProfile): PairScore {
    return this.explainCompiled(this.compileDemand(demand), this.compileSupply(supply));
  }

  /**
   * An upper bound on the score of any supply like `s` in level, place, travel limit and
   * ecosystem (its skills, period and themes unknown), given an upper bound on its skills
   * component; −1 when the level family excludes it. Unknown components count as 1 and as
   * applicable: adding a component worth 1 never lowers a weighted mean of values ≤ 1.
   */
  upperBound(d: CompiledDemand, s: CompiledSupply, skillsUpper: number): number {
    const parts = this.boundParts(d, s);
    if (!parts) return -1;
    return parts.weightSum > 0
      ? (parts.fixed + this.settings.weights.skills * skillsUpper) / parts.weightSum
      : 0;
  }

  /**
   * The bound of {@link upperBound} split as (fixed + w_skills · skillsUpper) / weightSum, so
   * a caller can try many skill bounds cheaply; null when the level family excludes the pair.
   */
  boundParts(d: CompiledDemand, s: CompiledSupply): { fixed: number; weightSum: number } | null {
    if (d.familyMask !== 0 && s.family >= 0 && (d.familyMask & (1 << s.family)) === 0) return null;
    const w = this.settings.weights;
    let fixed = w.period;
    let weightSum = w.skills + w.period;
    if (d.levelRanks.length > 0 && s.level >= 0) {
      fixed += w.level * levelScore(d, s);
      weightSum += w.level;
    }
    if (d.place >= 0 && s.place >= 0) {
      fixed += w.reach * this.reach(d, s);
      weightSum += w.reach;
    }
    const eco = d.ecosystem !== undefined && s.ecosystem !== undefined;
    fixed += w.theme * (eco && d.ecosystem !== s.ecosystem ? 0.5 : 1);
    weightSum += w.theme;
    return { fixed, weightSum };
  }

  private reach(d: CompiledDemand, s: CompiledSupply): number {
    const minutes = this.travel.minutesAt(d.place, s.place);
    const limit = s.maxTravelMinutes;
    return Math.max(0, Math.min(1, (2 * limit - minutes) / Math.max(1e-9, 2 * limit - 15)));
  }

  private round(x: number): number {
    return Math.round(x * this.settings.factor) / this.settings.factor;
  }

  // One code path for ranking (sink = null) and explanations, so both give the same score.
  private evaluate(
    d: CompiledDemand,
    s: CompiledSupply,
    sink: Sink | null,
    skillsUpper = -1,
    threshold = -Infinity,
  ): number {
    const settings = this.settings;
    // Hard constraints.
    let excluded = false;
    if (d.familyMask !== 0 && s.family >= 0 && (d.familyMask & (1 << s.family)) === 0) {
      if (!sink) return -1;
      excluded = true;
      sink.exclusions.push({
        code: 'LEVEL_FAMILY',
        level: EDUCATION_LEVELS[s.level],
        accepted: [...(d.profile.levels ?? [])],
      });
    }
    const periods = !Number.isNaN(d.start + d.end + s.start + s.end);
    const overlap = periods ? Math.min(d.end, s.end) - Math.max(d.start, s.start) + 1 : 0;
    if (periods && overlap <= 0) {
      if (!sink) return -1;
      excluded = true;
      sink.exclusions.push({ code: 'NO_PERIOD_OVERLAP' });
    }
    if (excluded) return -1;

    let weighted = 0;
    let weightSum = 0;
    const w = settings.weights;

    // Level: exact 1, adjacent (same family) 0.5, further 0.
    if (d.levelRanks.length > 0 && s.level >= 0) {
      const level = levelScore(d, s);
      weighted += w.level * level;
      weightSum += w.level;
      if (sink) sink.components.level = level;
    }

    // Period: overlap over the longer of the two periods.
    if (periods) {
      const demandDays = d.end - d.start + 1;
      const supplyDays = s.end - s.start + 1;
      const period = overlap / Math.max(demandDays, supplyDays);
      weighted += w.period * period;
      weightSum += w.period;
      if (sink) {
        sink.components.period = this.round(period);
        sink.overlapDays = overlap;
        if (overlap < Math.min(demandDays, supplyDays)) {
          sink.barriers.push({
            code: 'PERIOD_GAP',
            uncoveredDemandDays: demandDays - overlap,
            uncoveredSupplyDays: supplyDays - overlap,
          });
        }
      }
    }

    // Reach: 1 up to 15 minutes, falling to 0 at twice the travel limit.
    if (d.place >= 0 && s.place >= 0) {
      const minutes = this.travel.minutesAt(d.place, s.place);
      const limit = s.maxTravelMinutes;
      const reach = this.reach(d, s);
      weighted += w.reach * reach;
      weightSum += w.reach;
      if (sink) {
        sink.components.reach = this.round(reach);
        sink.travelMinutes = minutes;
        const estimate = this.travel.estimateAt(d.place, s.place);
        sink.bikeMinutes = estimate.bikeMinutes;
        if (minutes > limit) {
          sink.barriers.push({
            code: 'UNREACHABLE',
            travelMinutes: minutes,
            maxTravelMinutes: limit,
          });
        }
      }
    } else if (sink && (d.place === -1 || s.place === -1)) {
      const unknown = d.place === -1 ? d.profile.municipality : s.profile.municipality;
      sink.barriers.push({ code: 'REACH_UNKNOWN', municipality: unknown ?? '' });
    }

    // Theme: same ecosystem, and the share of the demand's themes the supply carries.
    let parts = 0;
    let themeSum = 0;
    if (d.ecosystem !== undefined && s.ecosystem !== undefined) {
      parts++;
      themeSum += d.ecosystem === s.ecosystem ? 1 : 0;
    }
    if (d.themeCount > 0) {
      parts++;
      themeSum += popcount(d.themeMask & s.themeMask) / d.themeCount;
    }
    if (parts > 0) {
      const theme = themeSum / parts;
      weighted += w.theme * theme;
      weightSum += w.theme;
      if (sink) sink.components.theme = this.round(theme);
    }

    // Ranking passes an upper bound on the skills component and the score to beat: skip the
    // skills work when even that bound cannot reach it.
    if (skillsUpper >= 0 && weightSum + w.skills > 0) {
      const bound = (weighted + w.skills * skillsUpper) / (weightSum + w.skills);
      if (Math.round(bound * settings.factor) / settings.factor < threshold) return -2;
    }

    // Skills: weighted share of the required skills the supply brings.
    let skills = 1;
    const n = d.skillIds.length;
    if (n > 0) {
      let credit = 0;
      for (let x = 0; x < n; x++) {
        const has = binarySearch(s.skillIds, d.skillIds[x]);
        const partial = !has && (s.categoryMask & (1 << d.skillCats[x])) !== 0;
        credit += d.skillWeights[x] * (has ? 1 : partial ? settings.categoryCredit : 0);
        if (sink) {
          const entry = { ...d.skillList[x] };
          (has ? sink.matchedSkills : partial ? sink.partialSkills : sink.missingSkills).push(
            entry,
          );
        }
      }
      skills = d.totalSkillWeight > 0 ? credit / d.totalSkillWeight : 1;
    }
    weighted += w.skills * skills;
    weightSum += w.skills;
    if (sink) sink.components.skills = this.round(skills);

    if (sink) {
      if (d.profile.compensation === false) sink.barriers.push({ code: 'NO_COMPENSATION' });
      const needed = d.profile.languages ?? [];
      const spoken = s.profile.languages;
      if (needed.length && spoken) {
        const missing = needed.filter((l) => !spoken.includes(l));
        if (missing.length) sink.barriers.push({ code: 'LANGUAGE', missing });
      }
    }
    return weightSum > 0 ? this.round(weighted / weightSum) : 0;
  }
}

/** Level: exact 1, adjacent within the family 0.5, further 0. */
const RANK_FAMILY = Int32Array.from(EDUCATION_LEVELS, (level) =>
  FAMILIES.indexOf(familyOfLevel(level)),
);

function levelScore(d: CompiledDemand, s: CompiledSupply): number {
  let best = Infinity;
  for (let x = 0; x < d.levelRanks.length; x++) {
    const r = d.levelRanks[x];
    if (RANK_FAMILY[r] !== s.family) continue;
    best = Math.min(best, Math.abs(r - s.level));
  }
  return best === 0 ? 1 : best === 1 ? 0.5 : 0;
}

function binarySearch(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid];
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const defaultScorer = new Scorer();

function scorerFor(options?: ScoringOptions): Scorer {
  return options ? new Scorer(options) : defaultScorer;
}

/** Scores a demand (need, challenge, company) against a supply (cohort, minor). */
export function scorePair(
  demand: DemandProfile,
  supply: SupplyProfile,
  options?: ScoringOptions,
): PairScore {
  return scorerFor(options).score(demand, supply);
}

/** An internship need against a cohort. */
export function scoreNeedCohort(
  need: DemandProfile,
  cohort: SupplyProfile,
  options?: ScoringOptions,
): PairScore {
  return scorePair(need, cohort, options);
}

/** A minor against a possible company partner: the company's wanted skills are the demand. */
export function scoreMinorCompany(
  minor: SupplyProfile,
  company: DemandProfile,
  options?: ScoringOptions,
): PairScore {
  return scorePair(company, minor, options);
}

/** A challenge against a minor that could take it on. */
export function scoreChallengeMinor(
  challenge: DemandProfile,
  minor: SupplyProfile,
  options?: ScoringOptions,
): PairScore {
  return scorePair(challenge, minor, options);
}
