import { Route } from '@angular/router';
import { appPaths } from '../app.paths';
import { signedInGuard } from '../auth/auth.guards';

/**
 * Minors, challenges and partnerships, for signed-in users. Each page loads lazily;
 * 'bewerken' and 'nieuw' come before ':id'.
 */
export const partnerRoutes: Route[] = [
  {
    path: appPaths.minors.path,
    pathMatch: 'full',
    title: appPaths.minors.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./minors.page').then((m) => m.MinorsPage),
  },
  {
    path: appPaths.editMinor.path,
    title: appPaths.editMinor.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./edit-minor.page').then((m) => m.EditMinorPage),
  },
  {
    path: appPaths.minor.path,
    title: appPaths.minor.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./minor.page').then((m) => m.MinorPage),
  },
  {
    path: appPaths.challenges.path,
    pathMatch: 'full',
    title: appPaths.challenges.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./challenges.page').then((m) => m.ChallengesPage),
  },
  {
    path: appPaths.editChallenge.path,
    title: appPaths.editChallenge.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./edit-challenge.page').then((m) => m.EditChallengePage),
  },
  {
    path: appPaths.challenge.path,
    title: appPaths.challenge.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./challenge.page').then((m) => m.ChallengePage),
  },
  {
    path: appPaths.myMinors.path,
    pathMatch: 'full',
    title: appPaths.myMinors.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./my-minors.page').then((m) => m.MyMinorsPage),
  },
  {
    path: appPaths.newMinor.path,
    title: appPaths.newMinor.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./new-minor.page').then((m) => m.NewMinorPage),
  },
  {
    path: appPaths.myChallenges.path,
    pathMatch: 'full',
    title: appPaths.myChallenges.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./my-challenges.page').then((m) => m.MyChallengesPage),
  },
  {
    path: appPaths.newChallenge.path,
    title: appPaths.newChallenge.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./new-challenge.page').then((m) => m.NewChallengePage),
  },
  {
    path: appPaths.partnerships.path,
    title: appPaths.partnerships.title,
    canActivate: [signedInGuard],
    loadComponent: () => import('./partnerships.page').then((m) => m.PartnershipsPage),
  },
];
