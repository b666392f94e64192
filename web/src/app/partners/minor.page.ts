import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { linkTo, organisationLink } from '../app.paths';
import { MinorDocument } from '../generated/graphql';
import { ListingPeriod } from '../marketplace/listing-period';
import { ListingStatusBadge } from '../marketplace/listing-status-badge';
import { educationLevelLabelKeys } from '../marketplace/marketplace-labels';
import { myOrganisations } from '../marketplace/my-organisations';
import { SkillLabelPipe } from '../marketplace/skill-label.pipe';
import { DateTimePipe } from '../shared/date-time.pipe';
import { ecosystemLabelKeys, themeLabelKeys } from '../shared/labels';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { AcceptedPartners } from './accepted-partners';
import { editMinorLink } from './partner-links';
import { minorKindLabelKeys } from './partner-labels';
import { PartnerSlotsTable } from './partner-slots-table';
import { ListingStatusActions } from '../marketplace/listing-status-actions';
import { PartnershipOfferForm } from './partnership-offer-form';

/**
 * One minor: what the school offers, the partners it wants per role and has, and for members of
 * a company an offer per open role; for the school's members its status steps.
 */
import { BestMatches } from '../matching/best-matches';

@Component({
  selector: 'app-minor-page',
  imports: [
    BestMatches,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    ListingPeriod,
    ListingStatusBadge,
    SkillLabelPipe,
    AcceptedPartners,
    PartnerSlotsTable,
    ListingStatusActions,
    PartnershipOfferForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="listLink">{{ 'partners.minors.detail.back' | transloco }}</a>
    </p>
    @switch (result()?.status) {
      @case ('error') {
        @if (notFound()) {
          <h1>{{ 'partners.minors.detail.notFound' | transloco }}</h1>
          <p>{{ 'partners.minors.detail.notFoundBody' | transloco }}</p>
        } @else {
          <h1>{{ 'partners.minors.detail.title' | transloco }}</h1>
          <div class="state state--error" role="alert">
            <p>{{ 'partners.minors.detail.error' | transloco }}</p>
            <button type="button" class="button" (click)="reload.retry()">
              {{ 'common.retry' | transloco }}
            </button>
          </div>
        }
      }
      @case ('ready') {
        @if (data(); as data) {
          @let minor = data.minor;
          <h1>
            {{ minor.title }}
            <app-listing-status-badge [status]="minor.status" />
          </h1>
          @if (minor.description) {
            <p class="lead pre-line">{{ minor.description }}</p>
          }
          <dl class="details">
            <dt>{{ 'partners.fields.school' | transloco }}</dt>
            <dd>
              <a [routerLink]="organisationLink(minor.organisation.id)">{{
                minor.organisation.name
              }}</a>
            </dd>
            <dt>{{ 'partners.fields.kind' | transloco }}</dt>
            <dd>{{ kindLabelKeys[minor.kind] | transloco }}</dd>
            <dt>{{ 'marketplace.fields.level' | transloco }}</dt>
            <dd>{{ levelLabelKeys[minor.level] | transloco }}</dd>
            <dt>{{ 'marketplace.fields.period' | transloco }}</dt>
            <dd><app-listing-period [start]="minor.startDate" [end]="minor.endDate" /></dd>
            <dt>{{ 'marketplace.fields.municipality' | transloco }}</dt>
            <dd>{{ minor.municipality.name }}</dd>
            <dt>{{ 'partners.fields.ecosystem' | transloco }}</dt>
            <dd>{{ ecosystemLabelKeys[minor.organisation.ecosystem] | transloco }}</dd>
            <dt>{{ 'partners.fields.credits' | transloco }}</dt>
            <dd>{{ minor.credits }}</dd>
            <dt>{{ 'partners.fields.capacity' | transloco }}</dt>
            <dd>{{ minor.capacity }}</dd>
            <dt>{{ 'marketplace.fields.themes' | transloco }}</dt>
            <dd>
              @for (theme of minor.themes; track theme; let last = $last) {
                {{ themeLabelKeys[theme] | transloco }}{{ last ? '' : ', ' }}
              } @empty {
                {{ 'marketplace.fields.noThemes' | transloco }}
              }
            </dd>
            <dt>{{ 'partners.fields.skills' | transloco }}</dt>
            <dd>
              @for (skill of minor.skills; track skill.id; let last = $last) {
                {{ skill | appSkillLabel }}{{ last ? '' : ', ' }}
              } @empty {
                {{ 'partners.fields.noSkills' | transloco }}
              }
            </dd>
            <dt>{{ 'marketplace.fields.updatedAt' | transloco }}</dt>
            <dd>{{ minor.updatedAt | appDateTime: 'date' }}</dd>
          </dl>

          <section aria-labelledby="slots-heading">
            <h2 id="slots-heading">{{ 'partners.slots.heading' | transloco }}</h2>
            <app-partner-slots-table [slots]="minor.partnerSlots" />
          </section>

          <section aria-labelledby="partners-heading">
            <h2 id="partners-heading">{{ 'partners.partners.heading' | transloco }}</h2>
            <app-accepted-partners
              [partnerships]="data.partners.items"
              perspective="minor"
              emptyKey="partners.partners.noneYet"
            />
          </section>

          <app-best-matches kind="companiesForMinor" [sourceId]="minor.id" />
          <app-best-matches kind="challengesForMinor" [sourceId]="minor.id" />

          @if (companies().length > 0 && minor.status === 'OPEN') {
            <section aria-labelledby="offer-heading">
              <h2 id="offer-heading">{{ 'partners.offer.sectionHeading' | transloco }}</h2>
              @if (openSlots().length === 0) {
                <p>{{ 'partners.offer.noOpenSlots' | transloco }}</p>
              } @else {
                <p>{{ 'partners.offer.intro' | transloco }}</p>
                @for (slot of openSlots(); track slot.id) {
                  <app-partnership-offer-form
                    [slot]="slot"
                    [companies]="companies()"
                    [schoolName]="minor.organisation.name"
                  />
                }
              }
            </section>
          }

          @if (minor.organisation.myMembership) {
            <section aria-labelledby="manage-heading">
              <h2 id="manage-heading">{{ 'marketplace.needs.detail.manage' | transloco }}</h2>
              @if (minor.status === 'DRAFT') {
                <p>{{ 'marketplace.needs.detail.draftHint' | transloco }}</p>
              }
              <p class="actions">
                @if (minor.status === 'DRAFT' || minor.status === 'OPEN') {
                  <a [routerLink]="editLink(minor.id)">{{
                    'partners.minors.edit.link' | transloco
                  }}</a>
                }
                <a [routerLink]="inboxLink">{{ 'partners.inbox.link' | transloco }}</a>
              </p>
              <app-listing-status-actions
                kind="minor"
                [id]="minor.id"
                [name]="minor.title"
                [status]="minor.status"
                (changed)="reload.refresh()"
              />
            </section>
          }
        }
      }
      @default {
        <h1>{{ 'partners.minors.detail.title' | transloco }}</h1>
        <p class="state" role="status">{{ 'common.loading' | transloco }}</p>
      }
    }
  `,
})
export class MinorPage {
  private readonly apollo = inject(Apollo);
  protected readonly listLink = linkTo('minors');
  protected readonly inboxLink = linkTo('partnerships');
  protected readonly organisationLink = organisationLink;
  protected readonly editLink = editMinorLink;
  protected readonly kindLabelKeys = minorKindLabelKeys;
  protected readonly levelLabelKeys = educationLevelLabelKeys;
  protected readonly themeLabelKeys = themeLabelKeys;
  protected readonly ecosystemLabelKeys = ecosystemLabelKeys;
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
      (id) =>
        this.apollo
          .query({ query: MinorDocument, variables: { id }, fetchPolicy: 'network-only' })
          .pipe(map((result) => requireData(result))),
      this.reload,
    ),
  );
  protected readonly data = readyData(this.result);
  protected readonly notFound = computed(() => {
    const result = this.result();
    return result?.status === 'error' && result.error.code === 'NOT_FOUND';
  });
  protected readonly openSlots = computed(() =>
    (this.data()?.minor.partnerSlots ?? []).filter((slot) => slot.open > 0),
  );
  // Only approved companies offer; without them (or while loading) there is no offer form.
  private readonly myCompanies = myOrganisations('BUSINESS', new Reload());
  protected readonly companies = computed(() => {
    const state = this.myCompanies();
    return state?.status === 'ready'
      ? state.data.filter((organisation) => organisation.status === 'ACTIVE')
      : [];
  });
}
