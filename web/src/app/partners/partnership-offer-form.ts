import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { linkTo } from '../app.paths';
import { OfferPartnershipDocument, PartnerSlotFieldsFragment } from '../generated/graphql';
import { MyOrganisation } from '../marketplace/my-organisations';
import { FormError } from '../shared/form-error';
import { FormSubmission } from '../shared/form-submission';
import { TextField } from '../shared/text-field';
import { partnerRoleLabelKeys } from './partner-labels';

/** Translation keys of the labels, by input field name (for the API's field errors). */
const offerFieldLabels: Readonly<Record<string, string>> = {
  organisationId: 'partners.offer.company',
  slotId: 'partners.slots.role',
  message: 'partners.offer.message',
};

/**
 * A company's offer to fill one open partner slot of a minor: which of the user's companies
 * (when there are several) and a message to the school.
 */
@Component({
  selector: 'app-partnership-offer-form',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, FormError, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" [attr.aria-labelledby]="prefix() + '-heading'">
      <h3 [id]="prefix() + '-heading'">
        {{
          'partners.offer.heading' | transloco: { role: (roleLabelKeys[slot().role] | transloco) }
        }}
      </h3>
      <p class="hint">
        {{
          'partners.slots.openCount'
            | transloco: { role: (roleLabelKeys[slot().role] | transloco), count: slot().open }
        }}
      </p>
      <div role="status">
        @if (sentTo(); as school) {
          <p class="state" tabindex="-1">
            {{ 'partners.offer.sent' | transloco: { school } }}
            <a [routerLink]="inboxLink">{{ 'partners.inbox.link' | transloco }}</a>
          </p>
        }
      </div>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <app-form-error [error]="submission.apiError()" [labels]="labels" />
        @if (companies().length > 1) {
          <div class="form-field">
            <label [for]="prefix() + '-company'">{{ 'partners.offer.company' | transloco }}</label>
            <select [id]="prefix() + '-company'" formControlName="organisationId">
              @for (company of companies(); track company.id) {
                <option [value]="company.id">{{ company.name }}</option>
              }
            </select>
          </div>
        } @else if (companies().length === 1) {
          <p>{{ 'partners.offer.as' | transloco: { name: companies()[0].name } }}</p>
        }
        <app-text-field
          [control]="form.controls.message"
          name="message"
          [fieldId]="prefix() + '-message'"
          label="partners.offer.message"
          hint="partners.offer.messageHint"
          [multiline]="true"
          [optional]="true"
        />
        <button type="submit" class="button" [attr.aria-busy]="submission.submitting()">
          {{ 'partners.offer.submit' | transloco }}
          <span class="visually-hidden">({{ roleLabelKeys[slot().role] | transloco }})</span>
        </button>
      </form>
    </section>
  `,
})
export class PartnershipOfferForm {
  private readonly apollo = inject(Apollo);

  readonly slot = input.required<PartnerSlotFieldsFragment>();
  /** The user's active companies. */
  readonly companies = input.required<readonly MyOrganisation[]>();
  readonly schoolName = input.required<string>();
  /** The partnership was offered. */
  readonly offered = output();

  protected readonly labels = offerFieldLabels;
  protected readonly roleLabelKeys = partnerRoleLabelKeys;
  protected readonly inboxLink = linkTo('partnerships');
  protected readonly form = inject(NonNullableFormBuilder).group({
    organisationId: ['', Validators.required],
    message: ['', Validators.maxLength(2000)],
  });
  protected readonly submission = new FormSubmission(this.form);
  /** The school the last offer went to, for the confirmation. */
  protected readonly sentTo = signal<string | null>(null);

  constructor() {
    effect(() => {
      const first = this.companies()[0];
      if (first && !this.form.controls.organisationId.value) {
        this.form.controls.organisationId.setValue(first.id);
      }
    });
  }

  protected prefix(): string {
    return `offer-${this.slot().role.toLowerCase().replace(/_/g, '-')}`;
  }

  protected submit(): Promise<void> {
    this.sentTo.set(null);
    return this.submission.run(async () => {
      const { organisationId, message } = this.form.getRawValue();
      await firstValueFrom(
        this.apollo.mutate({
          mutation: OfferPartnershipDocument,
          variables: {
            input: { slotId: this.slot().id, organisationId, message: message.trim() || null },
          },
        }),
      );
      this.form.controls.message.reset('');
      this.sentTo.set(this.schoolName());
      this.offered.emit();
    });
  }
}
