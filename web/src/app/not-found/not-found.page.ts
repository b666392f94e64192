import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { linkTo } from '../app.paths';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'notFound.heading' | transloco }}</h1>
    <p>{{ 'notFound.body' | transloco }}</p>
    <p>
      <a [routerLink]="homeLink">{{ 'notFound.homeLink' | transloco }}</a>
    </p>
  `,
})
export class NotFoundPage {
  protected readonly homeLink = linkTo('home');
}
