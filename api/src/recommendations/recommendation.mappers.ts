import type {
  Barrier as EngineBarrier,
  MatchExplanation as EngineExplanation,
  SkillMatch,
} from '@knooppunt/matching';
import { Barrier, BarrierCode, MatchExplanation, MatchSkill } from './models/recommendation.models';

const NO_DETAILS = {
  travelMinutes: null,
  maxTravelMinutes: null,
  municipalityCode: null,
  uncoveredDemandDays: null,
  uncoveredSupplyDays: null,
  missingLanguages: null,
};

export function toBarrier(barrier: EngineBarrier): Barrier {
  switch (barrier.code) {
    case 'UNREACHABLE':
      return {
        ...NO_DETAILS,
        code: BarrierCode.UNREACHABLE,
        travelMinutes: barrier.travelMinutes,
        maxTravelMinutes: barrier.maxTravelMinutes,
      };
    case 'REACH_UNKNOWN':
      return {
        ...NO_DETAILS,
        code: BarrierCode.REACH_UNKNOWN,
        municipalityCode: barrier.municipality,
      };
    case 'NO_COMPENSATION':
      return { ...NO_DETAILS, code: BarrierCode.NO_COMPENSATION };
    case 'PERIOD_GAP':
      return {
        ...NO_DETAILS,
        code: BarrierCode.PERIOD_GAP,
        uncoveredDemandDays: barrier.uncoveredDemandDays,
        uncoveredSupplyDays: barrier.uncoveredSupplyDays,
      };
    case 'LANGUAGE':
      return { ...NO_DETAILS, code: BarrierCode.LANGUAGE, missingLanguages: [...barrier.missing] };
  }
}

/**
 * The engine's explanation as the API shows it. `ranked` tells whether the asking listing
 * ranks a skill (needs do; challenges do not, so their importance is null).
 */
export function toMatchExplanation(
  explanation: EngineExplanation,
  ranked: (skillId: string) => boolean,
): MatchExplanation {
  const skill = (s: SkillMatch): MatchSkill => ({
    skillId: s.skill,
    importance: ranked(s.skill) ? s.importance : null,
  });
  return {
    components: { ...explanation.components },
    weights: { ...explanation.weights },
    matchedSkills: explanation.matchedSkills.map(skill),
    partialSkills: explanation.partialSkills.map(skill),
    missingSkills: explanation.missingSkills.map(skill),
    barriers: explanation.barriers.map(toBarrier),
    travelMinutes: explanation.travelMinutes,
    bikeMinutes: explanation.bikeMinutes,
    overlapDays: explanation.overlapDays,
  };
}
