import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { linkTo } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import type { Role } from '../generated/graphql';
import { NotificationsLink } from '../notifications/notifications-link';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

interface NavItem {
  readonly link: string;
  readonly label: string;
  readonly exact: boolean;
}

@Component({
  selector: 'app-site-header',
  imports: [
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
    LanguageSwitch,
    UserMenu,
    NotificationsLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './site-header.css',
  template: `
    <header class="site-header">
      <div class="container site-header__inner">
        <a class="brand" [routerLink]="homeLink">
          <span class="brand__name">{{ 'app.name' | transloco }}</span>
          <span class="brand__region">{{ 'app.region' | transloco }}</span>
        </a>
        <nav class="main-nav" [attr.aria-label]="'shell.navLabel' | transloco">
          <ul>
            @for (item of navItems(); track item.link) {
              <li>
                <a
                  [routerLink]="item.link"
                  routerLinkActive="is-active"
                  [routerLinkActiveOptions]="{ exact: item.exact }"
                  ariaCurrentWhenActive="page"
                  >{{ item.label | transloco }}</a
                >
              </li>
            }
          </ul>
        </nav>
        <div class="site-header__account">
          @if (auth.user(); as user) {
            <app-notifications-link />
            <app-user-menu [name]="user.displayName" />
          } @else if (auth.loaded()) {
            <ul class="account-links">
              <li>
                <a
                  [routerLink]="loginLink"
                  routerLinkActive="is-active"
                  ariaCurrentWhenActive="page"
                >
                  {{ 'nav.login' | transloco }}
                </a>
              </li>
              <li>
                <a
                  [routerLink]="registerLink"
                  routerLinkActive="is-active"
                  ariaCurrentWhenActive="page"
                >
                  {{ 'nav.register' | transloco }}
                </a>
              </li>
            </ul>
          }
        </div>
        <app-language-switch />
      </div>
    </header>
  `,
})
export class SiteHeader {
  protected readonly auth = inject(AuthState);
  protected readonly homeLink = linkTo('home');
  protected readonly loginLink = linkTo('login');
  protected readonly registerLink = linkTo('register');

  protected readonly navItems = computed((): readonly NavItem[] => [
    { link: linkTo('home'), label: 'nav.home', exact: true },
    { link: linkTo('organisations'), label: 'nav.organisations', exact: false },
    ...(this.auth.signedIn()
      ? [
          { link: linkTo('internshipNeeds'), label: 'nav.internshipNeeds', exact: false },
          { link: linkTo('cohorts'), label: 'nav.cohorts', exact: false },
        ]
      : []),
    ...(this.hasRole('COMPANY_MEMBER')
      ? [{ link: linkTo('myInternshipNeeds'), label: 'nav.myInternshipNeeds', exact: false }]
      : []),
    ...(this.hasRole('SCHOOL_MEMBER')
      ? [{ link: linkTo('myCohorts'), label: 'nav.myCohorts', exact: false }]
      : []),
    // Minors, challenges and partnerships
    ...(this.auth.signedIn()
      ? [
          { link: linkTo('minors'), label: 'nav.minors', exact: false },
          { link: linkTo('challenges'), label: 'nav.challenges', exact: false },
        ]
      : []),
    ...(this.hasRole('SCHOOL_MEMBER')
      ? [{ link: linkTo('myMinors'), label: 'nav.myMinors', exact: false }]
      : []),
    ...(this.hasRole('COMPANY_MEMBER') || this.hasRole('GOVERNMENT_MEMBER')
      ? [{ link: linkTo('myChallenges'), label: 'nav.myChallenges', exact: false }]
      : []),
    ...(this.hasRole('COMPANY_MEMBER') ||
    this.hasRole('SCHOOL_MEMBER') ||
    this.hasRole('GOVERNMENT_MEMBER')
      ? [{ link: linkTo('partnerships'), label: 'nav.partnerships', exact: false }]
      : []),
    // Transition tables: coordinators organise them, members sit at them.
    ...(this.auth.signedIn()
      ? [{ link: linkTo('transitionTables'), label: 'nav.transitionTables', exact: false }]
      : []),
    // Introductions from published matching rounds go to companies and schools.
    ...(this.hasRole('COMPANY_MEMBER') || this.hasRole('SCHOOL_MEMBER')
      ? [{ link: linkTo('introductions'), label: 'nav.introductions', exact: false }]
      : []),
    ...(this.auth.canCoordinate()
      ? [
          { link: linkTo('approvals'), label: 'nav.approvals', exact: false },
          { link: linkTo('auditLog'), label: 'nav.auditLog', exact: false },
          { link: linkTo('csvImport'), label: 'nav.csvImport', exact: false },
          { link: linkTo('matchingRounds'), label: 'nav.matchingRounds', exact: false },
        ]
      : []),
    ...(this.auth.isAdmin() ? [{ link: linkTo('outbox'), label: 'nav.outbox', exact: false }] : []),
  ]);

  private hasRole(role: Role): boolean {
    return this.auth.user()?.roles.includes(role) ?? false;
  }

  constructor() {
    // Who is signed in decides the menu; the guards share the same answer.
    void this.auth.ensureLoaded();
  }
}
