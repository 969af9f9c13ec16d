import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';
import { formatDate, formatMoney, formatNumber, formatPercent, formatScore } from './formatters';

/** Impure like `t`: the output follows the language switch. */
@Pipe({ name: 'num', pure: false })
export class NumberFormatPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: number | null | undefined, maxFractionDigits = 2): string {
    return formatNumber(value, this.i18n.locale(), maxFractionDigits);
  }
}

/** Integer 分 → "¥1,234.56"; `| money:true` gives the compact 万 form for large amounts. */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(fen: number | null | undefined, compact = false): string {
    return formatMoney(fen, this.i18n.locale(), compact);
  }
}

/** A score with one decimal (formatScore); `| score:true` signs a change. */
@Pipe({ name: 'score', pure: false })
export class ScorePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: number | null | undefined, signed = false): string {
    return formatScore(value, this.i18n.locale(), signed);
  }
}

@Pipe({ name: 'pct', pure: false })
export class PercentFormatPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(ratio: number | null | undefined, fractionDigits = 1, signed = false): string {
    return formatPercent(ratio, this.i18n.locale(), fractionDigits, signed);
  }
}

@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  transform(value: string | Date | null | undefined, withTime = false): string {
    return formatDate(value, this.i18n.locale(), withTime);
  }
}
