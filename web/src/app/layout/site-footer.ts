import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { linkTo } from '../app.paths';

@Component({
  selector: 'app-site-footer',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="site-footer">
      <div class="container">
        <p>{{ 'footer.tagline' | transloco }}</p>
        <nav [attr.aria-label]="'footer.navLabel' | transloco">
          <ul class="site-footer__links">
            <li>
              <a [routerLink]="accessibilityLink">{{ 'footer.accessibility' | transloco }}</a>
            </li>
            <li>
              <a [routerLink]="privacyLink">{{ 'footer.privacy' | transloco }}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  `,
})
export class SiteFooter {
  protected readonly accessibilityLink = linkTo('accessibility');
  protected readonly privacyLink = linkTo('privacy');
}
