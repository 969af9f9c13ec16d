import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '@storeops/web/shared/util';
import { fixed } from './labels';

/**
 * Scores with a fixed number of decimals (76.00 next to 75.57, not 76): a ranked column reads evenly and the
 * dashboard, the ranking, the explanation and the profile show the same figure for the same store.
 */
@Pipe({ name: 'score', pure: false })
export class ScorePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: number | null | undefined, digits = 2): string {
    return fixed(value, this.i18n.locale(), digits);
  }
}
