import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { organisationLink } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import { CreateOrganisationDocument } from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { Reload } from '../shared/query-state';
import { municipalityOptions } from './form-options';
import { OrganisationForm, OrganisationFormValue } from './organisation-form';

/** Organisatie aanmelden: a new organisation waits for a coordinator's approval. */
@Component({
  selector: 'app-new-organisation-page',
  imports: [TranslocoPipe, OrganisationForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'organisations.create.heading' | transloco }}</h1>
    <p class="lead">{{ 'organisations.create.intro' | transloco }}</p>
    <div class="state">
      <p>{{ 'organisations.create.approval' | transloco }}</p>
    </div>
    @switch (options()?.status) {
      @case ('error') {
        <div class="state state--error" role="alert">
          <p>{{ 'organisations.create.optionsError' | transloco }}</p>
          <button type="button" class="button" (click)="reload.retry()">
            {{ 'common.retry' | transloco }}
          </button>
        </div>
      }
      @case ('ready') {
        @if (ready(); as ready) {
          <app-organisation-form
            [municipalities]="ready"
            [submitting]="submitting()"
            [apiError]="apiError()"
            submitLabel="organisations.create.submit"
            (save)="create($event)"
          />
        }
      }
      @default {
        <p class="state" role="status">{{ 'common.loading' | transloco }}</p>
      }
    }
  `,
})
export class NewOrganisationPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthState);

  protected readonly reload = new Reload();
  protected readonly options = municipalityOptions(this.reload);
  protected readonly ready = computed(() => {
    const options = this.options();
    return options?.status === 'ready' ? options.data : null;
  });
  protected readonly submitting = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);

  protected async create(value: OrganisationFormValue): Promise<void> {
    this.submitting.set(true);
    this.apiError.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: CreateOrganisationDocument, variables: { input: value } }),
      );
      const id = result.data?.createOrganisation.id;
      // The creator becomes a member: the header and my account show it.
      await this.auth.refresh();
      if (id) await this.router.navigateByUrl(organisationLink(id));
    } catch (error) {
      this.apiError.set(toApiError(error));
    } finally {
      this.submitting.set(false);
    }
  }
}
