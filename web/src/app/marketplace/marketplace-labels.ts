import type {
  CohortSort,
  EducationLevel,
  NeedSort,
  NeedStatus,
  SkillImportance,
  WorkMode,
} from '../generated/graphql';

// Records over the generated enum types: a value the API adds fails the build
// until it has a translation key.
export const educationLevelLabelKeys: Readonly<Record<EducationLevel, string>> = {
  MBO_1: 'labels.educationLevel.MBO_1',
  MBO_2: 'labels.educationLevel.MBO_2',
  MBO_3: 'labels.educationLevel.MBO_3',
  MBO_4: 'labels.educationLevel.MBO_4',
  ASSOCIATE_DEGREE: 'labels.educationLevel.ASSOCIATE_DEGREE',
  HBO_BACHELOR: 'labels.educationLevel.HBO_BACHELOR',
  WO_BACHELOR: 'labels.educationLevel.WO_BACHELOR',
  WO_MASTER: 'labels.educationLevel.WO_MASTER',
};

export const needStatusLabelKeys: Readonly<Record<NeedStatus, string>> = {
  DRAFT: 'labels.needStatus.DRAFT',
  OPEN: 'labels.needStatus.OPEN',
  FILLED: 'labels.needStatus.FILLED',
  CLOSED: 'labels.needStatus.CLOSED',
};

export const workModeLabelKeys: Readonly<Record<WorkMode, string>> = {
  ON_SITE: 'labels.workMode.ON_SITE',
  HYBRID: 'labels.workMode.HYBRID',
};

export const skillImportanceLabelKeys: Readonly<Record<SkillImportance, string>> = {
  MUST_HAVE: 'labels.skillImportance.MUST_HAVE',
  NICE_TO_HAVE: 'labels.skillImportance.NICE_TO_HAVE',
};

export const needSortLabelKeys: Readonly<Record<NeedSort, string>> = {
  RELEVANCE: 'labels.listingSort.RELEVANCE',
  NEWEST: 'labels.listingSort.NEWEST',
  START_DATE: 'labels.listingSort.START_DATE',
  TITLE: 'labels.listingSort.TITLE',
};

export const cohortSortLabelKeys: Readonly<Record<CohortSort, string>> = {
  RELEVANCE: 'labels.listingSort.RELEVANCE',
  NEWEST: 'labels.listingSort.NEWEST',
  START_DATE: 'labels.listingSort.START_DATE',
  PROGRAMME: 'labels.listingSort.PROGRAMME',
};

/** Every enum value in a fixed order (levels from MBO 1 up), for selects and checkboxes. */
export const educationLevels = Object.keys(educationLevelLabelKeys) as EducationLevel[];
export const needStatuses = Object.keys(needStatusLabelKeys) as NeedStatus[];
export const workModes = Object.keys(workModeLabelKeys) as WorkMode[];
export const skillImportances = Object.keys(skillImportanceLabelKeys) as SkillImportance[];
export const needSorts = Object.keys(needSortLabelKeys) as NeedSort[];
export const cohortSorts = Object.keys(cohortSortLabelKeys) as CohortSort[];

/** DRAFT → OPEN → FILLED / CLOSED, as the API allows it (libs/domain canChangeNeedStatus). */
export const nextStatuses: Readonly<Record<NeedStatus, readonly NeedStatus[]>> = {
  DRAFT: ['OPEN', 'CLOSED'],
  OPEN: ['FILLED', 'CLOSED'],
  FILLED: ['OPEN', 'CLOSED'],
  CLOSED: [],
};
