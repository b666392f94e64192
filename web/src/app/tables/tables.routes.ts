import { Route } from '@angular/router';
import { appPaths } from '../app.paths';
import { coordinatorGuard, signedInGuard } from '../auth/auth.guards';

/**
 * Transition tables, venues, regional conversations, my invitations and my agenda. Each page
 * loads lazily; 'nieuw' and 'bewerken' come before ':id'.
 */
export const tableRoutes: Route[] = [
  {
    path: appPaths.transitionTables.path,
    pathMatch: 'full',
    title: appPaths.transitionTables.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./tables.page').then((m) => m.TablesPage),
  },
  {
    path: appPaths.newTransitionTable.path,
    title: appPaths.newTransitionTable.title,
    canActivate: [coordinatorGuard],
    loadComponent: () => import('./table-form.page').then((m) => m.TableFormPage),
  },
  // Older mail links (…/tafels/gesprekken/<id>) still land on the conversation page.
  { path: 'tafels/gesprekken/:id', redirectTo: '/gesprekken/:id' },
  {
    path: appPaths.editTransitionTable.path,
    title: appPaths.editTransitionTable.title,
    canActivate: [coordinatorGuard],
    loadComponent: () => import('./table-form.page').then((m) => m.TableFormPage),
  },
  {
    path: appPaths.newConversation.path,
    title: appPaths.newConversation.title,
    canActivate: [coordinatorGuard],
    loadComponent: () =>
      import('../conversations/conversation-form.page').then((m) => m.ConversationFormPage),
  },
  {
    path: appPaths.transitionTable.path,
    title: appPaths.transitionTable.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./table.page').then((m) => m.TablePage),
  },
  {
    path: appPaths.venues.path,
    pathMatch: 'full',
    title: appPaths.venues.title,
    canActivate: [coordinatorGuard],
    loadComponent: () => import('./venues.page').then((m) => m.VenuesPage),
  },
  {
    path: appPaths.newVenue.path,
    title: appPaths.newVenue.title,
    canActivate: [coordinatorGuard],
    loadComponent: () => import('./venue-form.page').then((m) => m.VenueFormPage),
  },
  {
    path: appPaths.editVenue.path,
    title: appPaths.editVenue.title,
    canActivate: [coordinatorGuard],
    loadComponent: () => import('./venue-form.page').then((m) => m.VenueFormPage),
  },
  {
    path: appPaths.editConversation.path,
    title: appPaths.editConversation.title,
    canActivate: [coordinatorGuard],
    loadComponent: () =>
      import('../conversations/conversation-form.page').then((m) => m.ConversationFormPage),
  },
  {
    path: appPaths.conversationPlanning.path,
    title: appPaths.conversationPlanning.title,
    canActivate: [coordinatorGuard],
    loadComponent: () => import('../conversations/planning.page').then((m) => m.PlanningPage),
  },
  {
    path: appPaths.conversation.path,
    title: appPaths.conversation.title,
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('../conversations/conversation.page').then((m) => m.ConversationPage),
  },
  {
    path: appPaths.seasonPlanner.path,
    title: appPaths.seasonPlanner.title,
    canActivate: [coordinatorGuard],
    loadComponent: () =>
      import('../conversations/season-planner.page').then((m) => m.SeasonPlannerPage),
  },
  {
    path: appPaths.myInvitations.path,
    title: appPaths.myInvitations.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('../conversations/invitations.page').then((m) => m.InvitationsPage),
  },
  {
    path: appPaths.agenda.path,
    title: appPaths.agenda.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('../agenda/agenda.page').then((m) => m.AgendaPage),
  },
];
