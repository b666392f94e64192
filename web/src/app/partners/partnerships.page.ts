import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map, of } from 'rxjs';
import { linkTo } from '../app.paths';
import {
  ExportPartnershipsDocument,
  MyMarketplaceOrganisationsDocument,
  PartnershipDirection,
  PartnershipInboxDocument,
} from '../generated/graphql';
import { ExportButton } from '../marketplace/export-button';
import { MyOrganisation } from '../marketplace/my-organisations';
import { pagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import {
  PartnershipCard,
  PartnershipOutcome,
  PartnershipSide,
  sideStatus,
} from './partnership-card';

const inboxPageSize = 10;

/** Translation keys of each list's heading and empty state. */
const sideKeys: Readonly<Record<PartnershipSide, { heading: string; empty: string }>> = {
  incoming: { heading: 'partners.inbox.incoming.heading', empty: 'partners.inbox.incoming.empty' },
  outgoing: { heading: 'partners.inbox.outgoing.heading', empty: 'partners.inbox.outgoing.empty' },
  accepted: { heading: 'partners.inbox.accepted.heading', empty: 'partners.inbox.accepted.empty' },
};

const direction: Readonly<Record<PartnershipSide, PartnershipDirection | null>> = {
  incoming: 'INCOMING',
  outgoing: 'OUTGOING',
  accepted: null,
};

/** One list of an organisation's inbox: proposals to it, by it, or accepted partnerships. */
@Component({
  selector: 'app-partnership-list',
  imports: [TranslocoPipe, ExportButton, Pagination, PartnershipCard, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section [attr.aria-labelledby]="headingId()">
      <h3 [id]="headingId()">
        {{ sideKeys[side()].heading | transloco }}
      </h3>
      <app-query-status
        [state]="list.result()"
        [error]="'partners.inbox.error' | transloco"
        (retry)="list.reload.retry()"
      />
      @if (list.page(); as page) {
        @if (page.items.length === 0) {
          <p>{{ sideKeys[side()].empty | transloco }}</p>
        } @else {
          <div class="stack">
            @for (partnership of page.items; track partnership.id) {
              <app-partnership-card
                [partnership]="partnership"
                [side]="side()"
                (done)="done.emit($event)"
              />
            }
          </div>
          <app-pagination
            [total]="page.totalCount"
            [skip]="list.skip()"
            [take]="list.take"
            (skipChange)="list.goTo($event)"
          />
          <app-export-button [fetch]="exportList" />
        }
      }
    </section>
  `,
})
export class PartnershipList {
  private readonly apollo = inject(Apollo);

  readonly organisationId = input.required<string>();
  readonly side = input.required<PartnershipSide>();
  /** A new value asks again, keeping the list on screen. */
  readonly version = input(0);
  readonly done = output<PartnershipOutcome>();

  protected readonly sideKeys = sideKeys;
  protected readonly headingId = computed(() => `${this.side()}-${this.organisationId()}`);
  protected readonly list = pagedList(
    inboxPageSize,
    ({ skip, take }, [organisationId, side]) =>
      this.apollo
        .query({
          query: PartnershipInboxDocument,
          variables: {
            organisationId,
            direction: direction[side],
            status: sideStatus[side],
            skip,
            take,
          },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => requireData(result).partnerships)),
    toObservable(computed(() => [this.organisationId(), this.side()] as const)),
  );

  /** This list as CSV (all its pages). */
  protected readonly exportList = () =>
    this.apollo
      .query({
        query: ExportPartnershipsDocument,
        variables: {
          filter: {
            organisationId: this.organisationId(),
            direction: direction[this.side()],
            status: sideStatus[this.side()],
            minorId: null,
            challengeId: null,
            kind: null,
          },
        },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requireData(result).exportPartnerships));

  constructor() {
    toObservable(this.version).subscribe((version) => {
      if (version > 0) this.list.reload.refresh();
    });
  }
}

/** The inbox of one of the user's organisations. */
@Component({
  selector: 'app-organisation-inbox',
  imports: [TranslocoPipe, PartnershipList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section [attr.aria-labelledby]="'inbox-' + organisation().id">
      <h2 [id]="'inbox-' + organisation().id">{{ organisation().name }}</h2>
      <div role="status">
        @if (outcome(); as outcome) {
          <p class="state" tabindex="-1" #outcomeBox>
            {{ 'partners.inbox.done.' + outcome.action | transloco: { title: outcome.title } }}
          </p>
        }
      </div>
      @for (side of sides; track side) {
        <app-partnership-list
          [organisationId]="organisation().id"
          [side]="side"
          [version]="version()"
          (done)="announce($event)"
        />
      }
    </section>
  `,
})
export class OrganisationInbox {
  private readonly injector = inject(Injector);
  readonly organisation = input.required<MyOrganisation>();

  protected readonly sides: readonly PartnershipSide[] = ['incoming', 'outgoing', 'accepted'];
  protected readonly version = signal(0);
  protected readonly outcome = signal<PartnershipOutcome | null>(null);
  private readonly outcomeBox = viewChild<ElementRef<HTMLElement>>('outcomeBox');

  protected announce(outcome: PartnershipOutcome): void {
    this.outcome.set(outcome);
    // An answered proposal moves between the lists: all three ask again.
    this.version.update((version) => version + 1);
    // The card pressed goes away with its list entry: the message takes the focus.
    afterNextRender(() => this.outcomeBox()?.nativeElement.focus(), { injector: this.injector });
  }
}

/** Partnerschappen: per organisation of the user, proposals to answer, own proposals, partners. */
@Component({
  selector: 'app-partnerships-page',
  imports: [RouterLink, TranslocoPipe, OrganisationInbox, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'partners.inbox.heading' | transloco }}</h1>
    <p class="lead">{{ 'partners.inbox.intro' | transloco }}</p>
    <p class="actions">
      <a [routerLink]="minorsLink">{{ 'partners.inbox.toMinors' | transloco }}</a>
      <a [routerLink]="challengesLink">{{ 'partners.inbox.toChallenges' | transloco }}</a>
    </p>
    <app-query-status
      [state]="result()"
      [error]="'marketplace.mine.organisationsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (organisations(); as organisations) {
      @for (organisation of organisations; track organisation.id) {
        <app-organisation-inbox [organisation]="organisation" />
      } @empty {
        <div class="state">
          <p>{{ 'partners.inbox.noOrganisation' | transloco }}</p>
          <a [routerLink]="newOrganisationLink">{{ 'marketplace.mine.register' | transloco }}</a>
        </div>
      }
    }
  `,
})
export class PartnershipsPage {
  private readonly apollo = inject(Apollo);

  protected readonly minorsLink = linkTo('minors');
  protected readonly challengesLink = linkTo('challenges');
  protected readonly newOrganisationLink = linkTo('newOrganisation');
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      of(null),
      () =>
        this.apollo
          .query({ query: MyMarketplaceOrganisationsDocument, fetchPolicy: 'network-only' })
          .pipe(
            map((result) =>
              (requireData(result).me?.memberships ?? [])
                .map((membership) => membership.organisation)
                .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
            ),
          ),
      this.reload,
    ),
  );
  protected readonly organisations = readyData(this.result);
}
