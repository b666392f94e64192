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
import { ApiError, toApiError } from '../shared/api-error';
import { Reload } from '../shared/query-state';
import { municipalityOptions } from './form-options';
import { OrganisationForm, OrganisationFormValue } from './organisation-form';
import type { OrganisationDetail } from './organisation-profile';

/** For organisation admins: a disclosure with the organisation form, saving with updateOrganisation. */
@Component({
  selector: 'app-edit-organisation-section',
  imports: [TranslocoPipe, OrganisationForm],
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
              [submitting]="submitting()"
              [apiError]="apiError()"
              submitLabel="organisations.edit.submit"
              (save)="update($event)"
            />
          } @else if (options()?.status === 'error') {
            <div class="state state--error" role="alert">
              <p>{{ 'organisations.create.optionsError' | transloco }}</p>
              <button type="button" class="button" (click)="reload.retry()">
                {{ 'common.retry' | transloco }}
              </button>
            </div>
          } @else {
            <p class="state" role="status">{{ 'common.loading' | transloco }}</p>
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
  protected readonly municipalities = computed(() => {
    const options = this.options();
    return options?.status === 'ready' ? options.data : null;
  });
  protected readonly open = signal(false);
  protected readonly saved = signal(false);
  protected readonly submitting = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);
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

  protected async update(value: OrganisationFormValue): Promise<void> {
    this.submitting.set(true);
    this.apiError.set(null);
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
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: UpdateOrganisationDocument, variables: { input } }),
      );
      this.open.set(false);
      this.saved.set(true);
      this.changed.emit();
    } catch (error) {
      this.apiError.set(toApiError(error));
    } finally {
      this.submitting.set(false);
    }
  }
}
