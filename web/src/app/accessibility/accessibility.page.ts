import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Toegankelijkheidsverklaring — the accessibility statement. */
@Component({
  selector: 'app-accessibility-page',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'accessibility.heading' | transloco }}</h1>
    <p class="lead">{{ 'accessibility.intro' | transloco }}</p>

    <section aria-labelledby="accessibility-standard">
      <h2 id="accessibility-standard">
        {{ 'accessibility.standard.heading' | transloco }}
      </h2>
      <p>{{ 'accessibility.standard.body' | transloco }}</p>
    </section>

    <section aria-labelledby="accessibility-testing">
      <h2 id="accessibility-testing">
        {{ 'accessibility.testing.heading' | transloco }}
      </h2>
      <p>{{ 'accessibility.testing.intro' | transloco }}</p>
      <ul>
        <li>{{ 'accessibility.testing.axe' | transloco }}</li>
        <li>{{ 'accessibility.testing.keyboard' | transloco }}</li>
        <li>{{ 'accessibility.testing.design' | transloco }}</li>
      </ul>
    </section>

    <section aria-labelledby="accessibility-limitations">
      <h2 id="accessibility-limitations">
        {{ 'accessibility.limitations.heading' | transloco }}
      </h2>
      <p>{{ 'accessibility.limitations.body' | transloco }}</p>
    </section>

    <section aria-labelledby="accessibility-contact">
      <h2 id="accessibility-contact">
        {{ 'accessibility.contact.heading' | transloco }}
      </h2>
      <p>{{ 'accessibility.contact.body' | transloco }}</p>
      <p>
        <a [href]="'mailto:' + contactEmail">{{ contactEmail }}</a>
      </p>
      <p>{{ 'accessibility.contact.response' | transloco }}</p>
    </section>
  `,
})
export class AccessibilityPage {
  // Invented address on a reserved domain until the region names its real contact.
  protected readonly contactEmail = 'toegankelijkheid@knooppunt.example';
}
