import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService, TranslationParams } from './i18n.service';

/** `{{ 'nav.dashboard' | t }}`; impure so a language switch re-renders without reloading. */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: string | null | undefined, params?: TranslationParams): string {
    if (!key) return '';
    return this.i18n.t(key, params);
  }
}
