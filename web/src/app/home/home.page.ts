import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { HomeReferenceDataDocument } from '../generated/graphql';
import { MunicipalitiesTable } from './municipalities-table';
import { SkillCategoriesTable } from './skill-categories-table';

@Component({
  selector: 'app-home-page',
  imports: [TranslocoPipe, MunicipalitiesTable, SkillCategoriesTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
})
export class HomePage {
  private readonly query = inject(Apollo).watchQuery({
    query: HomeReferenceDataDocument,
    notifyOnNetworkStatusChange: true,
  });
  private readonly result = toSignal(this.query.valueChanges);
  private readonly referenceData = viewChild.required<ElementRef<HTMLElement>>('referenceData');

  protected readonly failed = computed(() => {
    const result = this.result();
    return result !== undefined && !result.loading && result.error !== undefined;
  });
  protected readonly data = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data : undefined;
  });

  protected retry(): void {
    // The retry button disappears with the error; keep focus in the same place.
    this.referenceData().nativeElement.focus();
    // A failed refetch shows up as the error state again through valueChanges.
    this.query.refetch().catch(() => undefined);
  }
}
