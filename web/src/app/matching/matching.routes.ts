import { Route } from '@angular/router';
import { appPaths } from '../app.paths';
import { coordinatorGuard, signedInGuard } from '../auth/auth.guards';

/**
 * Matching rounds for coordinators and the introductions inbox for organisations; each page
 * loads lazily ('nieuw' before ':id').
 */
export const matchingRoutes: Route[] = [
  {
    path: appPaths.matchingRounds.path,
    pathMatch: 'full',
    title: appPaths.matchingRounds.title,
    canActivate: [coordinatorGuard],
    loadComponent: () => import('./rounds.page').then((m) => m.RoundsPage),
  },
  {
    path: appPaths.newMatchingRound.path,
    title: appPaths.newMatchingRound.title,
    canActivate: [coordinatorGuard],
    loadComponent: () => import('./new-round.page').then((m) => m.NewRoundPage),
  },
  {
    path: appPaths.matchingRound.path,
    title: appPaths.matchingRound.title,
    canActivate: [coordinatorGuard],
    loadComponent: () => import('./round.page').then((m) => m.RoundPage),
  },
  {
    path: appPaths.introductions.path,
    title: appPaths.introductions.title,
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('../introductions/introductions.page').then((m) => m.IntroductionsPage),
  },
];
