import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

const locales: Readonly<Record<string, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** An ISO date-time in the active language: "12 mrt 2026 14:05" / "12 Mar 2026, 14:05". */
@Pipe({ name: 'appDateTime', pure: false })
export class DateTimePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private last: { input: string; lang: string; dateOnly: boolean; output: string } | null = null;

  transform(value: string | null | undefined, mode: 'dateTime' | 'date' = 'dateTime'): string {
    if (!value) return '';
    const lang = this.transloco.getActiveLang();
    const dateOnly = mode === 'date';
    const last = this.last;
    if (last && last.input === value && last.lang === lang && last.dateOnly === dateOnly) {
      return last.output;
    }
    const date = new Date(value);
    const output = Number.isNaN(date.getTime())
      ? value
      : new Intl.DateTimeFormat(locales[lang] ?? locales['nl'], {
          dateStyle: 'medium',
          ...(dateOnly ? {} : { timeStyle: 'short' }),
        }).format(date);
    this.last = { input: value, lang, dateOnly, output };
    return output;
  }
}
