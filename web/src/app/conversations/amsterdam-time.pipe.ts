import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { AmsterdamFormat, formatAmsterdam, formatSlot, localeOf } from './amsterdam-time';

/** An instant as Amsterdam time in the active language (impure: it follows the language). */
@Pipe({ name: 'appAmsterdam', pure: false })
export class AmsterdamTimePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private last: { key: string; output: string } | null = null;

  transform(value: string | null | undefined, format: AmsterdamFormat = 'dateTime'): string {
    if (!value) return '';
    const lang = this.transloco.getActiveLang();
    const key = `${value}|${format}|${lang}`;
    if (this.last?.key === key) return this.last.output;
    const output = formatAmsterdam(value, format, lang);
    this.last = { key, output };
    return output;
  }
}

/** A slot "ma 29 mrt 2027 09:00–11:00" in Amsterdam time, in the active language. */
@Pipe({ name: 'appSlot', pure: false })
export class SlotPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private last: { key: string; output: string } | null = null;

  transform(slot: { readonly start: string; readonly end: string } | null | undefined): string {
    if (!slot) return '';
    const lang = this.transloco.getActiveLang();
    const key = `${slot.start}|${slot.end}|${lang}`;
    if (this.last?.key === key) return this.last.output;
    const output = formatSlot(slot.start, slot.end, lang);
    this.last = { key, output };
    return output;
  }
}

/** A number in the active language: 2,5 in Dutch, 2.5 in English. */
@Pipe({ name: 'appDecimal', pure: false })
export class DecimalTextPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(value: number | null | undefined): string {
    if (value === null || value === undefined) return '';
    return new Intl.NumberFormat(localeOf(this.transloco.getActiveLang()), {
      maximumFractionDigits: 2,
    }).format(value);
  }
}
