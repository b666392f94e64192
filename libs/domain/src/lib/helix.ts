/** The three helices of the triple helix. */
export enum Helix {
  BUSINESS = 'BUSINESS',
  EDUCATION = 'EDUCATION',
  GOVERNMENT = 'GOVERNMENT',
}

export const HELICES: readonly Helix[] = [Helix.BUSINESS, Helix.EDUCATION, Helix.GOVERNMENT];

/** What kind of organisation; each kind belongs to exactly one helix. */
export enum OrganisationKind {
  COMPANY = 'COMPANY',
  SCHOOL_MBO = 'SCHOOL_MBO',
  SCHOOL_HBO = 'SCHOOL_HBO',
  UNIVERSITY = 'UNIVERSITY',
  TRAINING_PROVIDER = 'TRAINING_PROVIDER',
  MUNICIPALITY = 'MUNICIPALITY',
  REGIONAL_BODY = 'REGIONAL_BODY',
}

const KIND_HELIX: Readonly<Record<OrganisationKind, Helix>> = {
  [OrganisationKind.COMPANY]: Helix.BUSINESS,
  [OrganisationKind.SCHOOL_MBO]: Helix.EDUCATION,
  [OrganisationKind.SCHOOL_HBO]: Helix.EDUCATION,
  [OrganisationKind.UNIVERSITY]: Helix.EDUCATION,
  [OrganisationKind.TRAINING_PROVIDER]: Helix.EDUCATION,
  [OrganisationKind.MUNICIPALITY]: Helix.GOVERNMENT,
  [OrganisationKind.REGIONAL_BODY]: Helix.GOVERNMENT,
};

/** The helix an organisation of this kind belongs to. */
export function helixOfKind(kind: OrganisationKind): Helix {
  return KIND_HELIX[kind];
}
