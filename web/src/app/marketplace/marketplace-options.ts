import { inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { map, of } from 'rxjs';
import type {
  MarketplaceOptionsQuery,
  MarketplaceSkillFragment,
  SkillCategory,
} from '../generated/graphql';
import { MarketplaceOptionsDocument } from '../generated/graphql';
import { queryState, Reload, requireData } from '../shared/query-state';

export interface MunicipalityOption {
  readonly code: string;
  readonly name: string;
}

/** The skills of one taxonomy category, for an <optgroup>. */
export interface SkillGroup {
  readonly category: SkillCategory;
  readonly skills: readonly MarketplaceSkillFragment[];
}

/** What the marketplace filters and forms choose from. */
export interface MarketplaceOptions {
  readonly municipalities: readonly MunicipalityOption[];
  readonly skillGroups: readonly SkillGroup[];
}

export const noOptions: MarketplaceOptions = { municipalities: [], skillGroups: [] };

export function toOptions(data: MarketplaceOptionsQuery): MarketplaceOptions {
  return {
    municipalities: data.municipalities.map(({ code, name }) => ({ code, name })),
    skillGroups: (
      [
        ['DIGITAL', data.digital.items],
        ['SUSTAINABLE', data.sustainable.items],
        ['TECHNICAL', data.technical.items],
        ['OTHER', data.other.items],
      ] as const
    )
      .filter(([, skills]) => skills.length > 0)
      .map(([category, skills]) => ({ category, skills })),
  };
}

/** Every skill of the groups, by id. */
export function skillsById(
  groups: readonly SkillGroup[],
): ReadonlyMap<string, MarketplaceSkillFragment> {
  return new Map(groups.flatMap((group) => group.skills.map((skill) => [skill.id, skill])));
}

/** The options as a query state (for forms, which cannot work without them). */
export function marketplaceOptions(reload: Reload) {
  const apollo = inject(Apollo);
  return toSignal(
    queryState(
      of(null),
      () =>
        apollo
          .query({ query: MarketplaceOptionsDocument })
          .pipe(map((result) => toOptions(requireData(result)))),
      reload,
    ),
  );
}
