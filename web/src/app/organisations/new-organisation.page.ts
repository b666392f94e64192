import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { organisationLink } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import { CreateOrganisationDocument } from '../generated/graphql';
import { FormSubmission } from '../shared/form-submission';
import { readyData, Reload } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { municipalityOptions } from './form-options';
import { OrganisationForm, OrganisationFormValue } from './organisation-form';

/** Organisatie aanmelden: a new organisation waits for a coordinator's approval. */
@Component({
  selector: 'app-new-organisation-page',
  imports: [TranslocoPipe, OrganisationForm, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'organisations.create.heading' | transloco }}</h1>
    <p class="lead">{{ 'organisations.create.intro' | transloco }}</p>
    <div class="state">
      <p>{{ 'organisations.create.approval' | transloco }}</p>
    </div>
    <app-query-status
      [state]="options()"
      [error]="'organisations.create.optionsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (ready(); as ready) {
      <app-organisation-form
        [municipalities]="ready"
        [submitting]="submission.submitting()"
        [apiError]="submission.apiError()"
        submitLabel="organisations.create.submit"
        (save)="create($event)"
      />
    }
  `,
})
export class NewOrganisationPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthState);

  protected readonly reload = new Reload();
  protected readonly options = municipalityOptions(this.reload);
  protected readonly ready = readyData(this.options);
  protected readonly submission = new FormSubmission();

  protected create(value: OrganisationFormValue): Promise<void> {
    return this.submission.run(async () => {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: CreateOrganisationDocument, variables: { input: value } }),
      );
      const id = result.data?.createOrganisation.id;
      // The creator becomes a member: the header and my account show it.
      await this.auth.refresh();
      if (id) await this.router.navigateByUrl(organisationLink(id));
    });
  }
}
