import { OneTimeTokenEntity } from '../../accounts/entities/one-time-token.entity';
import { SessionEntity } from '../../accounts/entities/session.entity';
import { UserEntity } from '../../accounts/entities/user.entity';
import { AuditEntryEntity } from '../../audit/entities/audit-entry.entity';
import {
  InternshipNeedEntity,
  InternshipNeedSkillEntity,
} from '../../marketplace/entities/internship-need.entity';
import { CohortEntity, CohortSkillEntity } from '../../marketplace/entities/cohort.entity';
import { ChallengeEntity, ChallengeSkillEntity } from '../../marketplace/entities/challenge.entity';
import {
  MinorEntity,
  MinorPartnerSlotEntity,
  MinorSkillEntity,
} from '../../marketplace/entities/minor.entity';
import { PartnershipEntity } from '../../marketplace/entities/partnership.entity';
import { OutboxMailEntity } from '../../mail/entities/outbox-mail.entity';
import {
  IntroductionEntity,
  PlacementEntity,
} from '../../matching-rounds/entities/introduction.entity';
import {
  MatchingAssignmentEntity,
  MatchingRoundEntity,
  MatchingRuleEntity,
  MatchingUnassignedEntity,
} from '../../matching-rounds/entities/matching-round.entity';
import { InvitationEntity } from '../../organisations/entities/invitation.entity';
import { MembershipEntity } from '../../organisations/entities/membership.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { EcosystemReferenceEntity } from '../../reference/entities/ecosystem-reference.entity';
import { EducationLevelReferenceEntity } from '../../reference/entities/education-level-reference.entity';
import { MunicipalityEntity } from '../../reference/entities/municipality.entity';
import { SkillEntity } from '../../reference/entities/skill.entity';
import {
  CalendarFeedEntity,
  NotificationEntity,
} from '../../notifications/entities/notification.entity';
import {
  ActionItemEntity,
  AvailabilityEntity,
  ConversationEntity,
  ConversationInviteeEntity,
  ConversationSlotEntity,
  ConversationVenueEntity,
} from '../../transition-tables/entities/conversation.entity';
import {
  TableCoordinatorEntity,
  TableMemberEntity,
  TransitionTableEntity,
} from '../../transition-tables/entities/transition-table.entity';
import { VenueEntity } from '../../transition-tables/entities/venue.entity';

/** Every entity, listed explicitly because the API is bundled. */
export const ENTITIES = [
  MunicipalityEntity,
  SkillEntity,
  EcosystemReferenceEntity,
  EducationLevelReferenceEntity,
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  OneTimeTokenEntity,
  MembershipEntity,
  InvitationEntity,
  OutboxMailEntity,
  AuditEntryEntity,
  InternshipNeedEntity,
  InternshipNeedSkillEntity,
  CohortEntity,
  CohortSkillEntity,
  MinorEntity,
  MinorSkillEntity,
  MinorPartnerSlotEntity,
  ChallengeEntity,
  ChallengeSkillEntity,
  PartnershipEntity,
  MatchingRoundEntity,
  MatchingRuleEntity,
  MatchingAssignmentEntity,
  MatchingUnassignedEntity,
  IntroductionEntity,
  PlacementEntity,
  TransitionTableEntity,
  TableCoordinatorEntity,
  TableMemberEntity,
  VenueEntity,
  ConversationEntity,
  ConversationSlotEntity,
  ConversationVenueEntity,
  ConversationInviteeEntity,
  AvailabilityEntity,
  ActionItemEntity,
  NotificationEntity,
  CalendarFeedEntity,
];
