import type { SkillCategory, TransitMode } from '../generated/graphql';

// Records over the generated enum types: a value the API adds fails the build
// until it has a translation key.
export const transitModeLabelKeys: Readonly<Record<TransitMode, string>> = {
  BUS: 'reference.transitMode.BUS',
  TRAM: 'reference.transitMode.TRAM',
  METRO: 'reference.transitMode.METRO',
  TRAIN: 'reference.transitMode.TRAIN',
  INTERCITY: 'reference.transitMode.INTERCITY',
};

export const skillCategoryLabelKeys: Readonly<Record<SkillCategory, string>> = {
  DIGITAL: 'reference.skillCategory.DIGITAL',
  SUSTAINABLE: 'reference.skillCategory.SUSTAINABLE',
  TECHNICAL: 'reference.skillCategory.TECHNICAL',
  OTHER: 'reference.skillCategory.OTHER',
};
