import {
  EducationLevel,
  EducationLevelFamily,
  Helix,
  MUNICIPALITY_CODES,
  OrganisationKind,
  Permission,
  Role,
  familyOfLevel,
  helixOfKind,
  isCbsMunicipalityCode,
  memberRoleOfHelix,
  rankOfLevel,
  rolesGrant,
} from '../index';

describe('domain', () => {
  it('should place every organisation kind in one helix', () => {
    expect(helixOfKind(OrganisationKind.COMPANY)).toBe(Helix.BUSINESS);
    expect(helixOfKind(OrganisationKind.SCHOOL_MBO)).toBe(Helix.EDUCATION);
    expect(helixOfKind(OrganisationKind.MUNICIPALITY)).toBe(Helix.GOVERNMENT);
    for (const kind of Object.values(OrganisationKind)) {
      expect(Object.values(Helix)).toContain(helixOfKind(kind));
    }
  });

  it('should order levels and group them in families', () => {
    expect(rankOfLevel(EducationLevel.MBO_1)).toBe(0);
    expect(rankOfLevel(EducationLevel.WO_MASTER)).toBe(7);
    expect(familyOfLevel(EducationLevel.ASSOCIATE_DEGREE)).toBe(EducationLevelFamily.HBO);
    expect(familyOfLevel(EducationLevel.MBO_4)).toBe(EducationLevelFamily.MBO);
  });

  it('should know the six municipalities by well-formed CBS code', () => {
    expect(MUNICIPALITY_CODES).toHaveLength(6);
    expect(MUNICIPALITY_CODES.every(isCbsMunicipalityCode)).toBe(true);
    expect(isCbsMunicipalityCode('GM358')).toBe(false);
  });

  it('should grant coordinator permissions to admins but not to members', () => {
    expect(rolesGrant([Role.ADMIN], Permission.APPROVE_ORGANISATIONS)).toBe(true);
    expect(rolesGrant([Role.COMPANY_MEMBER], Permission.APPROVE_ORGANISATIONS)).toBe(false);
    expect(rolesGrant([], Permission.PUBLIC)).toBe(true);
    expect(rolesGrant([], Permission.AUTHENTICATED)).toBe(false);
    expect(memberRoleOfHelix(Helix.EDUCATION)).toBe(Role.SCHOOL_MEMBER);
  });
});
