import {
  EDUCATION_LEVELS,
  Ecosystem,
  EducationLevel,
  MUNICIPALITY_CODES,
  SKILL_CATEGORIES,
  SkillImportance,
  Theme,
  familyOfLevel,
} from '@knooppunt/domain';
import { SeededRandom } from '../random';
import { CohortProfile, InternshipNeedProfile, SkillRef } from '../scoring/types';

/**
 * Reproducible, roughly realistic random needs and cohorts for tests and benchmarks: skills
 * cluster in fields (a programme teaches mostly its field's skills), levels, periods (2027),
 * the six municipalities, both ecosystems.
 */
export interface RandomProfilesOptions {
  taxonomy: number;
  fields?: number;
  minSkills?: number;
  maxSkills?: number;
  /** Share of an item's skills taken from its own field (0.7). */
  focus?: number;
}

const ECOSYSTEMS = Object.values(Ecosystem);
const THEMES = Object.values(Theme);

export function randomTaxonomy(size: number): SkillRef[] {
  const width = String(size - 1).length;
  return Array.from({ length: size }, (_, i) => ({
    skill: `s${String(i).padStart(width, '0')}`,
    category: SKILL_CATEGORIES[i % SKILL_CATEGORIES.length],
  }));
}

class ProfileMaker {
  readonly random: SeededRandom;
  readonly taxonomy: SkillRef[];
  private readonly fields: number;

  constructor(
    seed: number,
    private readonly options: RandomProfilesOptions,
  ) {
    this.random = new SeededRandom(seed);
    this.taxonomy = randomTaxonomy(options.taxonomy);
    this.fields = Math.max(1, options.fields ?? 20);
  }

  skills(): SkillRef[] {
    const r = this.random;
    const count = r.int(this.options.minSkills ?? 3, this.options.maxSkills ?? 10);
    const field = r.int(0, this.fields - 1);
    const size = this.taxonomy.length;
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, size)) {
      if (r.next() < (this.options.focus ?? 0.7)) {
        const perField = Math.ceil(size / this.fields);
        const x = field + this.fields * r.int(0, perField - 1);
        if (x < size) chosen.add(x);
      } else chosen.add(r.int(0, size - 1));
    }
    return [...chosen].map((x) => this.taxonomy[x]);
  }

  period(): { start: string; end: string } {
    const r = this.random;
    const month = r.int(0, 9);
    const length = r.int(2, 6);
    const start = new Date(Date.UTC(2027, month, 1));
    const end = new Date(Date.UTC(2027, month + length, 0));
    return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
  }

  themes(): Theme[] {
    const r = this.random;
    return r.sample(THEMES.length, r.int(0, 2)).map((x) => THEMES[x]);
  }
}

export function randomNeeds(
  seed: number,
  count: number,
  options: RandomProfilesOptions,
): InternshipNeedProfile[] {
  const make = new ProfileMaker(seed, options);
  const r = make.random;
  const width = String(count - 1).length;
  return Array.from({ length: count }, (_, i) => {
    const level = r.pick(EDUCATION_LEVELS);
    const neighbour = EDUCATION_LEVELS[EDUCATION_LEVELS.indexOf(level) + 1] as
      | EducationLevel
      | undefined;
    const levels =
      neighbour && familyOfLevel(neighbour) === familyOfLevel(level) && r.next() < 0.5
        ? [level, neighbour]
        : [level];
    return {
      id: `n${String(i).padStart(width, '0')}`,
      levels,
      skills: make.skills().map((s) => ({
        ...s,
        importance: r.next() < 0.5 ? SkillImportance.MUST_HAVE : SkillImportance.NICE_TO_HAVE,
      })),
      ...make.period(),
      municipality: r.pick(MUNICIPALITY_CODES),
      themes: make.themes(),
      ecosystem: r.pick(ECOSYSTEMS),
      compensation: r.next() < 0.8,
      places: r.int(1, 10),
    };
  });
}

export function randomCohorts(
  seed: number,
  count: number,
  options: RandomProfilesOptions,
): CohortProfile[] {
  const make = new ProfileMaker(seed, options);
  const r = make.random;
  const width = String(count - 1).length;
  return Array.from({ length: count }, (_, i) => ({
    id: `c${String(i).padStart(width, '0')}`,
    level: r.pick(EDUCATION_LEVELS),
    skills: make.skills(),
    ...make.period(),
    municipality: r.pick(MUNICIPALITY_CODES),
    maxTravelMinutes: r.pick([30, 45, 60]),
    students: r.int(1, 10),
    ecosystem: r.pick(ECOSYSTEMS),
    themes: make.themes(),
  }));
}
