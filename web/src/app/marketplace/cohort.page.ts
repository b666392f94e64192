import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { linkTo, organisationLink } from '../app.paths';
import { CohortDocument } from '../generated/graphql';
import { DateTimePipe } from '../shared/date-time.pipe';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { ListingPeriod } from './listing-period';
import { ListingStatusActions } from './listing-status-actions';
import { ListingStatusBadge } from './listing-status-badge';
import { editCohortLink } from './marketplace-links';
import { educationLevelLabelKeys } from './marketplace-labels';
import { SkillLabelPipe } from './skill-label.pipe';

/** One cohort: the school's students who seek internships, and (for its members) its status steps. */
import { BestMatches } from '../matching/best-matches';

@Component({
  selector: 'app-cohort-page',
  imports: [
    BestMatches,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    ListingPeriod,
    ListingStatusActions,
    ListingStatusBadge,
    SkillLabelPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="listLink">{{ 'marketplace.cohorts.detail.back' | transloco }}</a>
    </p>
    @switch (result()?.status) {
      @case ('error') {
        @if (notFound()) {
          <h1>{{ 'marketplace.cohorts.detail.notFound' | transloco }}</h1>
          <p>{{ 'marketplace.cohorts.detail.notFoundBody' | transloco }}</p>
        } @else {
          <h1>{{ 'marketplace.cohorts.detail.title' | transloco }}</h1>
          <div class="state state--error" role="alert">
            <p>{{ 'marketplace.cohorts.detail.error' | transloco }}</p>
            <button type="button" class="button" (click)="reload.retry()">
              {{ 'common.retry' | transloco }}
            </button>
          </div>
        }
      }
      @case ('ready') {
        @if (cohort(); as cohort) {
          <h1>
            {{ cohort.programmeName }}
            <app-listing-status-badge [status]="cohort.status" />
          </h1>
          @if (cohort.description) {
            <p class="lead pre-line">{{ cohort.description }}</p>
          }
          <dl class="details">
            <dt>{{ 'marketplace.fields.school' | transloco }}</dt>
            <dd>
              <a [routerLink]="organisationLink(cohort.organisation.id)">{{
                cohort.organisation.name
              }}</a>
            </dd>
            <dt>{{ 'marketplace.fields.programmeCode' | transloco }}</dt>
            <dd>{{ cohort.programmeCode }}</dd>
            <dt>{{ 'marketplace.fields.level' | transloco }}</dt>
            <dd>{{ levelLabelKeys[cohort.level] | transloco }}</dd>
            <dt>{{ 'marketplace.fields.municipality' | transloco }}</dt>
            <dd>{{ cohort.municipality.name }}</dd>
            <dt>{{ 'marketplace.fields.period' | transloco }}</dt>
            <dd><app-listing-period [start]="cohort.startDate" [end]="cohort.endDate" /></dd>
            <dt>{{ 'marketplace.fields.students' | transloco }}</dt>
            <dd>{{ cohort.students }}</dd>
            <dt>{{ 'marketplace.fields.maxTravelMinutes' | transloco }}</dt>
            <dd>
              {{ 'marketplace.fields.minutes' | transloco: { minutes: cohort.maxTravelMinutes } }}
            </dd>
            <dt>{{ 'marketplace.fields.updatedAt' | transloco }}</dt>
            <dd>{{ cohort.updatedAt | appDateTime: 'date' }}</dd>
          </dl>

          <section aria-labelledby="skills-heading">
            <h2 id="skills-heading">{{ 'marketplace.cohorts.detail.skills' | transloco }}</h2>
            <ul class="plain-list">
              @for (skill of cohort.skills; track skill.id) {
                <li>{{ skill | appSkillLabel }}</li>
              } @empty {
                <li>{{ 'marketplace.cohorts.detail.noSkills' | transloco }}</li>
              }
            </ul>
          </section>

          <app-best-matches kind="needsForCohort" [sourceId]="cohort.id" />

          @if (cohort.organisation.myMembership) {
            <section aria-labelledby="manage-heading">
              <h2 id="manage-heading">{{ 'marketplace.cohorts.detail.manage' | transloco }}</h2>
              @if (cohort.status === 'DRAFT') {
                <p>{{ 'marketplace.cohorts.detail.draftHint' | transloco }}</p>
              }
              @if (cohort.status === 'DRAFT' || cohort.status === 'OPEN') {
                <p>
                  <a [routerLink]="editLink(cohort.id)">{{
                    'marketplace.cohorts.edit.link' | transloco
                  }}</a>
                </p>
              }
              <app-listing-status-actions
                kind="cohort"
                [id]="cohort.id"
                [name]="cohort.programmeName"
                [status]="cohort.status"
                (changed)="reload.refresh()"
              />
            </section>
          }
        }
      }
      @default {
        <h1>{{ 'marketplace.cohorts.detail.title' | transloco }}</h1>
        <p class="state" role="status">{{ 'common.loading' | transloco }}</p>
      }
    }
  `,
})
export class CohortPage {
  private readonly apollo = inject(Apollo);
  protected readonly listLink = linkTo('cohorts');
  protected readonly organisationLink = organisationLink;
  protected readonly editLink = editCohortLink;
  protected readonly levelLabelKeys = educationLevelLabelKeys;
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
      (id) =>
        this.apollo
          .query({ query: CohortDocument, variables: { id }, fetchPolicy: 'network-only' })
          .pipe(map((result) => requireData(result).cohort)),
      this.reload,
    ),
  );
  protected readonly cohort = readyData(this.result);
  protected readonly notFound = computed(() => {
    const result = this.result();
    return result?.status === 'error' && result.error.code === 'NOT_FOUND';
  });
}
