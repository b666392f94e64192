import type { Helix } from '../generated/graphql';

// What the presentational components of conversations need, as plain shapes: the
// generated query types fit them (extra fields such as __typename are fine).

export type Answer = 'YES' | 'IF_NEED_BE' | 'NO';
export const answers: readonly Answer[] = ['YES', 'IF_NEED_BE', 'NO'];

export interface SlotView {
  readonly id: string;
  readonly start: string;
  readonly end: string;
}

export interface PersonView {
  readonly id: string;
  readonly displayName: string;
  readonly helix: Helix | null;
  readonly organisation?: { readonly name: string } | null;
}

export interface VenueView {
  readonly id: string;
  readonly name: string;
  readonly capacity: number;
  readonly address?: string;
  readonly municipality?: { readonly name: string } | null;
}

export interface QuorumView {
  readonly business: number;
  readonly education: number;
  readonly government: number;
}

export interface CellView {
  readonly slotId: string;
  readonly answer: Answer | null;
  readonly comment: string | null;
}

export interface MatrixView {
  readonly slots: readonly SlotView[];
  readonly groups: readonly {
    readonly helix: Helix;
    readonly quorum: number;
    readonly rows: readonly {
      readonly person: PersonView;
      readonly answers: readonly CellView[];
    }[];
  }[];
}

export interface ConversationRef {
  readonly id: string;
  readonly title: string;
}

export interface ProposedView {
  readonly conversation: ConversationRef;
  readonly slot: SlotView;
  readonly venue: VenueView;
  readonly attendees: readonly PersonView[];
  readonly score: number;
}

export interface UnscheduledView {
  readonly conversation: ConversationRef;
  readonly code: string;
  readonly messageKey: string;
  readonly reason: string;
  readonly slot: SlotView | null;
  readonly venue: VenueView | null;
  readonly helix: Helix | null;
  readonly have: number | null;
  readonly need: number | null;
  readonly shortfalls: readonly {
    readonly helix: Helix;
    readonly have: number;
    readonly need: number;
  }[];
  readonly suggestion: {
    readonly slot: SlotView | null;
    readonly venue: VenueView | null;
    readonly persons: readonly PersonView[];
    readonly invite: boolean;
    readonly move: readonly ConversationRef[];
  } | null;
}

export interface ProposalView {
  readonly scheduled: readonly ProposedView[];
  readonly unscheduled: readonly UnscheduledView[];
  readonly scheduledCount: number;
  readonly totalScore: number;
}

export type ActionItemStatus = 'OPEN' | 'DONE';

export interface ActionItemView {
  readonly id: string;
  readonly description: string;
  readonly dueDate: string;
  readonly status: ActionItemStatus;
  readonly ownerOrganisation?: { readonly id: string; readonly name: string } | null;
}

/** The helices in the order the matrix and the member lists show them. */
export const helixOrder: readonly Helix[] = ['BUSINESS', 'EDUCATION', 'GOVERNMENT'];

export function quorumOf(quorum: QuorumView, helix: Helix): number {
  switch (helix) {
    case 'BUSINESS':
      return quorum.business;
    case 'EDUCATION':
      return quorum.education;
    case 'GOVERNMENT':
      return quorum.government;
  }
}

export type ConversationStatus = 'DRAFT' | 'POLLING' | 'CONFIRMED' | 'CANCELLED';
