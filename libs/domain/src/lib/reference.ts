/** The two economic ecosystems of the region, and everything else. */
export enum Ecosystem {
  LOGISTICS_TRADE = 'LOGISTICS_TRADE',
  BUSINESS_FINANCE_ICT = 'BUSINESS_FINANCE_ICT',
  OTHER = 'OTHER',
}

/** Categories of the skills taxonomy. */
export enum SkillCategory {
  DIGITAL = 'DIGITAL',
  SUSTAINABLE = 'SUSTAINABLE',
  TECHNICAL = 'TECHNICAL',
  OTHER = 'OTHER',
}

export const SKILL_CATEGORIES: readonly SkillCategory[] = [
  SkillCategory.DIGITAL,
  SkillCategory.SUSTAINABLE,
  SkillCategory.TECHNICAL,
  SkillCategory.OTHER,
];

/** Dutch education levels, in ascending order. */
export enum EducationLevel {
  MBO_1 = 'MBO_1',
  MBO_2 = 'MBO_2',
  MBO_3 = 'MBO_3',
  MBO_4 = 'MBO_4',
  ASSOCIATE_DEGREE = 'ASSOCIATE_DEGREE',
  HBO_BACHELOR = 'HBO_BACHELOR',
  WO_BACHELOR = 'WO_BACHELOR',
  WO_MASTER = 'WO_MASTER',
}

/** Level families: a hard constraint in matching never crosses a family. */
export enum EducationLevelFamily {
  MBO = 'MBO',
  HBO = 'HBO',
  WO = 'WO',
}

export const EDUCATION_LEVELS: readonly EducationLevel[] = [
  EducationLevel.MBO_1,
  EducationLevel.MBO_2,
  EducationLevel.MBO_3,
  EducationLevel.MBO_4,
  EducationLevel.ASSOCIATE_DEGREE,
  EducationLevel.HBO_BACHELOR,
  EducationLevel.WO_BACHELOR,
  EducationLevel.WO_MASTER,
];

const LEVEL_FAMILY: Readonly<Record<EducationLevel, EducationLevelFamily>> = {
  [EducationLevel.MBO_1]: EducationLevelFamily.MBO,
  [EducationLevel.MBO_2]: EducationLevelFamily.MBO,
  [EducationLevel.MBO_3]: EducationLevelFamily.MBO,
  [EducationLevel.MBO_4]: EducationLevelFamily.MBO,
  [EducationLevel.ASSOCIATE_DEGREE]: EducationLevelFamily.HBO,
  [EducationLevel.HBO_BACHELOR]: EducationLevelFamily.HBO,
  [EducationLevel.WO_BACHELOR]: EducationLevelFamily.WO,
  [EducationLevel.WO_MASTER]: EducationLevelFamily.WO,
};

export function familyOfLevel(level: EducationLevel): EducationLevelFamily {
  return LEVEL_FAMILY[level];
}

/** Position of a level on the ladder (0 = MBO 1). */
export function rankOfLevel(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** CBS codes of the six Amstelland-Meerlanden municipalities. */
export enum MunicipalityCode {
  AALSMEER = 'GM0358',
  AMSTELVEEN = 'GM0362',
  DIEMEN = 'GM0384',
  HAARLEMMERMEER = 'GM0394',
  OUDER_AMSTEL = 'GM0437',
  UITHOORN = 'GM0451',
}

export const MUNICIPALITY_CODES: readonly MunicipalityCode[] = Object.values(MunicipalityCode);

const CBS_CODE = /^GM\d{4}$/;

/** True for a well-formed CBS municipality code (GM + four digits). */
export function isCbsMunicipalityCode(value: string): boolean {
  return CBS_CODE.test(value);
}

/** Public transport modes that serve a municipality. */
export enum TransitMode {
  BUS = 'BUS',
  TRAM = 'TRAM',
  METRO = 'METRO',
  TRAIN = 'TRAIN',
  INTERCITY = 'INTERCITY',
}

/** Themes that organisations, needs, minors and tables carry. */
export enum Theme {
  SUSTAINABILITY = 'SUSTAINABILITY',
  DIGITAL = 'DIGITAL',
  TECHNICAL = 'TECHNICAL',
  LOGISTICS = 'LOGISTICS',
  HORTICULTURE = 'HORTICULTURE',
  AVIATION = 'AVIATION',
  FINANCE = 'FINANCE',
  CARE = 'CARE',
  HOSPITALITY = 'HOSPITALITY',
  CONSTRUCTION = 'CONSTRUCTION',
}

/** Lifecycle of an organisation: pending until a coordinator approves it. */
export enum OrganisationStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  REJECTED = 'REJECTED',
}
