/** What a notification says: the translation key of its sentence and what fills it in. */
export interface NotificationMessage {
  readonly key: string;
  readonly title: string;
  readonly table: string;
  readonly venue: string;
  /** The conversation's slot, when the payload names one. */
  readonly slot: { readonly start: string; readonly end: string } | null;
  /** Why the coordinator cancelled, when they said. */
  readonly reason: string | null;
}

// The kinds the API sends (api/src/notifications/notifications.service.ts NotificationKind).
const kindKeys: Readonly<Record<string, string>> = {
  CONVERSATION_POLL_OPENED: 'notifications.kind.pollOpened',
  CONVERSATION_CONFIRMED: 'notifications.kind.confirmed',
  CONVERSATION_RESCHEDULED: 'notifications.kind.rescheduled',
  CONVERSATION_CANCELLED: 'notifications.kind.cancelled',
  CONVERSATION_REMINDER: 'notifications.kind.reminder',
};

/** Every sentence key a notification can show (for the translations check). */
export const notificationMessageKeys: readonly string[] = [
  ...Object.values(kindKeys),
  'notifications.kind.cancelledSlot',
  'notifications.kind.unknown',
];

function textOf(payload: Record<string, unknown>, name: string): string | null {
  const value = payload[name];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * The sentence of a notification from its kind and payload. A cancellation of a booked
 * conversation names its slot; a kind this app does not know gets a general sentence.
 */
export function notificationMessage(kind: string, payload: unknown): NotificationMessage {
  const fields =
    typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  const start = textOf(fields, 'start');
  const end = textOf(fields, 'end');
  const slot = start && end ? { start, end } : null;
  const known = kindKeys[kind] ?? 'notifications.kind.unknown';
  return {
    key: kind === 'CONVERSATION_CANCELLED' && slot ? 'notifications.kind.cancelledSlot' : known,
    title: textOf(fields, 'title') ?? '',
    table: textOf(fields, 'table') ?? '',
    venue: textOf(fields, 'venue') ?? '',
    slot,
    reason: textOf(fields, 'reason'),
  };
}
