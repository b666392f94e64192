import { EcosystemReferenceEntity } from './entities/ecosystem-reference.entity';
import { EducationLevelReferenceEntity } from './entities/education-level-reference.entity';
import { MunicipalityEntity } from './entities/municipality.entity';
import { SkillEntity } from './entities/skill.entity';
import {
  EcosystemReference,
  EducationLevelReference,
  Municipality,
  Skill,
} from './models/reference.models';

// Entities are not the API: each model is filled explicitly so a new column never leaks.

export function toMunicipality(entity: MunicipalityEntity): Municipality {
  return {
    code: entity.code,
    name: entity.name,
    latitude: entity.latitude,
    longitude: entity.longitude,
    transitModes: entity.transitModes,
    stations: entity.stations,
  };
}

export function toSkill(entity: SkillEntity): Skill {
  return {
    id: entity.id,
    code: entity.code,
    labelNl: entity.labelNl,
    labelEn: entity.labelEn,
    category: entity.category,
    ecosystems: entity.ecosystems,
  };
}

export function toEcosystemReference(entity: EcosystemReferenceEntity): EcosystemReference {
  return { code: entity.code, nameNl: entity.nameNl, nameEn: entity.nameEn };
}

export function toEducationLevelReference(
  entity: EducationLevelReferenceEntity,
): EducationLevelReference {
  return {
    code: entity.code,
    family: entity.family,
    rank: entity.rank,
    nameNl: entity.nameNl,
    nameEn: entity.nameEn,
  };
}
