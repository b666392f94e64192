import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { TokenPurpose } from '../../api/src/accounts/entities/one-time-token.entity';
import { SessionsService } from '../../api/src/accounts/sessions.service';
import { hashToken, newToken } from '../../api/src/core/auth/session-token';
import { bootTestApp, GqlResult, TestApp } from '../support/app';
import {
  cohortFactory,
  needFactory,
  FACTORY_PASSWORD,
  MembershipRole,
  membershipFactory,
  organisationFactory,
  OrganisationKind,
  OrganisationStatus,
  PlatformRole,
  sessionFactory,
  unique,
  userFactory,
} from '../factories/accounts';
import { challengeFactory, minorFactory } from '../factories/marketplace';
import { matrixConversation, notificationFor } from '../factories/transition-tables';
import { OrganisationEntity } from '../../api/src/organisations/entities/organisation.entity';

/** Who calls: the roles of the access-control issue. */
const ROLES = [
  'anonymous',
  'outsider',
  'member',
  'organisationAdmin',
  'coordinator',
  'admin',
] as const;
type RoleName = (typeof ROLES)[number];
const EVERYONE = [...ROLES];
const SIGNED_IN: RoleName[] = ['outsider', 'member', 'organisationAdmin', 'coordinator', 'admin'];
const COORDINATORS: RoleName[] = ['coordinator', 'admin'];
const OWN_COMPANY: RoleName[] = ['member', 'organisationAdmin'];
/** Coordinators, admins and the members of the matrix table (member and organisationAdmin). */
const TABLE_SEERS: RoleName[] = ['member', 'organisationAdmin', 'coordinator', 'admin'];

/** A fresh little region per case, so no case sees another's changes. */
interface World {
  organisationId: string; // O: active; organisationAdmin and member belong to it
  otherOrganisationId: string; // P: the outsider's own organisation
  pendingOrganisationId: string; // Q: waiting for approval
  targetMembershipId: string; // a second plain member of O
  otherMembershipId: string; // the outsider's membership of P
  invitationId: string; // an open invitation of O
  otherInvitationId: string; // an open invitation of P
  targetUserId: string; // an account without memberships
  openNeedId: string; // an open internship need of O
  draftNeedId: string; // a draft internship need of O
  otherNeedId: string; // an open need of P
  otherDraftNeedId: string; // a draft need of P
  schoolId: string; // S: a school that member and organisationAdmin also belong to
  openCohortId: string;
  draftCohortId: string;
  openMinorId: string; // an open minor of S
  draftMinorId: string;
  openSlotId: string; // a partner slot of the open minor
  openChallengeId: string; // an open challenge of O
  draftChallengeId: string;
  incomingOfferId: string; // P offers to fill S's slot: S answers
  outgoingAdoptionId: string; // S proposes adopting P's challenge: S withdraws
  otherMinorId: string; // an open minor of another school T
  otherChallengeId: string; // an open challenge of P
  otherPartnershipId: string; // a proposal between P and T
  targetEmail: string;
  targetMemberUserId: string; // the second plain member of O (not at the matrix table)
  dataSource: DataSource;
  tokens: Partial<Record<RoleName, string>>;
  emails: Partial<Record<RoleName, string>>;
}

interface Case {
  allowed: readonly RoleName[];
  /** The operation document and variables for this world and caller. */
  build(
    world: World,
    role: RoleName,
    helpers: Helpers,
  ): Promise<{ query: string; variables?: Record<string, unknown> }>;
}

interface Helpers {
  oneTimeToken(purpose: TokenPurpose, verified: boolean): Promise<string>;
  invitationFor(email: string): Promise<string>;
  sessionIdOf(token: string | undefined): Promise<string>;
  /** A matching round of O's needs and S's cohorts (DRAFT unless given). */
  matchingRound(
    world: World,
    options?: { status?: string; document?: boolean; forbid?: boolean },
  ): Promise<string>;
  /** An introduction between O's open need and S's open cohort, or (`others`) between P and another school. */
  introduction(world: World, others?: boolean): Promise<string>;
}

const UUID_NOBODY = '00000000-0000-4000-8000-000000000000';
/** Placeholder in probes for an introduction between P and another school, made per probe. */
const OTHERS_INTRODUCTION = '00000000-0000-4000-8000-0000000000aa';
const q = (query: string, variables?: Record<string, unknown>) =>
  Promise.resolve({ query, variables });

/** Every query and mutation of the schema, with who may call it. A new operation without a row fails. */
const MATRIX: Record<string, Case> = {
  // Reference data and public reading.
  municipalities: { allowed: EVERYONE, build: () => q('{ municipalities { code } }') },
  skills: { allowed: EVERYONE, build: () => q('{ skills { totalCount } }') },
  skillCategories: { allowed: EVERYONE, build: () => q('{ skillCategories { category } }') },
  ecosystems: { allowed: EVERYONE, build: () => q('{ ecosystems { code } }') },
  educationLevels: { allowed: EVERYONE, build: () => q('{ educationLevels { code } }') },
  me: { allowed: EVERYONE, build: () => q('{ me { id } }') },
  organisation: {
    allowed: EVERYONE,
    build: (w) => q('query($id: ID!) { organisation(id: $id) { id } }', { id: w.organisationId }),
  },
  organisations: { allowed: EVERYONE, build: () => q('{ organisations { totalCount } }') },
  // The signed-in user's own things.
  mySessions: { allowed: SIGNED_IN, build: () => q('{ mySessions { id } }') },
  myData: { allowed: SIGNED_IN, build: () => q('{ myData }') },
  auditLog: { allowed: SIGNED_IN, build: () => q('{ auditLog { totalCount } }') },
  // Admins.
  users: { allowed: ['admin'], build: () => q('{ users { totalCount } }') },
  outbox: { allowed: ['admin'], build: () => q('{ outbox { totalCount } }') },
  setPlatformRole: {
    allowed: ['admin'],
    build: (w) =>
      q('mutation($input: SetPlatformRoleInput!) { setPlatformRole(input: $input) { id } }', {
        input: { userId: w.targetUserId, role: 'COORDINATOR' },
      }),
  },
  // Accounts: public entry points.
  register: {
    allowed: EVERYONE,
    build: () =>
      q('mutation($input: RegisterInput!) { register(input: $input) { email } }', {
        input: {
          email: `${unique('nieuw')}@test.example`,
          password: 'zomeravond-aan-de-Westeinder',
          displayName: 'Nieuw',
        },
      }),
  },
  verifyEmail: {
    allowed: EVERYONE,
    build: async (_w, _r, h) =>
      q('mutation($input: TokenInput!) { verifyEmail(input: $input) }', {
        input: { token: await h.oneTimeToken(TokenPurpose.VERIFY_EMAIL, false) },
      }),
  },
  resendVerification: {
    allowed: EVERYONE,
    build: (w) =>
      q('mutation($input: EmailInput!) { resendVerification(input: $input) }', {
        input: { email: w.targetEmail },
      }),
  },
  login: {
    allowed: EVERYONE,
    build: (w) =>
      q('mutation($input: LoginInput!) { login(input: $input) { token } }', {
        input: { email: w.targetEmail, password: FACTORY_PASSWORD },
      }),
  },
  requestPasswordReset: {
    allowed: EVERYONE,
    build: (w) =>
      q('mutation($input: EmailInput!) { requestPasswordReset(input: $input) }', {
        input: { email: w.targetEmail },
      }),
  },
  resetPassword: {
    allowed: EVERYONE,
    build: async (_w, _r, h) =>
      q('mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }', {
        input: {
          token: await h.oneTimeToken(TokenPurpose.RESET_PASSWORD, true),
          password: 'nieuwe-zomer-in-Uithoorn-3',
        },
      }),
  },
  // Accounts: the signed-in user.
  logout: { allowed: SIGNED_IN, build: () => q('mutation { logout }') },
  logoutEverywhere: { allowed: SIGNED_IN, build: () => q('mutation { logoutEverywhere }') },
  revokeSession: {
    allowed: SIGNED_IN,
    build: async (w, role, h) =>
      q('mutation($input: IdInput!) { revokeSession(input: $input) }', {
        input: { id: await h.sessionIdOf(w.tokens[role]) },
      }),
  },
  changePassword: {
    allowed: SIGNED_IN,
    build: () =>
      q('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', {
        input: {
          currentPassword: FACTORY_PASSWORD,
          newPassword: 'herfst-in-het-Amsterdamse-Bos-8',
        },
      }),
  },
  deleteMyAccount: {
    allowed: SIGNED_IN,
    build: () =>
      q('mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }', {
        input: { password: FACTORY_PASSWORD },
      }),
  },
  acceptInvitation: {
    allowed: SIGNED_IN,
    build: async (w, role, h) =>
      q('mutation($input: TokenInput!) { acceptInvitation(input: $input) { id } }', {
        input: { token: await h.invitationFor(w.emails[role] ?? 'anoniem@test.example') },
      }),
  },
  // Organisations.
  createOrganisation: {
    allowed: SIGNED_IN,
    build: () =>
      q('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
        input: {
          name: unique('Matrix BV'),
          kind: 'COMPANY',
          municipalityCode: 'GM0384',
          kvkNumber: '87654321',
        },
      }),
  },
  updateOrganisation: {
    allowed: ['organisationAdmin'],
    build: (w) =>
      q('mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }', {
        input: { id: w.organisationId, description: 'Gewijzigd door de matrix' },
      }),
  },
  approveOrganisation: {
    allowed: COORDINATORS,
    build: (w) =>
      q('mutation($input: IdInput!) { approveOrganisation(input: $input) { id } }', {
        input: { id: w.pendingOrganisationId },
      }),
  },
  rejectOrganisation: {
    allowed: COORDINATORS,
    build: (w) =>
      q('mutation($input: RejectOrganisationInput!) { rejectOrganisation(input: $input) { id } }', {
        input: { id: w.pendingOrganisationId, reason: 'Niet in de regio gevestigd.' },
      }),
  },
  // Members.
  inviteMember: {
    allowed: ['organisationAdmin'],
    build: (w) =>
      q('mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }', {
        input: { organisationId: w.organisationId, email: `${unique('collega')}@test.example` },
      }),
  },
  revokeInvitation: {
    allowed: ['organisationAdmin'],
    build: (w) =>
      q('mutation($input: IdInput!) { revokeInvitation(input: $input) }', {
        input: { id: w.invitationId },
      }),
  },
  removeMember: {
    allowed: ['organisationAdmin'],
    build: (w) =>
      q('mutation($input: IdInput!) { removeMember(input: $input) }', {
        input: { id: w.targetMembershipId },
      }),
  },
  changeMemberRole: {
    allowed: ['organisationAdmin'],
    build: (w) =>
      q('mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }', {
        input: { membershipId: w.targetMembershipId, role: 'ORGANISATION_ADMIN' },
      }),
  },
  // Marketplace: internship needs.
  internshipNeed: {
    allowed: SIGNED_IN,
    build: (w) => q('query($id: ID!) { internshipNeed(id: $id) { id } }', { id: w.openNeedId }),
  },
  internshipNeeds: { allowed: SIGNED_IN, build: () => q('{ internshipNeeds { totalCount } }') },
  createInternshipNeed: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q(
        'mutation($input: CreateInternshipNeedInput!) { createInternshipNeed(input: $input) { id } }',
        {
          input: {
            organisationId: w.organisationId,
            title: 'Stagiair kasklimaat',
            fieldOfStudy: 'Tuinbouw',
            levels: ['MBO_4'],
            startDate: '2027-02-01',
            endDate: '2027-06-30',
            hoursPerWeek: 32,
            places: 1,
            siteMunicipalityCode: 'GM0358',
          },
        },
      ),
  },
  updateInternshipNeed: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q(
        'mutation($input: UpdateInternshipNeedInput!) { updateInternshipNeed(input: $input) { id } }',
        {
          input: { id: w.draftNeedId, places: 3 },
        },
      ),
  },
  publishInternshipNeed: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: IdInput!) { publishInternshipNeed(input: $input) { id } }', {
        input: { id: w.draftNeedId },
      }),
  },
  fillInternshipNeed: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: IdInput!) { fillInternshipNeed(input: $input) { id } }', {
        input: { id: w.openNeedId },
      }),
  },
  closeInternshipNeed: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: IdInput!) { closeInternshipNeed(input: $input) { id } }', {
        input: { id: w.openNeedId },
      }),
  },
  // Marketplace: cohorts.
  cohort: {
    allowed: SIGNED_IN,
    build: (w) => q('query($id: ID!) { cohort(id: $id) { id } }', { id: w.openCohortId }),
  },
  cohorts: { allowed: SIGNED_IN, build: () => q('{ cohorts { totalCount } }') },
  createCohort: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }', {
        input: {
          organisationId: w.schoolId,
          programmeName: 'Logistiek medewerker',
          programmeCode: '25183',
          level: 'MBO_3',
          students: 10,
          startDate: '2027-02-01',
          endDate: '2027-06-30',
          municipalityCode: 'GM0394',
        },
      }),
  },
  updateCohort: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { id } }', {
        input: { id: w.draftCohortId, students: 14 },
      }),
  },
  publishCohort: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: IdInput!) { publishCohort(input: $input) { id } }', {
        input: { id: w.draftCohortId },
      }),
  },
  closeCohort: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: IdInput!) { closeCohort(input: $input) { id } }', {
        input: { id: w.openCohortId },
      }),
  },
  // Marketplace: CSV import (coordinators) and export (the lists' own visibility).
  importInternshipNeeds: {
    allowed: COORDINATORS,
    build: (w) =>
      q('mutation($input: CsvImportInput!) { importInternshipNeeds(input: $input) { imported } }', {
        input: {
          csv: `organisation;title;field_of_study;levels;start_date;end_date;hours_per_week;places;municipality\n${w.organisationId};Stagiair;Logistiek;MBO_4;2027-02-01;2027-06-30;32;1;GM0362`,
        },
      }),
  },
  importCohorts: {
    allowed: COORDINATORS,
    build: (w) =>
      q('mutation($input: CsvImportInput!) { importCohorts(input: $input) { imported } }', {
        input: {
          csv: `organisation;programme_name;programme_code;level;students;start_date;end_date;municipality\n${w.schoolId};Logistiek;25183;MBO_3;10;2027-02-01;2027-06-30;GM0394`,
        },
      }),
  },
  exportInternshipNeeds: {
    allowed: SIGNED_IN,
    build: () => q('{ exportInternshipNeeds { filename } }'),
  },
  exportCohorts: { allowed: SIGNED_IN, build: () => q('{ exportCohorts { filename } }') },
  exportMinors: { allowed: SIGNED_IN, build: () => q('{ exportMinors { filename } }') },
  exportChallenges: { allowed: SIGNED_IN, build: () => q('{ exportChallenges { filename } }') },
  exportPartnerships: { allowed: SIGNED_IN, build: () => q('{ exportPartnerships { filename } }') },
  // Marketplace: minors, challenges and partnerships.
  minor: {
    allowed: SIGNED_IN,
    build: (w) => q('query($id: ID!) { minor(id: $id) { id } }', { id: w.openMinorId }),
  },
  minors: { allowed: SIGNED_IN, build: () => q('{ minors { totalCount } }') },
  createMinor: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: CreateMinorInput!) { createMinor(input: $input) { id } }', {
        input: {
          organisationId: w.schoolId,
          title: 'Minor slimme logistiek',
          level: 'HBO_BACHELOR',
          credits: 30,
          capacity: 30,
          startDate: '2027-02-01',
          endDate: '2027-06-30',
          municipalityCode: 'GM0362',
          partnerSlots: [{ role: 'CASE', wanted: 2 }],
        },
      }),
  },
  updateMinor: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: UpdateMinorInput!) { updateMinor(input: $input) { id } }', {
        input: { id: w.draftMinorId, capacity: 12 },
      }),
  },
  publishMinor: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: IdInput!) { publishMinor(input: $input) { id } }', {
        input: { id: w.draftMinorId },
      }),
  },
  fillMinor: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: IdInput!) { fillMinor(input: $input) { id } }', {
        input: { id: w.openMinorId },
      }),
  },
  closeMinor: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: IdInput!) { closeMinor(input: $input) { id } }', {
        input: { id: w.openMinorId },
      }),
  },
  challenge: {
    allowed: SIGNED_IN,
    build: (w) => q('query($id: ID!) { challenge(id: $id) { id } }', { id: w.openChallengeId }),
  },
  challenges: { allowed: SIGNED_IN, build: () => q('{ challenges { totalCount } }') },
  createChallenge: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }', {
        input: {
          organisationId: w.organisationId,
          title: 'Emissievrij bezorgen',
          startDate: '2027-02-01',
          endDate: '2027-06-30',
          teamSizeMin: 3,
          teamSizeMax: 5,
          municipalityCode: 'GM0362',
        },
      }),
  },
  updateChallenge: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: UpdateChallengeInput!) { updateChallenge(input: $input) { id } }', {
        input: { id: w.draftChallengeId, teamSizeMax: 8 },
      }),
  },
  publishChallenge: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: IdInput!) { publishChallenge(input: $input) { id } }', {
        input: { id: w.draftChallengeId },
      }),
  },
  fillChallenge: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: IdInput!) { fillChallenge(input: $input) { id } }', {
        input: { id: w.openChallengeId },
      }),
  },
  closeChallenge: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: IdInput!) { closeChallenge(input: $input) { id } }', {
        input: { id: w.openChallengeId },
      }),
  },
  partnership: {
    allowed: SIGNED_IN,
    build: (w) => q('query($id: ID!) { partnership(id: $id) { id } }', { id: w.incomingOfferId }),
  },
  partnerships: { allowed: SIGNED_IN, build: () => q('{ partnerships { totalCount } }') },
  offerPartnership: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: OfferPartnershipInput!) { offerPartnership(input: $input) { id } }', {
        input: { slotId: w.openSlotId, organisationId: w.organisationId },
      }),
  },
  proposeChallengeAdoption: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q(
        'mutation($input: ProposeChallengeAdoptionInput!) { proposeChallengeAdoption(input: $input) { id } }',
        { input: { minorId: w.openMinorId, challengeId: w.openChallengeId } },
      ),
  },
  acceptPartnership: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('mutation($input: PartnershipResponseInput!) { acceptPartnership(input: $input) { id } }', {
        input: { id: w.incomingOfferId },
      }),
  },
  declinePartnership: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q(
        'mutation($input: PartnershipResponseInput!) { declinePartnership(input: $input) { id } }',
        { input: { id: w.incomingOfferId } },
      ),
  },
  withdrawPartnership: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q(
        'mutation($input: PartnershipResponseInput!) { withdrawPartnership(input: $input) { id } }',
        { input: { id: w.outgoingAdoptionId } },
      ),
  },
  // Recommendations: everyone signed in, for listings they may see.
  recommendedCohorts: {
    allowed: SIGNED_IN,
    build: (w) =>
      q('query($id: ID!) { recommendedCohorts(needId: $id) { score } }', { id: w.openNeedId }),
  },
  recommendedNeeds: {
    allowed: SIGNED_IN,
    build: (w) =>
      q('query($id: ID!) { recommendedNeeds(cohortId: $id) { score } }', { id: w.openCohortId }),
  },
  recommendedCompaniesForMinor: {
    allowed: SIGNED_IN,
    build: (w) =>
      q('query($id: ID!) { recommendedCompaniesForMinor(minorId: $id) { score } }', {
        id: w.openMinorId,
      }),
  },
  recommendedChallengesForMinor: {
    allowed: SIGNED_IN,
    build: (w) =>
      q('query($id: ID!) { recommendedChallengesForMinor(minorId: $id) { score } }', {
        id: w.openMinorId,
      }),
  },
  recommendedMinorsForChallenge: {
    allowed: SIGNED_IN,
    build: (w) =>
      q('query($id: ID!) { recommendedMinorsForChallenge(challengeId: $id) { score } }', {
        id: w.openChallengeId,
      }),
  },
  // Matching rounds (coordinators) and the introductions they publish (both organisations' members).
  matchingRound: {
    allowed: COORDINATORS,
    build: async (w, _r, h) =>
      q('query($id: ID!) { matchingRound(id: $id) { id status } }', {
        id: await h.matchingRound(w),
      }),
  },
  matchingRounds: { allowed: COORDINATORS, build: () => q('{ matchingRounds { totalCount } }') },
  matchingRoundDocument: {
    allowed: COORDINATORS,
    build: async (w, _r, h) =>
      q('query($id: ID!) { matchingRoundDocument(id: $id) }', {
        id: await h.matchingRound(w, { status: 'REVIEW', document: true }),
      }),
  },
  createMatchingRound: {
    allowed: COORDINATORS,
    build: (w) =>
      q(
        'mutation($input: CreateMatchingRoundInput!) { createMatchingRound(input: $input) { id } }',
        {
          input: {
            name: 'Matrixronde',
            policy: 'STABLE',
            needFilter: { organisationId: w.organisationId },
          },
        },
      ),
  },
  updateMatchingRound: {
    allowed: COORDINATORS,
    build: async (w, _r, h) =>
      q(
        'mutation($input: UpdateMatchingRoundInput!) { updateMatchingRound(input: $input) { id } }',
        {
          input: { id: await h.matchingRound(w), weights: { skills: 0.7 } },
        },
      ),
  },
  runMatchingRound: {
    allowed: COORDINATORS,
    build: async (w, _r, h) =>
      q('mutation($input: IdInput!) { runMatchingRound(input: $input) { id } }', {
        input: { id: await h.matchingRound(w) },
      }),
  },
  cancelMatchingRound: {
    allowed: COORDINATORS,
    build: async (w, _r, h) =>
      q('mutation($input: IdInput!) { cancelMatchingRound(input: $input) { id } }', {
        input: { id: await h.matchingRound(w) },
      }),
  },
  pinMatchingPair: {
    allowed: COORDINATORS,
    build: async (w, _r, h) =>
      q('mutation($input: PinMatchingPairInput!) { pinMatchingPair(input: $input) { id } }', {
        input: {
          roundId: await h.matchingRound(w),
          needId: w.openNeedId,
          cohortId: w.openCohortId,
          count: 1,
        },
      }),
  },
  forbidMatchingPair: {
    allowed: COORDINATORS,
    build: async (w, _r, h) =>
      q('mutation($input: MatchingPairInput!) { forbidMatchingPair(input: $input) { id } }', {
        input: {
          roundId: await h.matchingRound(w),
          needId: w.openNeedId,
          cohortId: w.openCohortId,
        },
      }),
  },
  clearMatchingPair: {
    allowed: COORDINATORS,
    build: async (w, _r, h) =>
      q('mutation($input: MatchingPairInput!) { clearMatchingPair(input: $input) { id } }', {
        input: {
          roundId: await h.matchingRound(w, { forbid: true }),
          needId: w.openNeedId,
          cohortId: w.openCohortId,
        },
      }),
  },
  publishMatchingRound: {
    allowed: COORDINATORS,
    build: async (w, _r, h) =>
      q('mutation($input: IdInput!) { publishMatchingRound(input: $input) { id } }', {
        input: { id: await h.matchingRound(w, { status: 'REVIEW', document: true }) },
      }),
  },
  introduction: {
    allowed: OWN_COMPANY,
    build: async (w, _r, h) =>
      q('query($id: ID!) { introduction(id: $id) { id } }', { id: await h.introduction(w) }),
  },
  myIntroductions: {
    allowed: OWN_COMPANY,
    build: (w) =>
      q('query($id: ID!) { myIntroductions(organisationId: $id) { totalCount } }', {
        id: w.organisationId,
      }),
  },
  acceptIntroduction: {
    allowed: OWN_COMPANY,
    build: async (w, _r, h) =>
      q(
        'mutation($input: IntroductionResponseInput!) { acceptIntroduction(input: $input) { id } }',
        { input: { id: await h.introduction(w), message: 'Akkoord' } },
      ),
  },
  declineIntroduction: {
    allowed: OWN_COMPANY,
    build: async (w, _r, h) =>
      q(
        'mutation($input: IntroductionResponseInput!) { declineIntroduction(input: $input) { id } }',
        { input: { id: await h.introduction(w) } },
      ),
  },

  // Transition tables, venues and conversations (issue 6).
  transitionTable: {
    allowed: TABLE_SEERS,
    build: async (w) =>
      q('query($id: ID!) { transitionTable(id: $id) { id membersByHelix { count } } }', {
        id: (await matrixConversation(w.dataSource, w)).tableId,
      }),
  },
  transitionTables: { allowed: SIGNED_IN, build: () => q('{ transitionTables { totalCount } }') },
  conversations: {
    allowed: TABLE_SEERS,
    build: async (w) =>
      q('query($id: ID!) { conversations(tableId: $id) { totalCount } }', {
        id: (await matrixConversation(w.dataSource, w)).tableId,
      }),
  },
  conversation: {
    allowed: TABLE_SEERS,
    build: async (w) =>
      q('query($id: ID!) { conversation(id: $id) { id slots { id } } }', {
        id: (await matrixConversation(w.dataSource, w)).conversationId,
      }),
  },
  myInvitations: { allowed: SIGNED_IN, build: () => q('{ myInvitations { totalCount } }') },
  venue: {
    allowed: SIGNED_IN,
    build: async (w) =>
      q('query($id: ID!) { venue(id: $id) { id } }', {
        id: (await matrixConversation(w.dataSource, w)).venueId,
      }),
  },
  venues: { allowed: SIGNED_IN, build: () => q('{ venues { totalCount } }') },
  createTransitionTable: {
    allowed: COORDINATORS,
    build: () =>
      q(
        'mutation($input: CreateTransitionTableInput!) { createTransitionTable(input: $input) { id } }',
        {
          input: {
            kind: 'TRANSITION_TABLE',
            name: unique('Matrix transitietafel'),
            theme: 'DIGITAL',
            ecosystem: 'BUSINESS_FINANCE_ICT',
          },
        },
      ),
  },
  updateTransitionTable: {
    allowed: COORDINATORS,
    build: async (w) =>
      q(
        'mutation($input: UpdateTransitionTableInput!) { updateTransitionTable(input: $input) { id } }',
        {
          input: { id: (await matrixConversation(w.dataSource, w)).tableId, goals: 'Meer stages' },
        },
      ),
  },
  addTableMembers: {
    allowed: COORDINATORS,
    build: async (w) =>
      q('mutation($input: AddTableMembersInput!) { addTableMembers(input: $input) { id } }', {
        input: {
          tableId: (await matrixConversation(w.dataSource, w)).tableId,
          members: [{ userId: w.targetMemberUserId, organisationId: w.organisationId }],
        },
      }),
  },
  removeTableMember: {
    allowed: COORDINATORS,
    build: async (w) => {
      const [member] = await w.dataSource.query('SELECT id FROM user_account WHERE email = $1', [
        w.emails.member,
      ]);
      return q(
        'mutation($input: RemoveTableMemberInput!) { removeTableMember(input: $input) { id } }',
        {
          input: {
            tableId: (await matrixConversation(w.dataSource, w)).tableId,
            userId: member.id,
          },
        },
      );
    },
  },
  createVenue: {
    allowed: COORDINATORS,
    build: () =>
      q('mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }', {
        input: {
          name: unique('Matrixzaal'),
          municipalityCode: 'GM0437',
          address: 'Stationsplein 1',
          capacity: 30,
        },
      }),
  },
  updateVenue: {
    allowed: COORDINATORS,
    build: async (w) =>
      q('mutation($input: UpdateVenueInput!) { updateVenue(input: $input) { id } }', {
        input: { id: (await matrixConversation(w.dataSource, w)).venueId, capacity: 25 },
      }),
  },
  createConversation: {
    allowed: COORDINATORS,
    build: async (w) => {
      const m = await matrixConversation(w.dataSource, w);
      return q(
        'mutation($input: CreateConversationInput!) { createConversation(input: $input) { id } }',
        {
          input: {
            tableId: m.tableId,
            title: 'Matrixgesprek',
            durationMinutes: 90,
            slots: ['2031-06-02T10:00'],
            venueIds: [m.venueId],
            inviteeIds: [],
            openPoll: false,
          },
        },
      );
    },
  },
  updateConversation: {
    allowed: COORDINATORS,
    build: async (w) =>
      q('mutation($input: UpdateConversationInput!) { updateConversation(input: $input) { id } }', {
        input: {
          id: (await matrixConversation(w.dataSource, w)).conversationId,
          agenda: '1. Opening',
        },
      }),
  },
  openConversationPoll: {
    allowed: COORDINATORS,
    build: async (w) =>
      q('mutation($input: IdInput!) { openConversationPoll(input: $input) { id } }', {
        input: { id: (await matrixConversation(w.dataSource, w, 'DRAFT')).conversationId },
      }),
  },
  answerAvailability: {
    allowed: OWN_COMPANY,
    build: async (w) => {
      const m = await matrixConversation(w.dataSource, w);
      return q(
        'mutation($input: AnswerAvailabilityInput!) { answerAvailability(input: $input) { id } }',
        {
          input: {
            conversationId: m.conversationId,
            answers: [{ slotId: m.slotIds[1], answer: 'NO' }],
          },
        },
      );
    },
  },
  proposeConversationSchedule: {
    allowed: COORDINATORS,
    build: async (w) =>
      q('query($id: ID!) { proposeConversationSchedule(id: $id) { scheduledCount } }', {
        id: (await matrixConversation(w.dataSource, w)).conversationId,
      }),
  },
  proposeSeasonSchedule: {
    allowed: COORDINATORS,
    build: async (w) =>
      q('query($input: SeasonInput!) { proposeSeasonSchedule(input: $input) { scheduledCount } }', {
        input: {
          from: '2031-05-01T00:00:00Z',
          to: '2031-06-01T00:00:00Z',
          tableIds: [(await matrixConversation(w.dataSource, w)).tableId],
        },
      }),
  },
  confirmConversation: {
    allowed: COORDINATORS,
    build: async (w) => {
      const m = await matrixConversation(w.dataSource, w);
      return q(
        'mutation($input: ConfirmConversationInput!) { confirmConversation(input: $input) { id } }',
        { input: { id: m.conversationId, slotId: m.slotIds[0], venueId: m.venueId } },
      );
    },
  },
  rescheduleConversation: {
    allowed: COORDINATORS,
    build: async (w) => {
      const m = await matrixConversation(w.dataSource, w, 'CONFIRMED');
      return q(
        'mutation($input: ConfirmConversationInput!) { rescheduleConversation(input: $input) { id } }',
        { input: { id: m.conversationId, slotId: m.slotIds[1], venueId: m.venueId } },
      );
    },
  },
  cancelConversation: {
    allowed: COORDINATORS,
    build: async (w) =>
      q('mutation($input: CancelConversationInput!) { cancelConversation(input: $input) { id } }', {
        input: { id: (await matrixConversation(w.dataSource, w)).conversationId },
      }),
  },
  saveConversationMinutes: {
    allowed: COORDINATORS,
    build: async (w) =>
      q('mutation($input: SaveMinutesInput!) { saveConversationMinutes(input: $input) { id } }', {
        input: {
          id: (await matrixConversation(w.dataSource, w, 'CONFIRMED')).conversationId,
          minutes: '# Verslag',
        },
      }),
  },
  createActionItem: {
    allowed: COORDINATORS,
    build: async (w) =>
      q('mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }', {
        input: {
          conversationId: (await matrixConversation(w.dataSource, w, 'CONFIRMED')).conversationId,
          description: 'Gastles organiseren',
          ownerOrganisationId: w.schoolId,
          dueDate: '2031-07-01',
        },
      }),
  },
  updateActionItem: {
    allowed: TABLE_SEERS,
    build: async (w) =>
      q('mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { id } }', {
        input: {
          id: (await matrixConversation(w.dataSource, w, 'CONFIRMED')).actionItemId,
          status: 'DONE',
        },
      }),
  },
  planNextConversation: {
    allowed: COORDINATORS,
    build: async (w) =>
      q(
        'mutation($input: PlanNextConversationInput!) { planNextConversation(input: $input) { id } }',
        {
          input: { id: (await matrixConversation(w.dataSource, w, 'CONFIRMED')).conversationId },
        },
      ),
  },
  suggestedTableMembers: {
    allowed: COORDINATORS,
    build: async (w) =>
      q('query($id: ID!) { suggestedTableMembers(tableId: $id) { score } }', {
        id: (await matrixConversation(w.dataSource, w)).tableId,
      }),
  },
  // Notifications and the personal calendar feed: each user's own.
  myNotifications: { allowed: SIGNED_IN, build: () => q('{ myNotifications { totalCount } }') },
  markNotificationRead: {
    allowed: SIGNED_IN,
    build: async (w, role) =>
      q('mutation($input: IdInput!) { markNotificationRead(input: $input) { id } }', {
        input: { id: await notificationFor(w.dataSource, w.emails[role]) },
      }),
  },
  markAllNotificationsRead: {
    allowed: SIGNED_IN,
    build: () => q('mutation { markAllNotificationsRead }'),
  },
  myCalendarFeed: { allowed: SIGNED_IN, build: () => q('{ myCalendarFeed { active } }') },
  renewCalendarFeed: {
    allowed: SIGNED_IN,
    build: () => q('mutation { renewCalendarFeed { url } }'),
  },
};

async function buildWorld(dataSource: DataSource, sessions: SessionsService): Promise<World> {
  const o = await organisationFactory(dataSource);
  const p = await organisationFactory(dataSource);
  const pending = await organisationFactory(dataSource, { status: OrganisationStatus.PENDING });
  const organisationAdmin = await userFactory(dataSource);
  const secondAdmin = await userFactory(dataSource);
  const member = await userFactory(dataSource);
  const targetMember = await userFactory(dataSource);
  const outsider = await userFactory(dataSource);
  const pendingAdmin = await userFactory(dataSource);
  const coordinator = await userFactory(dataSource, { platformRole: PlatformRole.COORDINATOR });
  const admin = await userFactory(dataSource, { platformRole: PlatformRole.ADMIN });
  const target = await userFactory(dataSource);
  await membershipFactory(dataSource, organisationAdmin, o, MembershipRole.ORGANISATION_ADMIN);
  await membershipFactory(dataSource, secondAdmin, o, MembershipRole.ORGANISATION_ADMIN);
  await membershipFactory(dataSource, member, o, MembershipRole.MEMBER);
  const targetMembership = await membershipFactory(
    dataSource,
    targetMember,
    o,
    MembershipRole.MEMBER,
  );
  const school = await organisationFactory(dataSource, { kind: OrganisationKind.SCHOOL_MBO });
  await membershipFactory(dataSource, organisationAdmin, school, MembershipRole.ORGANISATION_ADMIN);
  await membershipFactory(dataSource, secondAdmin, school, MembershipRole.ORGANISATION_ADMIN);
  await membershipFactory(dataSource, member, school, MembershipRole.MEMBER);
  const otherMembership = await membershipFactory(
    dataSource,
    outsider,
    p,
    MembershipRole.ORGANISATION_ADMIN,
  );
  await membershipFactory(dataSource, pendingAdmin, pending, MembershipRole.ORGANISATION_ADMIN);
  const invitation = async (organisationId: string) =>
    (
      await dataSource.query(
        `INSERT INTO invitation (organisation_id, email, role, token_hash, expires_at)
         VALUES ($1, $2, 'MEMBER', $3, now() + interval '1 day') RETURNING id`,
        [organisationId, `${unique('uitgenodigd')}@test.example`, hashToken(newToken())],
      )
    )[0].id as string;
  const people: Record<Exclude<RoleName, 'anonymous'>, typeof member> = {
    outsider,
    member,
    organisationAdmin,
    coordinator,
    admin,
  };
  const tokens: World['tokens'] = {};
  const emails: World['emails'] = {};
  for (const [role, user] of Object.entries(people) as [RoleName, typeof member][]) {
    tokens[role] = await sessionFactory(dataSource, sessions, user);
    emails[role] = user.email;
  }
  return {
    organisationId: o.id,
    otherOrganisationId: p.id,
    pendingOrganisationId: pending.id,
    targetMembershipId: targetMembership.id,
    otherMembershipId: otherMembership.id,
    invitationId: await invitation(o.id),
    otherInvitationId: await invitation(p.id),
    targetUserId: target.id,
    targetEmail: target.email,
    targetMemberUserId: targetMember.id,
    dataSource,
    openNeedId: await needFactory(dataSource, o),
    draftNeedId: await needFactory(dataSource, o, { status: 'DRAFT' }),
    otherNeedId: await needFactory(dataSource, p),
    otherDraftNeedId: await needFactory(dataSource, p, { status: 'DRAFT' }),
    schoolId: school.id,
    openCohortId: await cohortFactory(dataSource, school),
    draftCohortId: await cohortFactory(dataSource, school, { status: 'DRAFT' }),
    ...(await marketplaceWorld(dataSource, o, p, school)),
    tokens,
    emails,
  };
}

/** Minors, challenges and partnerships between O, P, S and another school T. */
async function marketplaceWorld(
  dataSource: DataSource,
  o: OrganisationEntity,
  p: OrganisationEntity,
  school: OrganisationEntity,
) {
  const otherSchool = await organisationFactory(dataSource, { kind: OrganisationKind.SCHOOL_HBO });
  const openMinor = await minorFactory(dataSource, school, {
    slots: [{ role: 'CASE', wanted: 3 }],
  });
  const otherMinor = await minorFactory(dataSource, otherSchool);
  const otherChallengeId = await challengeFactory(dataSource, p);
  const partnership = async (
    kind: 'PARTNER_SLOT' | 'CHALLENGE_ADOPTION',
    minorId: string,
    target: string,
    proposer: string,
    recipient: string,
  ) =>
    (
      await dataSource.query(
        `INSERT INTO partnership (kind, minor_id, slot_id, challenge_id, proposer_organisation_id, recipient_organisation_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          kind,
          minorId,
          kind === 'PARTNER_SLOT' ? target : null,
          kind === 'CHALLENGE_ADOPTION' ? target : null,
          proposer,
          recipient,
        ],
      )
    )[0].id as string;
  return {
    openMinorId: openMinor.id,
    draftMinorId: (await minorFactory(dataSource, school, { status: 'DRAFT' })).id,
    openSlotId: openMinor.slotIds[0],
    openChallengeId: await challengeFactory(dataSource, o),
    draftChallengeId: await challengeFactory(dataSource, o, { status: 'DRAFT' }),
    incomingOfferId: await partnership(
      'PARTNER_SLOT',
      openMinor.id,
      openMinor.slotIds[0],
      p.id,
      school.id,
    ),
    outgoingAdoptionId: await partnership(
      'CHALLENGE_ADOPTION',
      openMinor.id,
      otherChallengeId,
      school.id,
      p.id,
    ),
    otherMinorId: otherMinor.id,
    otherChallengeId,
    otherPartnershipId: await partnership(
      'PARTNER_SLOT',
      otherMinor.id,
      otherMinor.slotIds[0],
      p.id,
      otherSchool.id,
    ),
  };
}

function helpersFor(dataSource: DataSource): Helpers {
  return {
    async oneTimeToken(purpose, verified) {
      const user = await userFactory(dataSource, { emailVerifiedAt: verified ? new Date() : null });
      const token = newToken();
      await dataSource.query(
        `INSERT INTO one_time_token (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`,
        [user.id, purpose, hashToken(token)],
      );
      return token;
    },
    async invitationFor(email) {
      const organisation = await organisationFactory(dataSource);
      const token = newToken();
      await dataSource.query(
        `INSERT INTO invitation (organisation_id, email, role, token_hash, expires_at) VALUES ($1, $2, 'MEMBER', $3, now() + interval '1 day')`,
        [organisation.id, email, hashToken(token)],
      );
      return token;
    },
    async matchingRound(world, options = {}) {
      const [row] = await dataSource.query(
        `INSERT INTO matching_round (name, policy, weights, need_filter, cohort_filter, status, document, run_count)
         VALUES ('Matrixronde', 'OPTIMAL', '{}', $1, $2, $3, $4, $5) RETURNING id`,
        [
          JSON.stringify({ organisationId: world.organisationId }),
          JSON.stringify({ organisationId: world.schoolId }),
          options.status ?? 'DRAFT',
          options.document
            ? JSON.stringify({ policy: 'optimal', demands: [], supplies: [], pairs: [] })
            : null,
          options.document ? 1 : 0,
        ],
      );
      if (options.forbid) {
        await dataSource.query(
          `INSERT INTO matching_round_rule (round_id, need_id, cohort_id, kind) VALUES ($1, $2, $3, 'FORBID')`,
          [row.id, world.openNeedId, world.openCohortId],
        );
      }
      return row.id;
    },
    async introduction(world, others = false) {
      const roundId = await this.matchingRound(world, { status: 'PUBLISHED' });
      let [needId, companyId, cohortId, schoolId] = [
        world.openNeedId,
        world.organisationId,
        world.openCohortId,
        world.schoolId,
      ];
      if (others) {
        const school = await organisationFactory(dataSource, { kind: OrganisationKind.SCHOOL_HBO });
        [needId, companyId, schoolId] = [world.otherNeedId, world.otherOrganisationId, school.id];
        cohortId = await cohortFactory(dataSource, school);
      }
      const [row] = await dataSource.query(
        `INSERT INTO introduction (round_id, need_id, cohort_id, company_organisation_id, school_organisation_id, count, score)
         VALUES ($1, $2, $3, $4, $5, 1, 0.5) RETURNING id`,
        [roundId, needId, cohortId, companyId, schoolId],
      );
      return row.id;
    },
    async sessionIdOf(token) {
      if (!token) return UUID_NOBODY;
      const [row] = await dataSource.query('SELECT id FROM user_session WHERE token_hash = $1', [
        hashToken(token),
      ]);
      return row.id;
    },
  };
}

const REFUSALS = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];

describe('authorisation matrix', () => {
  let t: TestApp;
  let sessions: SessionsService;
  beforeAll(async () => {
    // Queued matching rounds stay queued: a run finishing mid-case would add audit entries.
    t = await bootTestApp({ JOBS_WORKER: 'off' });
    sessions = t.app.get(SessionsService);
  });
  afterAll(async () => {
    // The runs it queued must not run (and audit) in the background of later suites.
    await t.dataSource.query(`DELETE FROM job WHERE queue = 'matching-round'`);
    await t.close();
  });

  const auditCount = async () =>
    Number((await t.dataSource.query('SELECT count(*)::int AS c FROM audit_log'))[0].c);

  it('should have a row for every query and mutation of the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  const cases = Object.entries(MATRIX).flatMap(([operation, entry]) =>
    ROLES.map((role) => [operation, role, entry.allowed.includes(role)] as const),
  );

  it.each(cases)('%s as %s: allowed %p', async (operation, role, allowed) => {
    const world = await buildWorld(t.dataSource, sessions);
    const { query, variables } = await MATRIX[operation].build(
      world,
      role,
      helpersFor(t.dataSource),
    );
    const before = await auditCount();
    const result: GqlResult<unknown> = await t.gql(query, variables, { token: world.tokens[role] });
    if (allowed) {
      expect(result.errors).toBeUndefined();
      return;
    }
    const code = result.errors?.[0]?.extensions?.code;
    expect(REFUSALS).toContain(code);
    if (role === 'anonymous') expect(code).toBe('UNAUTHENTICATED');
    // A refusal changes nothing.
    expect(await auditCount()).toBe(before);
  });

  describe('cross-organisation id probes', () => {
    // The admin of O aims every id-taking operation at the other organisation P.
    const probes: [string, (w: World) => { query: string; variables: Record<string, unknown> }][] =
      [
        [
          'organisation (pending)',
          (w) => ({
            query: 'query($id: ID!) { organisation(id: $id) { id } }',
            variables: { id: w.pendingOrganisationId },
          }),
        ],
        [
          'updateOrganisation',
          (w) => ({
            query:
              'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }',
            variables: { input: { id: w.otherOrganisationId, description: 'x' } },
          }),
        ],
        [
          'inviteMember',
          (w) => ({
            query: 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
            variables: {
              input: { organisationId: w.otherOrganisationId, email: 'probe@test.example' },
            },
          }),
        ],
        [
          'revokeInvitation',
          (w) => ({
            query: 'mutation($input: IdInput!) { revokeInvitation(input: $input) }',
            variables: { input: { id: w.otherInvitationId } },
          }),
        ],
        [
          'removeMember',
          (w) => ({
            query: 'mutation($input: IdInput!) { removeMember(input: $input) }',
            variables: { input: { id: w.otherMembershipId } },
          }),
        ],
        [
          'changeMemberRole',
          (w) => ({
            query:
              'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }',
            variables: { input: { membershipId: w.otherMembershipId, role: 'MEMBER' } },
          }),
        ],
        [
          'revokeSession',
          (w) => ({
            query: 'mutation($input: IdInput!) { revokeSession(input: $input) }',
            variables: { input: { id: UUID_NOBODY, probeOf: w.otherOrganisationId } },
          }),
        ],
        [
          'updateInternshipNeed',
          (w) => ({
            query:
              'mutation($input: UpdateInternshipNeedInput!) { updateInternshipNeed(input: $input) { id } }',
            variables: { input: { id: w.otherNeedId, places: 9 } },
          }),
        ],
        [
          'closeInternshipNeed',
          (w) => ({
            query: 'mutation($input: IdInput!) { closeInternshipNeed(input: $input) { id } }',
            variables: { input: { id: w.otherNeedId } },
          }),
        ],
        [
          'internshipNeed (draft)',
          (w) => ({
            query: 'query($id: ID!) { internshipNeed(id: $id) { id } }',
            variables: { id: w.otherDraftNeedId },
          }),
        ],
        [
          'recommendedCohorts (draft need)',
          (w) => ({
            query: 'query($id: ID!) { recommendedCohorts(needId: $id) { score } }',
            variables: { id: w.otherDraftNeedId },
          }),
        ],
        [
          'updateMinor',
          (w) => ({
            query: 'mutation($input: UpdateMinorInput!) { updateMinor(input: $input) { id } }',
            variables: { input: { id: w.otherMinorId, capacity: 3 } },
          }),
        ],
        [
          'closeChallenge',
          (w) => ({
            query: 'mutation($input: IdInput!) { closeChallenge(input: $input) { id } }',
            variables: { input: { id: w.otherChallengeId } },
          }),
        ],
        [
          'partnership (of others)',
          (w) => ({
            query: 'query($id: ID!) { partnership(id: $id) { id } }',
            variables: { id: w.otherPartnershipId },
          }),
        ],
        [
          'acceptPartnership (of others)',
          (w) => ({
            query:
              'mutation($input: PartnershipResponseInput!) { acceptPartnership(input: $input) { id } }',
            variables: { input: { id: w.otherPartnershipId } },
          }),
        ],
        [
          'withdrawPartnership (of others)',
          (w) => ({
            query:
              'mutation($input: PartnershipResponseInput!) { withdrawPartnership(input: $input) { id } }',
            variables: { input: { id: w.otherPartnershipId } },
          }),
        ],
        [
          'approveOrganisation',
          (w) => ({
            query: 'mutation($input: IdInput!) { approveOrganisation(input: $input) { id } }',
            variables: { input: { id: w.otherOrganisationId } },
          }),
        ],
        [
          'myIntroductions (of another organisation)',
          (w) => ({
            query: 'query($id: ID!) { myIntroductions(organisationId: $id) { totalCount } }',
            variables: { id: w.otherOrganisationId },
          }),
        ],
        [
          'introduction (of others)',
          () => ({
            query: 'query($id: ID!) { introduction(id: $id) { id } }',
            variables: { id: OTHERS_INTRODUCTION },
          }),
        ],
        [
          'acceptIntroduction (of others)',
          () => ({
            query:
              'mutation($input: IntroductionResponseInput!) { acceptIntroduction(input: $input) { id } }',
            variables: { input: { id: OTHERS_INTRODUCTION } },
          }),
        ],
        [
          'declineIntroduction (of others)',
          () => ({
            query:
              'mutation($input: IntroductionResponseInput!) { declineIntroduction(input: $input) { id } }',
            variables: { input: { id: OTHERS_INTRODUCTION } },
          }),
        ],
      ];

    it.each(probes)(
      '%s on another organisation is refused and changes nothing',
      async (_name, build) => {
        const world = await buildWorld(t.dataSource, sessions);
        const { query, variables } = build(world);
        // An introduction between P and another school stands in for its placeholder.
        if (JSON.stringify(variables).includes(OTHERS_INTRODUCTION)) {
          const id = await helpersFor(t.dataSource).introduction(world, true);
          const input = variables['input'] as Record<string, unknown> | undefined;
          if (input) input['id'] = id;
          else variables['id'] = id;
        }
        const input = variables['input'] as Record<string, unknown> | undefined;
        if (input) delete input['probeOf'];
        const before = await auditCount();
        const result = await t.gql(query, variables, { token: world.tokens.organisationAdmin });
        expect(REFUSALS).toContain(result.errors?.[0]?.extensions?.code);
        expect(await auditCount()).toBe(before);
      },
    );

    it('should not reveal the members of another organisation', async () => {
      const world = await buildWorld(t.dataSource, sessions);
      const result = await t.gql<{ organisation: { members: unknown; invitations: unknown } }>(
        'query($id: ID!) { organisation(id: $id) { members { id } invitations { id } } }',
        { id: world.otherOrganisationId },
        { token: world.tokens.organisationAdmin },
      );
      expect(result.data!.organisation).toEqual({ members: null, invitations: null });
    });
  });
});
