import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Previous/next buttons for a skip/take list, with "page x of y". Hidden for one page. */
@Component({
  selector: 'app-pagination',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pages() > 1) {
      <nav class="pagination" [attr.aria-label]="'pagination.label' | transloco">
        <button
          type="button"
          class="button button--secondary"
          [disabled]="page() <= 1"
          (click)="go(page() - 1)"
        >
          {{ 'pagination.previous' | transloco }}
        </button>
        <span class="pagination__position">
          {{ 'pagination.position' | transloco: { page: page(), pages: pages() } }}
        </span>
        <button
          type="button"
          class="button button--secondary"
          [disabled]="page() >= pages()"
          (click)="go(page() + 1)"
        >
          {{ 'pagination.next' | transloco }}
        </button>
      </nav>
    }
  `,
})
export class Pagination {
  readonly total = input.required<number>();
  readonly skip = input.required<number>();
  readonly take = input.required<number>();
  /** The skip of the chosen page. */
  readonly skipChange = output<number>();

  protected readonly page = computed(() => Math.floor(this.skip() / this.take()) + 1);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / this.take())));

  protected go(page: number): void {
    this.skipChange.emit((page - 1) * this.take());
  }
}
