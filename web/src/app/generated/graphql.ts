/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@apollo/client';
/** Category of a skill in the taxonomy. */
export type SkillCategory =
  | 'DIGITAL'
  | 'OTHER'
  | 'SUSTAINABLE'
  | 'TECHNICAL';

/** A public-transport mode. */
export type TransitMode =
  | 'BUS'
  | 'INTERCITY'
  | 'METRO'
  | 'TRAIN'
  | 'TRAM';

export type HomeReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeReferenceDataQuery = { municipalities: Array<{ __typename: 'Municipality', code: string, name: string, transitModes: Array<TransitMode>, stations: Array<string> }>, skillCategories: Array<{ __typename: 'SkillCategorySummary', category: SkillCategory, skillCount: number }> };


export const HomeReferenceDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeReferenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"transitModes"}},{"kind":"Field","name":{"kind":"Name","value":"stations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skillCount"}}]}}]}}]} as unknown as DocumentNode<HomeReferenceDataQuery, HomeReferenceDataQueryVariables>;