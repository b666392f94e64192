import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { linkTo, organisationLink } from '../app.paths';
import { InternshipNeedDocument } from '../generated/graphql';
import { DateTimePipe } from '../shared/date-time.pipe';
import { ecosystemLabelKeys, themeLabelKeys } from '../shared/labels';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { ListingPeriod } from './listing-period';
import { ListingStatusActions } from './listing-status-actions';
import { ListingStatusBadge } from './listing-status-badge';
import { editInternshipNeedLink } from './marketplace-links';
import { educationLevelLabelKeys, workModeLabelKeys } from './marketplace-labels';
import { SkillLabelPipe } from './skill-label.pipe';

/** One internship need: what the company asks, and (for its members) its status steps. */
import { BestMatches } from '../matching/best-matches';

@Component({
  selector: 'app-internship-need-page',
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
      <a [routerLink]="listLink">{{ 'marketplace.needs.detail.back' | transloco }}</a>
    </p>
    @switch (result()?.status) {
      @case ('error') {
        @if (notFound()) {
          <h1>{{ 'marketplace.needs.detail.notFound' | transloco }}</h1>
          <p>{{ 'marketplace.needs.detail.notFoundBody' | transloco }}</p>
        } @else {
          <h1>{{ 'marketplace.needs.detail.title' | transloco }}</h1>
          <div class="state state--error" role="alert">
            <p>{{ 'marketplace.needs.detail.error' | transloco }}</p>
            <button type="button" class="button" (click)="reload.retry()">
              {{ 'common.retry' | transloco }}
            </button>
          </div>
        }
      }
      @case ('ready') {
        @if (need(); as need) {
          <h1>
            {{ need.title }}
            <app-listing-status-badge [status]="need.status" />
          </h1>
          @if (need.description) {
            <p class="lead pre-line">{{ need.description }}</p>
          }
          <dl class="details">
            <dt>{{ 'marketplace.fields.organisation' | transloco }}</dt>
            <dd>
              <a [routerLink]="organisationLink(need.organisation.id)">{{
                need.organisation.name
              }}</a>
            </dd>
            <dt>{{ 'marketplace.fields.ecosystem' | transloco }}</dt>
            <dd>{{ ecosystemLabelKeys[need.organisation.ecosystem] | transloco }}</dd>
            <dt>{{ 'marketplace.fields.fieldOfStudy' | transloco }}</dt>
            <dd>{{ need.fieldOfStudy }}</dd>
            <dt>{{ 'marketplace.fields.site' | transloco }}</dt>
            <dd>{{ need.siteMunicipality.name }}</dd>
            <dt>{{ 'marketplace.fields.levels' | transloco }}</dt>
            <dd>
              @for (level of need.levels; track level; let last = $last) {
                {{ levelLabelKeys[level] | transloco }}{{ last ? '' : ', ' }}
              }
            </dd>
            <dt>{{ 'marketplace.fields.period' | transloco }}</dt>
            <dd><app-listing-period [start]="need.startDate" [end]="need.endDate" /></dd>
            <dt>{{ 'marketplace.fields.places' | transloco }}</dt>
            <dd>{{ need.places }}</dd>
            <dt>{{ 'marketplace.fields.hoursPerWeek' | transloco }}</dt>
            <dd>{{ need.hoursPerWeek }}</dd>
            <dt>{{ 'marketplace.fields.workMode' | transloco }}</dt>
            <dd>{{ workModeLabelKeys[need.workMode] | transloco }}</dd>
            <dt>{{ 'marketplace.fields.monthlyCompensation' | transloco }}</dt>
            <dd>
              @if (need.monthlyCompensation !== null) {
                {{ 'marketplace.fields.euros' | transloco: { amount: need.monthlyCompensation } }}
              } @else {
                {{ 'marketplace.fields.noCompensation' | transloco }}
              }
            </dd>
            <dt>{{ 'marketplace.fields.themes' | transloco }}</dt>
            <dd>
              @for (theme of need.themes; track theme; let last = $last) {
                {{ themeLabelKeys[theme] | transloco }}{{ last ? '' : ', ' }}
              } @empty {
                {{ 'marketplace.fields.noThemes' | transloco }}
              }
            </dd>
            <dt>{{ 'marketplace.fields.updatedAt' | transloco }}</dt>
            <dd>{{ need.updatedAt | appDateTime: 'date' }}</dd>
          </dl>

          <section aria-labelledby="skills-heading">
            <h2 id="skills-heading">{{ 'marketplace.fields.skills' | transloco }}</h2>
            @if (need.skills.length === 0) {
              <p>{{ 'marketplace.needs.detail.noSkills' | transloco }}</p>
            } @else {
              <dl class="details details--stacked">
                @if (mustHave().length > 0) {
                  <dt>{{ 'labels.skillImportance.MUST_HAVE' | transloco }}</dt>
                  <dd>
                    <ul class="plain-list">
                      @for (skill of mustHave(); track skill.id) {
                        <li>{{ skill | appSkillLabel }}</li>
                      }
                    </ul>
                  </dd>
                }
                @if (niceToHave().length > 0) {
                  <dt>{{ 'labels.skillImportance.NICE_TO_HAVE' | transloco }}</dt>
                  <dd>
                    <ul class="plain-list">
                      @for (skill of niceToHave(); track skill.id) {
                        <li>{{ skill | appSkillLabel }}</li>
                      }
                    </ul>
                  </dd>
                }
              </dl>
            }
          </section>

          <app-best-matches kind="cohortsForNeed" [sourceId]="need.id" />

          @if (need.organisation.myMembership) {
            <section aria-labelledby="manage-heading">
              <h2 id="manage-heading">{{ 'marketplace.needs.detail.manage' | transloco }}</h2>
              @if (need.status === 'DRAFT') {
                <p>{{ 'marketplace.needs.detail.draftHint' | transloco }}</p>
              }
              @if (need.status === 'DRAFT' || need.status === 'OPEN') {
                <p>
                  <a [routerLink]="editLink(need.id)">{{
                    'marketplace.needs.edit.link' | transloco
                  }}</a>
                </p>
              }
              <app-listing-status-actions
                kind="need"
                [id]="need.id"
                [name]="need.title"
                [status]="need.status"
                (changed)="reload.refresh()"
              />
            </section>
          }
        }
      }
      @default {
        <h1>{{ 'marketplace.needs.detail.title' | transloco }}</h1>
        <p class="state" role="status">{{ 'common.loading' | transloco }}</p>
      }
    }
  `,
})
export class InternshipNeedPage {
  private readonly apollo = inject(Apollo);
  protected readonly listLink = linkTo('internshipNeeds');
  protected readonly organisationLink = organisationLink;
  protected readonly editLink = editInternshipNeedLink;
  protected readonly levelLabelKeys = educationLevelLabelKeys;
  protected readonly workModeLabelKeys = workModeLabelKeys;
  protected readonly themeLabelKeys = themeLabelKeys;
  protected readonly ecosystemLabelKeys = ecosystemLabelKeys;
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
      (id) =>
        this.apollo
          .query({ query: InternshipNeedDocument, variables: { id }, fetchPolicy: 'network-only' })
          .pipe(map((result) => requireData(result).internshipNeed)),
      this.reload,
    ),
  );
  protected readonly need = readyData(this.result);
  protected readonly notFound = computed(() => {
    const result = this.result();
    return result?.status === 'error' && result.error.code === 'NOT_FOUND';
  });
  protected readonly mustHave = computed(() =>
    (this.need()?.skills ?? []).filter((s) => s.importance === 'MUST_HAVE').map((s) => s.skill),
  );
  protected readonly niceToHave = computed(() =>
    (this.need()?.skills ?? []).filter((s) => s.importance === 'NICE_TO_HAVE').map((s) => s.skill),
  );
}
