import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/** A skill of the taxonomy in the active language (its Dutch label otherwise). */
@Pipe({ name: 'appSkillLabel', pure: false })
export class SkillLabelPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(skill: { readonly labelNl: string; readonly labelEn: string }): string {
    return this.transloco.getActiveLang() === 'en' ? skill.labelEn : skill.labelNl;
  }
}
