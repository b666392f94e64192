import type { Answer, ActionItemStatus } from './conversation-types';

export const answerLabelKeys: Readonly<Record<Answer, string>> = {
  YES: 'conversations.answer.YES',
  IF_NEED_BE: 'conversations.answer.IF_NEED_BE',
  NO: 'conversations.answer.NO',
};

/** Icons support the text; they never stand alone (WCAG 1.4.1). */
export const answerIcons: Readonly<Record<Answer, string>> = {
  YES: '✓',
  IF_NEED_BE: '~',
  NO: '✗',
};

export const actionItemStatusLabelKeys: Readonly<Record<ActionItemStatus, string>> = {
  OPEN: 'conversations.actionItems.status.OPEN',
  DONE: 'conversations.actionItems.status.DONE',
};
