import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { organisationLink } from '../app.paths';
import type { PendingOrganisationsQuery } from '../generated/graphql';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { DateTimePipe } from '../shared/date-time.pipe';
import { FieldError } from '../shared/field-error';
import { helixLabelKeys, organisationKindLabelKeys } from '../shared/labels';

export type PendingOrganisation = PendingOrganisationsQuery['organisations']['items'][number];

/** One organisation waiting for approval, with approve and reject (reason required). */
@Component({
  selector: 'app-approval-card',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, AriaInvalid, DateTimePipe, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="card" [attr.aria-labelledby]="'approval-' + organisation().id">
      <h2 class="card__title" [id]="'approval-' + organisation().id">
        <a [routerLink]="link(organisation().id)">{{ organisation().name }}</a>
      </h2>
      <dl class="card__facts">
        <dt>{{ 'organisations.fields.kind' | transloco }}</dt>
        <dd>
          {{ kindLabelKeys[organisation().kind] | transloco }}
          ({{ helixLabelKeys[organisation().helix] | transloco }})
        </dd>
        <dt>{{ 'organisations.fields.municipality' | transloco }}</dt>
        <dd>{{ organisation().municipality.name }}</dd>
        @if (organisation().kvkNumber; as kvk) {
          <dt>{{ 'organisations.fields.kvkNumber' | transloco }}</dt>
          <dd>{{ kvk }}</dd>
        }
        @if (organisation().brinCode; as brin) {
          <dt>{{ 'organisations.fields.brinCode' | transloco }}</dt>
          <dd>{{ brin }}</dd>
        }
        @if (organisation().website; as website) {
          <dt>{{ 'organisations.fields.website' | transloco }}</dt>
          <dd>
            <a [href]="website" rel="noopener noreferrer" target="_blank">{{ website }}</a>
          </dd>
        }
        <dt>{{ 'approvals.submittedAt' | transloco }}</dt>
        <dd>{{ organisation().createdAt | appDateTime }}</dd>
      </dl>
      @if (organisation().description; as description) {
        <p class="pre-line">{{ description }}</p>
      }

      @if (rejecting()) {
        <form
          class="form reject-form"
          [formGroup]="rejectForm"
          (ngSubmit)="confirmReject()"
          novalidate
        >
          <div class="form-field">
            <label [for]="reasonId()">{{ 'approvals.reason' | transloco }}</label>
            <p class="hint" [id]="reasonId() + '-hint'">{{ 'approvals.reasonHint' | transloco }}</p>
            <textarea
              #reasonInput
              [id]="reasonId()"
              rows="3"
              [formControl]="reason"
              appAriaInvalid
              [attr.aria-describedby]="reasonId() + '-hint ' + reasonId() + '-error'"
            ></textarea>
            <app-field-error [control]="reason" label="approvals.reason" [fieldId]="reasonId()" />
          </div>
          <div class="actions">
            <button type="submit" class="button button--danger" [disabled]="busy()">
              {{ 'approvals.confirmReject' | transloco }}
            </button>
            <!-- mousedown keeps the focus in the reason field: its blur would show the
                 "required" error and move this button away from under the pointer. -->
            <button
              type="button"
              class="button button--secondary"
              (mousedown)="$event.preventDefault()"
              (click)="cancelReject()"
            >
              {{ 'common.cancel' | transloco }}
            </button>
          </div>
        </form>
      } @else {
        <div class="actions">
          <button type="button" class="button" [disabled]="busy()" (click)="approve.emit()">
            {{ 'approvals.approve' | transloco }}
            <span class="visually-hidden">{{ organisation().name }}</span>
          </button>
          <button
            #rejectButton
            type="button"
            class="button button--secondary"
            [disabled]="busy()"
            (click)="startReject()"
          >
            {{ 'approvals.reject' | transloco }}
            <span class="visually-hidden">{{ organisation().name }}</span>
          </button>
        </div>
      }
    </article>
  `,
})
export class ApprovalCard {
  private readonly injector = inject(Injector);
  private readonly reasonInput = viewChild<ElementRef<HTMLTextAreaElement>>('reasonInput');
  private readonly rejectButton = viewChild<ElementRef<HTMLButtonElement>>('rejectButton');

  readonly organisation = input.required<PendingOrganisation>();
  /** A decision for this organisation is on its way. */
  readonly busy = input(false);
  readonly approve = output();
  readonly reject = output<string>();

  protected readonly link = organisationLink;
  protected readonly kindLabelKeys = organisationKindLabelKeys;
  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly rejecting = signal(false);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    // The API wants at least 3 characters after trimming.
    validators: [Validators.required, Validators.minLength(3), Validators.maxLength(1000)],
  });
  protected readonly rejectForm = new FormGroup({ reason: this.reason });
  protected reasonId(): string {
    return `reject-reason-${this.organisation().id}`;
  }

  protected startReject(): void {
    this.rejecting.set(true);
    afterNextRender(() => this.reasonInput()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancelReject(): void {
    this.rejecting.set(false);
    this.reason.reset();
    afterNextRender(() => this.rejectButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected confirmReject(): void {
    const reason = this.reason.value.trim();
    if (!reason) {
      this.reason.setValue('');
      this.reason.markAsTouched();
      this.reasonInput()?.nativeElement.focus();
      return;
    }
    this.reject.emit(reason);
  }
}
