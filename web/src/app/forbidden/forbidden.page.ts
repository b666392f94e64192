import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { linkTo } from '../app.paths';

/** Where the role guards send signed-in users who may not open a page. */
@Component({
  selector: 'app-forbidden-page',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'forbidden.heading' | transloco }}</h1>
    <p>{{ 'forbidden.body' | transloco }}</p>
    <p>
      <a [routerLink]="homeLink">{{ 'forbidden.homeLink' | transloco }}</a>
    </p>
  `,
})
export class ForbiddenPage {
  protected readonly homeLink = linkTo('home');
}
