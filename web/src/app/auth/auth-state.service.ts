import { computed, inject, Injectable, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  CurrentUserFragment,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  PlatformRole,
} from '../generated/graphql';

export type CurrentUser = CurrentUserFragment;

/** Coordinators approve organisations and read the audit log; admins can do all of that too. */
export function canCoordinate(user: CurrentUser | null): boolean {
  const coordinating: readonly (PlatformRole | null)[] = ['COORDINATOR', 'ADMIN'];
  return user !== null && coordinating.includes(user.platformRole);
}

export function isAdmin(user: CurrentUser | null): boolean {
  return user?.platformRole === 'ADMIN';
}

/**
 * Who is signed in, from the `me` query. Loaded once on demand (by the header and the
 * guards) and asked again after login, logout and anything else that ends the session.
 */
@Injectable({ providedIn: 'root' })
export class AuthState {
  private readonly apollo = inject(Apollo);
  private readonly state = signal<{ readonly loaded: boolean; readonly user: CurrentUser | null }>({
    loaded: false,
    user: null,
  });
  private pending: Promise<CurrentUser | null> | null = null;
  private generation = 0;

  /** The signed-in user, or null (also while not yet loaded). */
  readonly user = computed(() => this.state().user);
  readonly loaded = computed(() => this.state().loaded);
  readonly signedIn = computed(() => this.user() !== null);
  readonly canCoordinate = computed(() => canCoordinate(this.user()));
  readonly isAdmin = computed(() => isAdmin(this.user()));

  /** The current user, asking the API only the first time. */
  ensureLoaded(): Promise<CurrentUser | null> {
    if (this.state().loaded) return Promise.resolve(this.user());
    return this.pending ?? this.refresh();
  }

  /** Asks the API who is signed in now. An unreachable API counts as signed out. */
  refresh(): Promise<CurrentUser | null> {
    const generation = ++this.generation;
    const request = firstValueFrom(
      this.apollo.query({
        query: MeDocument,
        fetchPolicy: 'network-only',
        // A request sent before login must not answer for one sent after it.
        context: { queryDeduplication: false },
      }),
    )
      .then((result) => result.data?.me ?? null)
      .catch(() => null)
      .then((user) => {
        // A later refresh (e.g. right after login) wins over one still on its way.
        if (generation === this.generation) {
          this.state.set({ loaded: true, user });
          this.pending = null;
        }
        return user;
      });
    this.pending = request;
    return request;
  }

  /** Signs in (the API sets the session cookie); errors reach the caller untouched. */
  async login(email: string, password: string): Promise<CurrentUser | null> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: LoginDocument, variables: { input: { email, password } } }),
    );
    return this.sessionChanged();
  }

  /** Signs out; the local state is cleared even when the session had already ended. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: LogoutDocument }));
    } catch {
      // An expired session is as signed out as a revoked one.
    }
    await this.sessionChanged();
  }

  /**
   * After login, logout, "log out everywhere" or account deletion: forget everything
   * cached for the previous user and ask again who is signed in.
   */
  async sessionChanged(): Promise<CurrentUser | null> {
    await this.apollo.client.clearStore();
    return this.refresh();
  }
}
