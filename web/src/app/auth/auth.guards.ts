import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import { appPaths } from '../app.paths';
import { AuthState, canCoordinate, CurrentUser, isAdmin } from './auth-state.service';

/** Query parameter of the login page that holds where to go after signing in. */
export const returnUrlParam = 'terug';

/** Only an in-app path may be a return URL: no other sites, no protocol-relative //host. */
export function safeReturnUrl(value: string | null | undefined): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
    ? value
    : null;
}

function requireUser(allowed: (user: CurrentUser) => boolean): CanActivateFn {
  return async (_route, state): Promise<boolean | UrlTree> => {
    const auth = inject(AuthState);
    const router = inject(Router);
    const user = await auth.ensureLoaded();
    if (!user) {
      return router.createUrlTree(['/', appPaths.login.path], {
        queryParams: { [returnUrlParam]: state.url },
      });
    }
    return allowed(user) ? true : router.createUrlTree(['/', appPaths.forbidden.path]);
  };
}

/** Signed-in users only; others go to the login page, which brings them back afterwards. */
export const signedInGuard: CanActivateFn = requireUser(() => true);

/** Coordinators and admins only. */
export const coordinatorGuard: CanActivateFn = requireUser((user) => canCoordinate(user));

/** Admins only. */
export const adminGuard: CanActivateFn = requireUser((user) => isAdmin(user));
