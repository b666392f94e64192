import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { MyDataDocument } from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { FormError } from '../shared/form-error';

export const myDataFileName = 'knooppunt-mijn-gegevens.json';

/** Download everything stored about me (myData) as one JSON file. */
@Component({
  selector: 'app-my-data-section',
  imports: [TranslocoPipe, FormError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="my-data-heading">
      <h2 id="my-data-heading">{{ 'account.data.heading' | transloco }}</h2>
      <p>{{ 'account.data.intro' | transloco }}</p>
      <app-form-error [error]="apiError()" />
      <div role="status">
        @if (downloaded()) {
          <p class="state">{{ 'account.data.downloaded' | transloco: { file: fileName } }}</p>
        }
      </div>
      <button type="button" class="button" [attr.aria-busy]="busy()" (click)="download()">
        {{ 'account.data.download' | transloco }}
      </button>
    </section>
  `,
})
export class MyDataSection {
  private readonly apollo = inject(Apollo);
  private readonly document = inject(DOCUMENT);
  protected readonly fileName = myDataFileName;
  protected readonly busy = signal(false);
  protected readonly downloaded = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);

  protected async download(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.downloaded.set(false);
    this.apiError.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: MyDataDocument, fetchPolicy: 'no-cache' }),
      );
      this.save(JSON.stringify(result.data?.myData ?? null, null, 2));
      this.downloaded.set(true);
    } catch (error) {
      this.apiError.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }

  private save(json: string): void {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = this.document.createElement('a');
    link.href = url;
    link.download = this.fileName;
    this.document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }
}
