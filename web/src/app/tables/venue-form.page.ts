import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { combineLatest, firstValueFrom, map, of } from 'rxjs';
import { linkTo } from '../app.paths';
import {
  CreateVenueDocument,
  UpdateVenueDocument,
  VenueDocument,
  VenueMunicipalitiesDocument,
} from '../generated/graphql';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { FormSubmission } from '../shared/form-submission';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { TextField } from '../shared/text-field';
import { wholeNumberIn } from './number-validators';

const labels: Readonly<Record<string, string>> = {
  name: 'venues.form.name',
  municipalityCode: 'venues.form.municipality',
  address: 'venues.form.address',
  capacity: 'venues.form.capacity',
  publicTransportNote: 'venues.form.publicTransportNote',
};

/** A new venue, or changes to one (coordinators). */
@Component({
  selector: 'app-venue-form-page',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    TextField,
    FieldError,
    FormError,
    AriaInvalid,
    QueryStatus,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ (editing ? 'venues.form.editHeading' : 'venues.form.createHeading') | transloco }}</h1>
    <app-query-status
      [state]="result()"
      [error]="'venues.form.error' | transloco"
      (retry)="reload.retry()"
    />
    @if (data(); as d) {
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <app-form-error [error]="submission.apiError()" [labels]="labels" />
        <app-text-field
          [control]="form.controls.name"
          name="name"
          fieldId="venue-name"
          label="venues.form.name"
        />
        <div class="form-field">
          <label for="venue-municipality">{{ 'venues.form.municipality' | transloco }}</label>
          <select
            id="venue-municipality"
            formControlName="municipalityCode"
            appAriaInvalid
            aria-describedby="venue-municipality-error"
          >
            <option value="">{{ 'venues.form.chooseMunicipality' | transloco }}</option>
            @for (m of d.municipalities; track m.code) {
              <option [value]="m.code">{{ m.name }}</option>
            }
          </select>
          <app-field-error
            [control]="form.controls.municipalityCode"
            label="venues.form.municipality"
            fieldId="venue-municipality"
          />
        </div>
        <app-text-field
          [control]="form.controls.address"
          name="address"
          fieldId="venue-address"
          label="venues.form.address"
          autocomplete="street-address"
        />
        <div class="form-field">
          <label for="venue-capacity">{{ 'venues.form.capacity' | transloco }}</label>
          <input
            id="venue-capacity"
            type="number"
            min="1"
            max="10000"
            formControlName="capacity"
            appAriaInvalid
            aria-describedby="venue-capacity-error"
          />
          <app-field-error
            [control]="form.controls.capacity"
            label="venues.form.capacity"
            fieldId="venue-capacity"
          />
        </div>
        <div class="checkbox">
          <input id="venue-wheelchair" type="checkbox" formControlName="wheelchairAccessible" />
          <label for="venue-wheelchair">{{ 'venues.form.wheelchair' | transloco }}</label>
        </div>
        <div class="checkbox">
          <input id="venue-pt" type="checkbox" formControlName="publicTransportAccess" />
          <label for="venue-pt">{{ 'venues.form.publicTransport' | transloco }}</label>
        </div>
        <app-text-field
          [control]="form.controls.publicTransportNote"
          name="publicTransportNote"
          fieldId="venue-pt-note"
          label="venues.form.publicTransportNote"
          [optional]="true"
        />
        <button type="submit" class="button" [disabled]="submission.submitting()">
          {{ (editing ? 'venues.form.submitEdit' : 'venues.form.submitCreate') | transloco }}
        </button>
      </form>
    }
  `,
})
export class VenueFormPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id');

  protected readonly editing = this.id !== null;
  protected readonly labels = labels;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    municipalityCode: ['', Validators.required],
    address: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
    capacity: [20, wholeNumberIn(1, 10000, 'venues.form.capacityRange')],
    wheelchairAccessible: false,
    publicTransportAccess: false,
    publicTransportNote: ['', Validators.maxLength(300)],
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      of(this.id),
      (id) =>
        combineLatest([
          this.apollo
            .query({ query: VenueMunicipalitiesDocument })
            .pipe(map((r) => requireData(r).municipalities)),
          id
            ? this.apollo
                .query({ query: VenueDocument, variables: { id }, fetchPolicy: 'network-only' })
                .pipe(map((r) => requireData(r).venue))
            : of(null),
        ]).pipe(map(([municipalities, venue]) => ({ municipalities, venue }))),
      this.reload,
    ),
  );
  protected readonly data = readyData(this.result);

  constructor() {
    effect(() => {
      const venue = this.data()?.venue;
      if (!venue) return;
      this.form.setValue({
        name: venue.name,
        municipalityCode: venue.municipality.code,
        address: venue.address,
        capacity: venue.capacity,
        wheelchairAccessible: venue.wheelchairAccessible,
        publicTransportAccess: venue.publicTransportAccess,
        publicTransportNote: venue.publicTransportNote ?? '',
      });
    });
  }

  protected async submit(): Promise<void> {
    await this.submission.run(async () => {
      const v = this.form.getRawValue();
      const fields = {
        name: v.name.trim(),
        municipalityCode: v.municipalityCode,
        address: v.address.trim(),
        capacity: Number(v.capacity),
        wheelchairAccessible: v.wheelchairAccessible,
        publicTransportAccess: v.publicTransportAccess,
        publicTransportNote: v.publicTransportNote.trim() || null,
        hostOrganisationId: null,
      };
      if (this.id) {
        await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateVenueDocument,
            variables: { input: { id: this.id, ...fields } },
          }),
        );
      } else {
        await firstValueFrom(
          this.apollo.mutate({ mutation: CreateVenueDocument, variables: { input: fields } }),
        );
      }
      await this.router.navigateByUrl(linkTo('venues'));
    });
  }
}
