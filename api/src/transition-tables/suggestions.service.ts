import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HELICES, Helix } from '@knooppunt/domain';
import { DataSource } from 'typeorm';
import { RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { assertOrganiser } from './access';
import { TransitionTableEntity } from './entities/transition-table.entity';
import { quorumOf } from './transition-tables.errors';

export interface SuggestionReasonData {
  code: 'HELIX_MISSING' | 'HELIX_THIN' | 'THEME' | 'ECOSYSTEM' | 'NEW_MUNICIPALITY';
  messageKey: string;
  message: string;
  params: Record<string, unknown>;
}

export interface SuggestedOrganisation {
  organisationId: string;
  helix: Helix;
  score: number;
  reasons: SuggestionReasonData[];
}

interface Candidate {
  id: string;
  name: string;
  helix: Helix;
  municipality_code: string;
  theme_fit: boolean;
  ecosystem_fit: boolean;
}

// Weights of the ranking: restoring a missing helix outranks strengthening a thin one, which
// outranks any fit; among equals the theme counts more than the ecosystem, and a municipality
// not yet at the table breaks the rest. Ties: name, then id — deterministic.
const WEIGHT = { missing: 100, thin: 50, theme: 20, ecosystem: 10, municipality: 5 };

/**
 * Organisations to invite to a table: approved, with people, not yet at the table, of a helix
 * that is missing (fewer members than the quorum) or thin (none to spare: members ≤ quorum),
 * working on the table's theme or in its ecosystem. Two statements.
 */
@Injectable()
export class SuggestionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async suggest(
    ctx: RequestContext,
    tableId: string,
    take: number,
  ): Promise<SuggestedOrganisation[]> {
    assertOrganiser(ctx.actor);
    const table = await this.dataSource
      .getRepository(TransitionTableEntity)
      .findOneBy({ id: tableId });
    if (!table) throw AppError.notFound('transitionTable');
    const members: { helix: Helix; count: number; municipalities: string[] }[] =
      await this.dataSource.query(
        `SELECT o.helix, count(DISTINCT m.user_id)::int AS count,
                array_agg(DISTINCT o.municipality_code) AS municipalities
           FROM transition_table_member m JOIN organisation o ON o.id = m.organisation_id
          WHERE m.table_id = $1 GROUP BY o.helix`,
        [tableId],
      );
    const quorum = quorumOf(table);
    const have = new Map(members.map((m) => [m.helix, m.count]));
    const present = new Set(members.flatMap((m) => m.municipalities));
    const need = (helix: Helix) => Math.max(quorum[helix], 1);
    const short = HELICES.filter((h) => (have.get(h) ?? 0) <= need(h));
    if (short.length === 0) return [];
    const candidates: Candidate[] = await this.dataSource.query(
      `SELECT o.id, o.name, o.helix, o.municipality_code,
              ($3::theme = ANY(o.themes)) AS theme_fit, (o.ecosystem = $4::ecosystem) AS ecosystem_fit
         FROM organisation o
        WHERE o.status = 'ACTIVE' AND o.helix = ANY($2::helix[])
          AND ($3::theme = ANY(o.themes) OR o.ecosystem = $4::ecosystem)
          AND EXISTS (SELECT 1 FROM membership s WHERE s.organisation_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM transition_table_member m WHERE m.table_id = $1 AND m.organisation_id = o.id)`,
      [tableId, short, table.theme, table.ecosystem],
    );
    const ranked = candidates.map((c) => {
      const count = have.get(c.helix) ?? 0;
      const missing = count < need(c.helix);
      const helixName = c.helix.toLowerCase();
      const reasons: SuggestionReasonData[] = [
        missing
          ? {
              code: 'HELIX_MISSING',
              messageKey: 'suggestions.helixMissing',
              message: `The ${helixName} helix has ${count} of the quorum of ${need(c.helix)}.`,
              params: { helix: c.helix, have: count, need: need(c.helix) },
            }
          : {
              code: 'HELIX_THIN',
              messageKey: 'suggestions.helixThin',
              message: `The ${helixName} helix has ${count} member(s) for a quorum of ${need(c.helix)}: nobody to spare.`,
              params: { helix: c.helix, have: count, need: need(c.helix) },
            },
      ];
      if (c.theme_fit) {
        reasons.push({
          code: 'THEME',
          messageKey: 'suggestions.theme',
          message: `Works on the table's theme (${table.theme}).`,
          params: { theme: table.theme },
        });
      }
      if (c.ecosystem_fit) {
        reasons.push({
          code: 'ECOSYSTEM',
          messageKey: 'suggestions.ecosystem',
          message: `Belongs to the table's ecosystem (${table.ecosystem}).`,
          params: { ecosystem: table.ecosystem },
        });
      }
      const newMunicipality = !present.has(c.municipality_code);
      if (newMunicipality) {
        reasons.push({
          code: 'NEW_MUNICIPALITY',
          messageKey: 'suggestions.newMunicipality',
          message: 'Brings a municipality not yet at the table.',
          params: { municipalityCode: c.municipality_code },
        });
      }
      const score =
        (missing ? WEIGHT.missing : WEIGHT.thin) +
        (c.theme_fit ? WEIGHT.theme : 0) +
        (c.ecosystem_fit ? WEIGHT.ecosystem : 0) +
        (newMunicipality ? WEIGHT.municipality : 0);
      return { candidate: c, score, reasons };
    });
    ranked.sort(
      (a, b) =>
        b.score - a.score ||
        a.candidate.name.localeCompare(b.candidate.name, 'nl') ||
        (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0),
    );
    return ranked.slice(0, take).map((r) => ({
      organisationId: r.candidate.id,
      helix: r.candidate.helix,
      score: r.score,
      reasons: r.reasons,
    }));
  }
}
