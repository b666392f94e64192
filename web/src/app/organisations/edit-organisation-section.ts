import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { UpdateOrganisationDocument } from '../generated/graphql';
import { FormSubmission } from '../shared/form-submission';
import { readyData, Reload } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { municipalityOptions } from './form-options';
import { OrganisationForm, OrganisationFormValue } from './organisation-form';
import type { OrganisationDetail } from './organisation-profile';

/** For organisation admins: a disclosure with the organisation form, saving with updateOrganisation. */
@Component({
  selector: 'app-edit-organisation-section',
  imports: [TranslocoPipe, OrganisationForm, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="edit-heading">
      <h2 id="edit-heading">{{ 'organisations.edit.heading' | transloco }}</h2>
      <div role="status">
        @if (saved()) {
          <p class="state">{{ 'organisations.edit.saved' | transloco }}</p>
        }
      </div>
      <button
        type="button"
        class="button button--secondary"
        aria-controls="edit-organisation"
        [attr.aria-expanded]="open()"
        (click)="toggle()"
      >
        {{ (open() ? 'organisations.edit.close' : 'organisations.edit.open') | transloco }}
      </button>
      <div id="edit-organisation" [hidden]="!open()">
        @if (open()) {
          @if (municipalities(); as municipalities) {
            <app-organisation-form
              [initial]="initial()"
              [editing]="true"
              [municipalities]="municipalities"
              [submitting]="submission.submitting()"
              [apiError]="submission.apiError()"
              submitLabel="organisations.edit.submit"
              (save)="update($event)"
            />
          } @else {
            <app-query-status
              [state]="options()"
              [error]="'organisations.create.optionsError' | transloco"
              (retry)="reload.retry()"
            />
          }
        }
      </div>
    </section>
  `,
})
export class EditOrganisationSection {
  private readonly apollo = inject(Apollo);
  readonly organisation = input.required<OrganisationDetail>();
  readonly changed = output();

  protected readonly reload = new Reload();
  protected readonly options = municipalityOptions(this.reload);
  protected readonly municipalities = readyData(this.options);
  protected readonly open = signal(false);
  protected readonly saved = signal(false);
  protected readonly submission = new FormSubmission();
  protected readonly initial = computed((): OrganisationFormValue => {
    const o = this.organisation();
    return {
      name: o.name,
      kind: o.kind,
      municipalityCode: o.municipality.code,
      ecosystem: o.ecosystem,
      themes: [...o.themes],
      address: o.address,
      website: o.website,
      description: o.description,
      kvkNumber: o.kvkNumber,
      brinCode: o.brinCode,
    };
  });

  protected toggle(): void {
    this.open.update((open) => !open);
    this.saved.set(false);
  }

  protected update(value: OrganisationFormValue): Promise<void> {
    // The kind (and so the helix) cannot change after creation.
    const input = {
      id: this.organisation().id,
      name: value.name,
      municipalityCode: value.municipalityCode,
      ecosystem: value.ecosystem,
      themes: value.themes,
      address: value.address,
      website: value.website,
      description: value.description,
      kvkNumber: value.kvkNumber,
      brinCode: value.brinCode,
    };
    return this.submission.run(async () => {
      await firstValueFrom(
        this.apollo.mutate({ mutation: UpdateOrganisationDocument, variables: { input } }),
      );
      this.open.set(false);
      this.saved.set(true);
      this.changed.emit();
    });
  }
}
