import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { linkTo } from '../app.paths';

/** Privacyverklaring: what Knooppunt stores about people, why, how long, and their rights. */
@Component({
  selector: 'app-privacy-page',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'privacy.heading' | transloco }}</h1>
    <p class="lead">{{ 'privacy.intro' | transloco }}</p>

    <section aria-labelledby="privacy-what">
      <h2 id="privacy-what">{{ 'privacy.what.heading' | transloco }}</h2>
      <dl class="details details--stacked">
        <dt>{{ 'privacy.what.account.term' | transloco }}</dt>
        <dd>{{ 'privacy.what.account.body' | transloco }}</dd>
        <dt>{{ 'privacy.what.sessions.term' | transloco }}</dt>
        <dd>{{ 'privacy.what.sessions.body' | transloco }}</dd>
        <dt>{{ 'privacy.what.memberships.term' | transloco }}</dt>
        <dd>{{ 'privacy.what.memberships.body' | transloco }}</dd>
        <dt>{{ 'privacy.what.organisations.term' | transloco }}</dt>
        <dd>{{ 'privacy.what.organisations.body' | transloco }}</dd>
        <dt>{{ 'privacy.what.audit.term' | transloco }}</dt>
        <dd>{{ 'privacy.what.audit.body' | transloco }}</dd>
        <dt>{{ 'privacy.what.mail.term' | transloco }}</dt>
        <dd>{{ 'privacy.what.mail.body' | transloco }}</dd>
      </dl>
      <p>{{ 'privacy.notStored' | transloco }}</p>
    </section>

    <section aria-labelledby="privacy-why">
      <h2 id="privacy-why">{{ 'privacy.why.heading' | transloco }}</h2>
      <p>{{ 'privacy.why.body' | transloco }}</p>
    </section>

    <section aria-labelledby="privacy-who">
      <h2 id="privacy-who">{{ 'privacy.who.heading' | transloco }}</h2>
      <ul>
        <li>{{ 'privacy.who.public' | transloco }}</li>
        <li>{{ 'privacy.who.members' | transloco }}</li>
        <li>{{ 'privacy.who.coordinators' | transloco }}</li>
      </ul>
    </section>

    <section aria-labelledby="privacy-how-long">
      <h2 id="privacy-how-long">{{ 'privacy.retention.heading' | transloco }}</h2>
      <ul>
        <li>{{ 'privacy.retention.account' | transloco }}</li>
        <li>{{ 'privacy.retention.sessions' | transloco }}</li>
        <li>{{ 'privacy.retention.tokens' | transloco }}</li>
        <li>{{ 'privacy.retention.audit' | transloco }}</li>
      </ul>
    </section>

    <section aria-labelledby="privacy-rights">
      <h2 id="privacy-rights">{{ 'privacy.rights.heading' | transloco }}</h2>
      <p>{{ 'privacy.rights.intro' | transloco }}</p>
      <ul>
        <li>{{ 'privacy.rights.access' | transloco }}</li>
        <li>{{ 'privacy.rights.rectify' | transloco }}</li>
        <li>{{ 'privacy.rights.delete' | transloco }}</li>
        <li>{{ 'privacy.rights.complain' | transloco }}</li>
      </ul>
      <p>
        <a [routerLink]="accountLink">{{ 'privacy.rights.accountLink' | transloco }}</a>
      </p>
    </section>

    <section aria-labelledby="privacy-contact">
      <h2 id="privacy-contact">{{ 'privacy.contact.heading' | transloco }}</h2>
      <p>{{ 'privacy.contact.body' | transloco }}</p>
      <p>
        <a [href]="'mailto:' + contactEmail">{{ contactEmail }}</a>
      </p>
    </section>
  `,
})
export class PrivacyPage {
  protected readonly accountLink = linkTo('account');
  // Invented address on a reserved domain until the region names its real contact.
  protected readonly contactEmail = 'privacy@knooppunt.example';
}
