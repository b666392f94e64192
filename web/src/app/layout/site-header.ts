import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { linkTo } from '../app.paths';
import { LanguageSwitch } from './language-switch';

interface NavItem {
  readonly link: string;
  readonly label: string;
  readonly exact: boolean;
}

@Component({
  selector: 'app-site-header',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitch],
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
            @for (item of navItems; track item.link) {
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
        <app-language-switch />
      </div>
    </header>
  `,
})
export class SiteHeader {
  protected readonly homeLink = linkTo('home');
  // Features add their entry here as they arrive.
  protected readonly navItems: readonly NavItem[] = [
    { link: linkTo('home'), label: 'nav.home', exact: true },
  ];
}
