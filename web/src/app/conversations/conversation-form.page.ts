import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { combineLatest, firstValueFrom, map, Observable, switchMap } from 'rxjs';
import {
  ConversationDocument,
  ConversationQuery,
  TransitionTableQuery,
  VenuesQuery,
  CreateConversationDocument,
  TransitionTableDocument,
  UpdateConversationDocument,
  VenuesDocument,
} from '../generated/graphql';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { FormSubmission } from '../shared/form-submission';
import { helixLabelKeys } from '../shared/labels';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { TextField } from '../shared/text-field';
import { wholeNumberIn } from '../tables/number-validators';
import { conversationLink, tableLink } from '../tables/table-links';
import {
  noDuplicateSlots,
  SlotInput,
  slotInputOf,
  slotValidator,
  slotValue,
} from './slot-validators';

const fieldLabels: Readonly<Record<string, string>> = {
  title: 'conversations.form.title',
  agenda: 'conversations.form.agenda',
  durationMinutes: 'conversations.form.duration',
  slots: 'conversations.form.slotsLegend',
  venueIds: 'conversations.form.venuesLegend',
  inviteeIds: 'conversations.form.inviteesLegend',
  ...Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [`slots[${i}]`, 'conversations.form.slotsLegend']),
  ),
};

interface FormData {
  readonly conversation: ConversationQuery['conversation'] | null;
  readonly table: TransitionTableQuery['transitionTable'];
  readonly venues: VenuesQuery['venues']['items'];
}

type SlotGroup = FormGroup<{ date: FormControl<string>; time: FormControl<string> }>;

/**
 * A new conversation of a table, or changes to a draft or polling one: title, agenda,
 * duration, candidate slots (date + start time in Amsterdam, checked as you type),
 * candidate venues and invitees from the table's members.
 */
@Component({
  selector: 'app-conversation-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    QueryStatus,
    FormError,
    TextField,
    FieldError,
    AriaInvalid,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .slot-row {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.75rem;
    }
    fieldset {
      margin: 0 0 1.5rem;
    }
  `,
  template: `
    <h1>
      {{
        (editing() ? 'conversations.form.editHeading' : 'conversations.form.createHeading')
          | transloco
      }}
    </h1>
    <app-query-status
      [state]="result()"
      [error]="'conversations.form.error' | transloco"
      (retry)="reload.retry()"
    />
    @if (data(); as d) {
      <p>
        <a [routerLink]="tableLink(d.table.id)">{{ d.table.name }}</a>
      </p>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <app-form-error [error]="submission.apiError()" [labels]="labels" />
        <app-text-field
          [control]="form.controls.title"
          name="title"
          fieldId="conversation-title"
          label="conversations.form.title"
        />
        <app-text-field
          [control]="form.controls.agenda"
          name="agenda"
          fieldId="conversation-agenda"
          label="conversations.form.agenda"
          [multiline]="true"
          [optional]="true"
        />
        <div class="form-field">
          <label for="conversation-duration">{{ 'conversations.form.duration' | transloco }}</label>
          <input
            id="conversation-duration"
            type="number"
            min="15"
            max="720"
            step="15"
            formControlName="durationMinutes"
            appAriaInvalid
            aria-describedby="conversation-duration-error"
          />
          <app-field-error
            [control]="form.controls.durationMinutes"
            label="conversations.form.duration"
            fieldId="conversation-duration"
          />
        </div>
        <fieldset data-control="slots">
          <legend>{{ 'conversations.form.slotsLegend' | transloco }}</legend>
          @for (slot of slotArray.controls; track slot; let i = $index) {
            <div class="slot-row" [formGroup]="slot">
              <div class="form-field">
                <label [for]="'slot-date-' + i">
                  {{ 'conversations.form.slotDate' | transloco: { index: i + 1 } }}
                </label>
                <input
                  [id]="'slot-date-' + i"
                  type="date"
                  formControlName="date"
                  [attr.aria-invalid]="shown(slot) ? 'true' : null"
                  [attr.aria-describedby]="'slot-error-' + i"
                />
              </div>
              <div class="form-field">
                <label [for]="'slot-time-' + i">
                  {{ 'conversations.form.slotTime' | transloco: { index: i + 1 } }}
                </label>
                <input
                  [id]="'slot-time-' + i"
                  type="time"
                  step="300"
                  formControlName="time"
                  [attr.aria-invalid]="shown(slot) ? 'true' : null"
                  [attr.aria-describedby]="'slot-error-' + i"
                />
              </div>
              <button type="button" class="button button--secondary" (click)="removeSlot(i)">
                {{ 'conversations.form.removeSlot' | transloco: { index: i + 1 } }}
              </button>
              <div class="field-error" [id]="'slot-error-' + i" role="alert">
                @if (shown(slot); as key) {
                  <p>
                    {{
                      key
                        | transloco
                          : {
                              field: ('conversations.form.slotDate' | transloco: { index: i + 1 }),
                            }
                    }}
                  </p>
                }
              </div>
            </div>
          }
          <button type="button" class="button button--secondary" (click)="addSlot()">
            {{ 'conversations.form.addSlot' | transloco }}
          </button>
        </fieldset>
        <fieldset>
          <legend>{{ 'conversations.form.venuesLegend' | transloco }}</legend>
          @for (venue of d.venues; track venue.id) {
            <div class="checkbox">
              <input
                type="checkbox"
                [id]="'venue-' + venue.id"
                [checked]="venueIds().has(venue.id)"
                (change)="toggle(venueIds, venue.id)"
              />
              <label [for]="'venue-' + venue.id">
                {{ venue.name }} ({{ venue.municipality.name }}, {{ venue.capacity }})
              </label>
            </div>
          } @empty {
            <p>{{ 'conversations.form.noVenues' | transloco }}</p>
          }
        </fieldset>
        <fieldset>
          <legend>{{ 'conversations.form.inviteesLegend' | transloco }}</legend>
          @for (group of d.table.membersByHelix; track group.helix) {
            @for (member of group.members; track member.id) {
              <div class="checkbox">
                <input
                  type="checkbox"
                  [id]="'invitee-' + member.id"
                  [checked]="inviteeIds().has(member.id)"
                  (change)="toggle(inviteeIds, member.id)"
                />
                <label [for]="'invitee-' + member.id">
                  {{ member.displayName }} ({{ helixLabelKeys[group.helix] | transloco
                  }}{{ member.organisation ? ', ' + member.organisation.name : '' }})
                </label>
              </div>
            }
          }
          @if (memberCount() === 0) {
            <p>{{ 'conversations.form.noMembers' | transloco }}</p>
          }
        </fieldset>
        @if (!editing()) {
          <div class="checkbox">
            <input id="conversation-open" type="checkbox" formControlName="openPoll" />
            <label for="conversation-open">{{ 'conversations.form.openPoll' | transloco }}</label>
          </div>
        }
        <button
          type="submit"
          class="button"
          [disabled]="submission.submitting()"
          [attr.aria-busy]="submission.submitting()"
        >
          {{
            (editing() ? 'conversations.form.submitEdit' : 'conversations.form.submitCreate')
              | transloco
          }}
        </button>
      </form>
    }
  `,
})
export class ConversationFormPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly route = inject(ActivatedRoute);

  protected readonly labels = fieldLabels;
  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly tableLink = tableLink;
  /** On …/bewerken the id is the conversation's, on …/nieuw-gesprek the table's. */
  protected readonly editing = signal(this.route.snapshot.url.some((s) => s.path === 'bewerken'));
  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    agenda: ['', Validators.maxLength(10000)],
    durationMinutes: [120, wholeNumberIn(15, 720, 'conversations.form.durationRange')],
    slots: this.fb.array<SlotGroup>([], { validators: noDuplicateSlots }),
    openPoll: true,
  });
  protected readonly slotArray: FormArray<SlotGroup> = this.form.controls.slots;
  protected readonly venueIds = signal<ReadonlySet<string>>(new Set());
  protected readonly inviteeIds = signal<ReadonlySet<string>>(new Set());
  protected readonly submission = new FormSubmission(this.form);
  private readonly changes = toSignal(this.form.events);

  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      this.route.paramMap.pipe(map((p) => p.get('id') ?? '')),
      (id) => this.load(id),
      this.reload,
    ),
  );
  protected readonly data = readyData(this.result);
  protected readonly memberCount = computed(
    () => this.data()?.table.membersByHelix.reduce((n, g) => n + g.members.length, 0) ?? 0,
  );

  constructor() {
    effect(() => {
      const d = this.data();
      if (!d) return;
      const c = d.conversation;
      this.slotArray.clear();
      if (c) {
        this.form.patchValue({
          title: c.title,
          agenda: c.agenda,
          durationMinutes: c.durationMinutes,
        });
        for (const slot of c.slots) this.addSlot(slotInputOf(slot.startLocal));
        this.venueIds.set(new Set(c.venues.map((v) => v.id)));
        this.inviteeIds.set(new Set(c.invitees.map((p) => p.id)));
      } else {
        this.addSlot();
        this.inviteeIds.set(
          new Set(d.table.membersByHelix.flatMap((g) => g.members.map((m) => m.id))),
        );
      }
    });
  }

  private load(id: string): Observable<FormData> {
    const rest = (tableId: string) =>
      combineLatest([
        this.apollo
          .query({
            query: TransitionTableDocument,
            variables: { id: tableId },
            fetchPolicy: 'network-only',
          })
          .pipe(map((r) => requireData(r).transitionTable)),
        this.apollo
          .query({ query: VenuesDocument, variables: { filter: null, skip: 0, take: 100 } })
          .pipe(map((r) => requireData(r).venues.items)),
      ]);
    if (!this.editing()) {
      return rest(id).pipe(map(([table, venues]) => ({ conversation: null, table, venues })));
    }
    return this.apollo
      .query({ query: ConversationDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(
        map((r) => requireData(r).conversation),
        switchMap((conversation) =>
          rest(conversation.table.id).pipe(
            map(([table, venues]) => ({ conversation, table, venues })),
          ),
        ),
      );
  }

  /** The message key of a slot's error once the user touched it. */
  protected shown(slot: SlotGroup): string | null {
    this.changes();
    if (!slot.errors || !(slot.touched || slot.dirty)) return null;
    const first = Object.values(slot.errors)[0] as unknown;
    if (typeof first === 'object' && first !== null && 'key' in first) {
      return String((first as { key: unknown }).key);
    }
    return 'validation.required';
  }

  protected addSlot(value: SlotInput = { date: '', time: '' }): void {
    this.slotArray.push(
      this.fb.group(
        { date: [value.date], time: [value.time] },
        { validators: slotValidator() },
      ) as SlotGroup,
    );
  }

  protected removeSlot(index: number): void {
    this.slotArray.removeAt(index);
  }

  protected toggle(set: typeof this.venueIds, id: string): void {
    const next = new Set(set());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    set.set(next);
  }

  protected async submit(): Promise<void> {
    const d = this.data();
    if (!d) return;
    await this.submission.run(async () => {
      const v = this.form.getRawValue();
      const fields = {
        title: v.title.trim(),
        agenda: v.agenda,
        durationMinutes: Number(v.durationMinutes),
        slots: v.slots.map(slotValue),
        venueIds: [...this.venueIds()],
        inviteeIds: [...this.inviteeIds()],
        quorum: null,
      };
      let id: string | undefined;
      if (d.conversation) {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateConversationDocument,
            variables: { input: { id: d.conversation.id, ...fields } },
          }),
        );
        id = result.data?.updateConversation.id;
      } else {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: CreateConversationDocument,
            variables: { input: { tableId: d.table.id, openPoll: v.openPoll, ...fields } },
          }),
        );
        id = result.data?.createConversation.id;
      }
      if (id) await this.router.navigateByUrl(conversationLink(id));
    });
  }
}
