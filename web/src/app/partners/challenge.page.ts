import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { linkTo, organisationLink } from '../app.paths';
import { ChallengeDocument } from '../generated/graphql';
import { ListingPeriod } from '../marketplace/listing-period';
import { ListingStatusBadge } from '../marketplace/listing-status-badge';
import { myOrganisations } from '../marketplace/my-organisations';
import { SkillLabelPipe } from '../marketplace/skill-label.pipe';
import { DateTimePipe } from '../shared/date-time.pipe';
import { ecosystemLabelKeys, helixLabelKeys, themeLabelKeys } from '../shared/labels';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { AcceptedPartners } from './accepted-partners';
import { ChallengeAdoptionForm } from './challenge-adoption-form';
import { editChallengeLink } from './partner-links';
import { ListingStatusActions } from '../marketplace/listing-status-actions';

/**
 * One challenge: the question, who asks it, the minors that take it on; for members of a school
 * a proposal to take it on with one of its minors; for the poster's members its status steps.
 */
import { BestMatches } from '../matching/best-matches';

@Component({
  selector: 'app-challenge-page',
  imports: [
    BestMatches,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    ListingPeriod,
    ListingStatusBadge,
    SkillLabelPipe,
    AcceptedPartners,
    ChallengeAdoptionForm,
    ListingStatusActions,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="listLink">{{ 'partners.challenges.detail.back' | transloco }}</a>
    </p>
    @switch (result()?.status) {
      @case ('error') {
        @if (notFound()) {
          <h1>{{ 'partners.challenges.detail.notFound' | transloco }}</h1>
          <p>{{ 'partners.challenges.detail.notFoundBody' | transloco }}</p>
        } @else {
          <h1>{{ 'partners.challenges.detail.title' | transloco }}</h1>
          <div class="state state--error" role="alert">
            <p>{{ 'partners.challenges.detail.error' | transloco }}</p>
            <button type="button" class="button" (click)="reload.retry()">
              {{ 'common.retry' | transloco }}
            </button>
          </div>
        }
      }
      @case ('ready') {
        @if (data(); as data) {
          @let challenge = data.challenge;
          <h1>
            {{ challenge.title }}
            <app-listing-status-badge [status]="challenge.status" />
          </h1>
          @if (challenge.description) {
            <p class="lead pre-line">{{ challenge.description }}</p>
          }
          <dl class="details">
            <dt>{{ 'partners.fields.poster' | transloco }}</dt>
            <dd>
              <a [routerLink]="organisationLink(challenge.organisation.id)">{{
                challenge.organisation.name
              }}</a>
              ({{ helixLabelKeys[challenge.organisation.helix] | transloco }})
            </dd>
            <dt>{{ 'partners.fields.ecosystem' | transloco }}</dt>
            <dd>{{ ecosystemLabelKeys[challenge.organisation.ecosystem] | transloco }}</dd>
            <dt>{{ 'marketplace.fields.municipality' | transloco }}</dt>
            <dd>{{ challenge.municipality.name }}</dd>
            <dt>{{ 'marketplace.fields.period' | transloco }}</dt>
            <dd>
              <app-listing-period [start]="challenge.startDate" [end]="challenge.endDate" />
            </dd>
            <dt>{{ 'partners.fields.teamSize' | transloco }}</dt>
            <dd>
              {{
                'partners.fields.teamSizeValue'
                  | transloco: { min: challenge.teamSizeMin, max: challenge.teamSizeMax }
              }}
            </dd>
            <dt>{{ 'marketplace.fields.themes' | transloco }}</dt>
            <dd>
              @for (theme of challenge.themes; track theme; let last = $last) {
                {{ themeLabelKeys[theme] | transloco }}{{ last ? '' : ', ' }}
              } @empty {
                {{ 'marketplace.fields.noThemes' | transloco }}
              }
            </dd>
            <dt>{{ 'partners.fields.challengeSkills' | transloco }}</dt>
            <dd>
              @for (skill of challenge.skills; track skill.id; let last = $last) {
                {{ skill | appSkillLabel }}{{ last ? '' : ', ' }}
              } @empty {
                {{ 'partners.fields.noSkills' | transloco }}
              }
            </dd>
            <dt>{{ 'marketplace.fields.updatedAt' | transloco }}</dt>
            <dd>{{ challenge.updatedAt | appDateTime: 'date' }}</dd>
          </dl>

          <section aria-labelledby="adopters-heading">
            <h2 id="adopters-heading">{{ 'partners.partners.adopters' | transloco }}</h2>
            <app-accepted-partners
              [partnerships]="data.partners.items"
              perspective="challenge"
              emptyKey="partners.partners.noAdopters"
            />
          </section>

          <app-best-matches kind="minorsForChallenge" [sourceId]="challenge.id" />

          @if (schools().length > 0 && challenge.status === 'OPEN') {
            <section aria-labelledby="adopt-heading">
              <h2 id="adopt-heading">{{ 'partners.adopt.heading' | transloco }}</h2>
              <p>{{ 'partners.adopt.intro' | transloco }}</p>
              <app-challenge-adoption-form
                [challengeId]="challenge.id"
                [ownerName]="challenge.organisation.name"
                [schools]="schools()"
              />
            </section>
          }

          @if (challenge.organisation.myMembership) {
            <section aria-labelledby="manage-heading">
              <h2 id="manage-heading">{{ 'marketplace.needs.detail.manage' | transloco }}</h2>
              @if (challenge.status === 'DRAFT') {
                <p>{{ 'marketplace.needs.detail.draftHint' | transloco }}</p>
              }
              <p class="actions">
                @if (challenge.status === 'DRAFT' || challenge.status === 'OPEN') {
                  <a [routerLink]="editLink(challenge.id)">{{
                    'partners.challenges.edit.link' | transloco
                  }}</a>
                }
                <a [routerLink]="inboxLink">{{ 'partners.inbox.link' | transloco }}</a>
              </p>
              <app-listing-status-actions
                kind="challenge"
                [id]="challenge.id"
                [name]="challenge.title"
                [status]="challenge.status"
                (changed)="reload.refresh()"
              />
            </section>
          }
        }
      }
      @default {
        <h1>{{ 'partners.challenges.detail.title' | transloco }}</h1>
        <p class="state" role="status">{{ 'common.loading' | transloco }}</p>
      }
    }
  `,
})
export class ChallengePage {
  private readonly apollo = inject(Apollo);
  protected readonly listLink = linkTo('challenges');
  protected readonly inboxLink = linkTo('partnerships');
  protected readonly organisationLink = organisationLink;
  protected readonly editLink = editChallengeLink;
  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly themeLabelKeys = themeLabelKeys;
  protected readonly ecosystemLabelKeys = ecosystemLabelKeys;
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
      (id) =>
        this.apollo
          .query({ query: ChallengeDocument, variables: { id }, fetchPolicy: 'network-only' })
          .pipe(map((result) => requireData(result))),
      this.reload,
    ),
  );
  protected readonly data = readyData(this.result);
  protected readonly notFound = computed(() => {
    const result = this.result();
    return result?.status === 'error' && result.error.code === 'NOT_FOUND';
  });
  // Only approved schools propose; without them (or while loading) there is no form.
  private readonly mySchools = myOrganisations('EDUCATION', new Reload());
  protected readonly schools = computed(() => {
    const state = this.mySchools();
    return state?.status === 'ready'
      ? state.data.filter((organisation) => organisation.status === 'ACTIVE')
      : [];
  });
}
