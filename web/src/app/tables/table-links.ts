import { appPaths } from '../app.paths';

function withId(path: string, id: string): string {
  return `/${path.replace(':id', encodeURIComponent(id))}`;
}

export function tableLink(id: string): string {
  return withId(appPaths.transitionTable.path, id);
}

export function editTableLink(id: string): string {
  return withId(appPaths.editTransitionTable.path, id);
}

export function newConversationLink(tableId: string): string {
  return withId(appPaths.newConversation.path, tableId);
}

export function conversationLink(id: string): string {
  return withId(appPaths.conversation.path, id);
}

export function editConversationLink(id: string): string {
  return withId(appPaths.editConversation.path, id);
}

export function planningLink(id: string): string {
  return withId(appPaths.conversationPlanning.path, id);
}

export function editVenueLink(id: string): string {
  return withId(appPaths.editVenue.path, id);
}
