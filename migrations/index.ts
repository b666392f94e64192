import { CreateReferenceData1764547200000 } from './1764547200000-CreateReferenceData';
import { CreateOrganisations1764547200001 } from './1764547200001-CreateOrganisations';
import { CreateAccounts1764547200002 } from './1764547200002-CreateAccounts';
import { CreateInternshipNeeds1764547200003 } from './1764547200003-CreateInternshipNeeds';
import { CreateCohorts1764547200004 } from './1764547200004-CreateCohorts';
import { CreateMinorsChallengesPartnerships1764547200005 } from './1764547200005-CreateMinorsChallengesPartnerships';

/** Every migration, oldest first. Listed explicitly because the API is bundled. */
export const MIGRATIONS = [
  CreateReferenceData1764547200000,
  CreateOrganisations1764547200001,
  CreateAccounts1764547200002,
  CreateInternshipNeeds1764547200003,
  CreateCohorts1764547200004,
  CreateMinorsChallengesPartnerships1764547200005,
];
