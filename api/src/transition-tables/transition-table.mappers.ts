import { Helix } from '@knooppunt/domain';
import { ActionItemEntity, ConversationEntity } from './entities/conversation.entity';
import { TransitionTableEntity } from './entities/transition-table.entity';
import { VenueEntity } from './entities/venue.entity';
import {
  ActionItem,
  Conversation,
  ConversationSlot,
  HelixQuorum,
  TablePerson,
  TransitionTable,
  Venue,
} from './models/transition-table.models';
import { toAmsterdamIso } from './amsterdam';

function quorum(row: {
  quorumBusiness: number;
  quorumEducation: number;
  quorumGovernment: number;
}): HelixQuorum {
  return {
    business: row.quorumBusiness,
    education: row.quorumEducation,
    government: row.quorumGovernment,
  };
}

export function toTransitionTable(row: TransitionTableEntity): TransitionTable {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    theme: row.theme,
    ecosystem: row.ecosystem,
    description: row.description,
    goals: row.goals,
    status: row.status,
    quorum: quorum(row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toVenue(row: VenueEntity): Venue {
  return {
    id: row.id,
    name: row.name,
    municipalityCode: row.municipalityCode,
    hostOrganisationId: row.hostOrganisationId,
    address: row.address,
    capacity: row.capacity,
    wheelchairAccessible: row.wheelchairAccessible,
    publicTransportAccess: row.publicTransportAccess,
    publicTransportNote: row.publicTransportNote,
    createdAt: row.createdAt,
  };
}

export function toConversation(row: ConversationEntity): Conversation {
  return {
    id: row.id,
    tableId: row.tableId,
    confirmedSlotId: row.confirmedSlotId,
    confirmedVenueId: row.confirmedVenueId,
    previousConversationId: row.previousConversationId,
    title: row.title,
    agenda: row.agenda,
    durationMinutes: row.durationMinutes,
    status: row.status,
    quorum: quorum(row),
    sequence: row.sequence,
    confirmedAt: row.confirmedAt,
    cancelledAt: row.cancelledAt,
    cancelReason: row.cancelReason,
    minutes: row.minutes,
    minutesUpdatedAt: row.minutesUpdatedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export interface SlotRow {
  id: string;
  conversation_id: string;
  start: Date;
  end: Date;
}

export function toSlot(row: SlotRow): ConversationSlot {
  return {
    id: row.id,
    start: row.start,
    end: row.end,
    startLocal: toAmsterdamIso(row.start),
    endLocal: toAmsterdamIso(row.end),
  };
}

export interface PersonRow {
  user_id: string;
  display_name: string;
  organisation_id: string | null;
  helix: Helix | null;
}

export function toPerson(row: PersonRow): TablePerson {
  return {
    id: row.user_id,
    displayName: row.display_name,
    organisationId: row.organisation_id,
    helix: row.helix,
  };
}

export function toActionItem(row: ActionItemEntity): ActionItem {
  return {
    id: row.id,
    conversationId: row.conversationId,
    ownerOrganisationId: row.ownerOrganisationId,
    description: row.description,
    dueDate: row.dueDate,
    status: row.status,
    doneAt: row.doneAt,
    createdAt: row.createdAt,
  };
}
