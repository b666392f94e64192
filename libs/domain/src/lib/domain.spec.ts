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
  effectiveRoles,
  PlatformRole,
  isKvkNumber,
  isBrinCode,
  normaliseEmail,
  canChangeNeedStatus,
  canChangePartnershipStatus,
  NeedStatus,
  PartnershipStatus,
  periodsOverlap,
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

describe('effective roles and validators', () => {
  it('should combine the platform role with the helix roles of memberships', () => {
    expect(effectiveRoles(null, [Helix.BUSINESS, Helix.BUSINESS])).toEqual([Role.COMPANY_MEMBER]);
    expect(effectiveRoles(PlatformRole.COORDINATOR, [Helix.EDUCATION])).toEqual([
      Role.COORDINATOR,
      Role.SCHOOL_MEMBER,
    ]);
    expect(effectiveRoles(null, [])).toEqual([]);
  });

  it('should check KvK numbers and BRIN codes', () => {
    expect(isKvkNumber('12345678')).toBe(true);
    expect(isKvkNumber('1234567')).toBe(false);
    expect(isKvkNumber('1234567a')).toBe(false);
    expect(isBrinCode('25LX')).toBe(true);
    expect(isBrinCode('2LX5')).toBe(false);
    expect(normaliseEmail('  Anna@Voorbeeld.NL ')).toBe('anna@voorbeeld.nl');
  });
});

describe('marketplace rules', () => {
  it('should allow only the documented status changes of a need', () => {
    expect(canChangeNeedStatus(NeedStatus.DRAFT, NeedStatus.OPEN)).toBe(true);
    expect(canChangeNeedStatus(NeedStatus.OPEN, NeedStatus.FILLED)).toBe(true);
    expect(canChangeNeedStatus(NeedStatus.FILLED, NeedStatus.OPEN)).toBe(true);
    expect(canChangeNeedStatus(NeedStatus.DRAFT, NeedStatus.FILLED)).toBe(false);
    expect(canChangeNeedStatus(NeedStatus.CLOSED, NeedStatus.OPEN)).toBe(false);
  });

  it('should let a partnership be answered or withdrawn once, and an accepted one withdrawn', () => {
    const { PROPOSED, ACCEPTED, DECLINED, WITHDRAWN } = PartnershipStatus;
    expect(canChangePartnershipStatus(PROPOSED, ACCEPTED)).toBe(true);
    expect(canChangePartnershipStatus(PROPOSED, DECLINED)).toBe(true);
    expect(canChangePartnershipStatus(ACCEPTED, WITHDRAWN)).toBe(true);
    expect(canChangePartnershipStatus(ACCEPTED, DECLINED)).toBe(false);
    expect(canChangePartnershipStatus(DECLINED, ACCEPTED)).toBe(false);
    expect(canChangePartnershipStatus(WITHDRAWN, PROPOSED)).toBe(false);
  });

  it('should see overlap of inclusive periods, touching ends included', () => {
    expect(periodsOverlap('2027-02-01', '2027-06-30', '2027-06-30', '2027-09-01')).toBe(true);
    expect(periodsOverlap('2027-02-01', '2027-06-29', '2027-06-30', '2027-09-01')).toBe(false);
  });
});
