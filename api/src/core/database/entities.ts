import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { EcosystemReferenceEntity } from '../../reference/entities/ecosystem-reference.entity';
import { EducationLevelReferenceEntity } from '../../reference/entities/education-level-reference.entity';
import { MunicipalityEntity } from '../../reference/entities/municipality.entity';
import { SkillEntity } from '../../reference/entities/skill.entity';

/** Every entity, listed explicitly because the API is bundled. */
export const ENTITIES = [
  MunicipalityEntity,
  SkillEntity,
  EcosystemReferenceEntity,
  EducationLevelReferenceEntity,
  OrganisationEntity,
];
