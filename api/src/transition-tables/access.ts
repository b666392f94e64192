import { EntityManager } from 'typeorm';
import { Actor, isCoordinator } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { ConversationEntity } from './entities/conversation.entity';
import { ConversationStatus } from './transition-tables.enums';
import { tableErrors } from './transition-tables.errors';

// Who may do what (docs/transition-tables.md): regional coordinators and admins organise every
// table; members of a table see it and its conversations (not drafts); an invitee sees the
// conversations they are invited to and answers only for themselves. To anyone else a table
// or conversation does not exist (NOT_FOUND).

export function assertOrganiser(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw AppError.unauthenticated();
  if (!isCoordinator(actor)) throw tableErrors.notCoordinator();
}

export async function isTableMember(
  manager: EntityManager,
  tableId: string,
  userId: string,
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    'SELECT 1 FROM transition_table_member WHERE table_id = $1 AND user_id = $2',
    [tableId, userId],
  );
  return rows.length > 0;
}

export async function canSeeTable(
  manager: EntityManager,
  actor: Actor | null,
  tableId: string,
): Promise<boolean> {
  if (!actor) return false;
  if (isCoordinator(actor)) return true;
  return isTableMember(manager, tableId, actor.userId);
}

export async function canSeeConversation(
  manager: EntityManager,
  actor: Actor | null,
  conversation: ConversationEntity,
): Promise<boolean> {
  if (!actor) return false;
  if (isCoordinator(actor)) return true;
  if (conversation.status === ConversationStatus.DRAFT) return false;
  const rows: unknown[] = await manager.query(
    `SELECT 1 WHERE EXISTS (SELECT 1 FROM transition_table_member WHERE table_id = $1 AND user_id = $3)
        OR EXISTS (SELECT 1 FROM conversation_invitee WHERE conversation_id = $2 AND user_id = $3)`,
    [conversation.tableId, conversation.id, actor.userId],
  );
  return rows.length > 0;
}

/** The conversation, locked for update when asked, or NOT_FOUND for those who may not see it. */
export async function visibleConversation(
  manager: EntityManager,
  actor: Actor | null,
  id: string,
  lock = false,
): Promise<ConversationEntity> {
  const conversation = await manager.getRepository(ConversationEntity).findOne({
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!conversation || !(await canSeeConversation(manager, actor, conversation))) {
    throw AppError.notFound('conversation');
  }
  return conversation;
}
