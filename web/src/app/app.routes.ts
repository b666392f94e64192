import { Route } from '@angular/router';
import { appPaths } from './app.paths';

export const appRoutes: Route[] = [
  {
    path: appPaths.home.path,
    pathMatch: 'full',
    title: appPaths.home.title,
    loadChildren: () => import('./home/home.routes').then((m) => m.homeRoutes),
  },
  {
    path: appPaths.accessibility.path,
    title: appPaths.accessibility.title,
    loadChildren: () =>
      import('./accessibility/accessibility.routes').then((m) => m.accessibilityRoutes),
  },
  {
    path: appPaths.notFound.path,
    title: appPaths.notFound.title,
    loadComponent: () => import('./not-found/not-found.page').then((m) => m.NotFoundPage),
  },
];
