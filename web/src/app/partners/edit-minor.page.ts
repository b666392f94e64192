import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { linkTo } from '../app.paths';
import {
  MinorDocument,
  PartnerRole,
  UpdateMinorDocument,
  UpdateMinorInput,
} from '../generated/graphql';
import { marketplaceOptions } from '../marketplace/marketplace-options';
import { FormSubmission } from '../shared/form-submission';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { MinorForm, MinorFormValue } from './minor-form';
import { minorLink } from './partner-links';

/** UpdateMinorInput: every field of the form but kind and level, which are fixed once saved. */
function updateOf(id: string, value: MinorFormValue): UpdateMinorInput {
  return {
    id,
    title: value.title,
    credits: value.credits,
    capacity: value.capacity,
    startDate: value.startDate,
    endDate: value.endDate,
    municipalityCode: value.municipalityCode,
    themes: value.themes,
    skillIds: value.skillIds,
    // An empty text clears the description (null would leave it, or fail on the API).
    description: value.description ?? '',
    partnerSlots: value.partnerSlots,
  };
}

/** Minor bewerken: members change their school's draft or open minor and its partner slots. */
@Component({
  selector: 'app-edit-minor-page',
  imports: [RouterLink, TranslocoPipe, MinorForm, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="backLink()">{{ 'partners.minors.edit.back' | transloco }}</a>
    </p>
    <h1>{{ 'partners.minors.edit.heading' | transloco }}</h1>
    <app-query-status
      [state]="result()"
      [error]="'partners.minors.detail.error' | transloco"
      (retry)="reload.retry()"
    />
    <app-query-status
      [state]="options()"
      [error]="'marketplace.form.optionsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (minor(); as minor) {
      @if (minor.status === 'DRAFT' || minor.status === 'OPEN') {
        <p class="lead">{{ minor.title }} — {{ minor.organisation.name }}</p>
        @if (ready(); as ready) {
          <app-minor-form
            [initial]="initial()"
            [filled]="filled()"
            [editing]="true"
            [options]="ready"
            [submitting]="submission.submitting()"
            [apiError]="submission.apiError()"
            submitLabel="partners.minors.edit.submit"
            (save)="update($event)"
          />
        }
      } @else {
        <p class="state">{{ 'partners.minors.edit.notEditable' | transloco }}</p>
      }
    }
  `,
})
export class EditMinorPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  protected readonly reload = new Reload();
  protected readonly options = marketplaceOptions(this.reload);
  protected readonly ready = readyData(this.options);
  protected readonly result = toSignal(
    queryState(
      inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
      (id) =>
        this.apollo
          .query({ query: MinorDocument, variables: { id }, fetchPolicy: 'network-only' })
          .pipe(map((result) => requireData(result).minor)),
      this.reload,
    ),
  );
  protected readonly minor = readyData(this.result);
  protected readonly backLink = computed(() => {
    const minor = this.minor();
    return minor ? minorLink(minor.id) : linkTo('minors');
  });
  protected readonly filled = computed(
    (): ReadonlyMap<PartnerRole, number> =>
      new Map((this.minor()?.partnerSlots ?? []).map((slot) => [slot.role, slot.filled])),
  );
  protected readonly initial = computed((): MinorFormValue | null => {
    const minor = this.minor();
    return minor
      ? {
          title: minor.title,
          kind: minor.kind,
          level: minor.level,
          credits: minor.credits,
          capacity: minor.capacity,
          startDate: minor.startDate,
          endDate: minor.endDate,
          municipalityCode: minor.municipality.code,
          themes: [...minor.themes],
          skillIds: minor.skills.map((skill) => skill.id),
          description: minor.description || null,
          partnerSlots: minor.partnerSlots.map(({ role, wanted }) => ({ role, wanted })),
        }
      : null;
  });
  protected readonly submission = new FormSubmission();

  protected update(value: MinorFormValue): Promise<void> {
    const minor = this.minor();
    if (!minor) return Promise.resolve();
    return this.submission.run(async () => {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: UpdateMinorDocument,
          variables: { input: updateOf(minor.id, value) },
        }),
      );
      await this.router.navigateByUrl(minorLink(minor.id));
    });
  }
}
